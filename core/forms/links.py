"""Links that only a mailbox holds: signed with the site's secret, so nobody can make one by typing
an address or a number, and written into e-mails as absolute addresses in the person's language.
A link that does not work says why: `INVALID` (incomplete, changed, revoked, naming nothing kept)
or `EXPIRED` (its time is over); which record a link names is the app's to look up.
"""

from django.core import signing
from django.urls import reverse
from django.utils import translation

INVALID = "invalid"
EXPIRED = "expired"
LINK_PROBLEMS = (EXPIRED, INVALID)


def sign(value, salt):
    """`value` (a record's secret key) signed: the link works as long as the key is the record's."""
    return signing.Signer(salt=salt).sign(value)


def unsign(token, salt):
    """The value a signed link carries, or None when the link was not signed by this site."""
    try:
        return signing.Signer(salt=salt).unsign(token)
    except signing.BadSignature:
        return None


def dated(data, salt):
    """`data` signed with the time of signing: the link works for a while, whatever happens."""
    return signing.dumps(data, salt=salt)


def read_dated(token, salt, max_age):
    """What a dated link carries and why it cannot be used: (data, None) while it works, (data,
    EXPIRED) once older than `max_age` (what it names can still be offered anew), (None, INVALID)
    when the site did not sign it."""
    try:
        return signing.loads(token, salt=salt, max_age=max_age), None
    except signing.SignatureExpired:
        return signing.loads(token, salt=salt), EXPIRED
    except signing.BadSignature:
        return None, INVALID


def mailbox_url(page, view_name, args, language):
    """The absolute address of a view an e-mail links to, on the site of `page`, under the language
    prefix the person wrote in."""
    with translation.override(language):
        path = reverse(view_name, args=args)
    site = page.get_site()
    return (site.root_url if site else "") + path
