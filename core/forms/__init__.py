"""What every public form that takes personal data shares, whichever app asks: the consent and the
checks on what a person types (`personal`), the field only robots fill in (`honeypot`), the one
refusal step taken before a form's fields are read (`refusal`), and the signed links only a mailbox
holds (`links`). Its "check your e-mail" and "this link does not work" pages are templates under
`core/forms/` that each app fills with its own words.
"""
