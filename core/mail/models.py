from django.db import models
from django.utils.translation import gettext_lazy as _


class OutgoingMail(models.Model):
    """A message waiting to be sent, or sent. Written with the change it reports; the task worker
    claims it, sends it and, while SMTP is down, keeps it and tries again later under the same
    Message-ID, so a retried message is still one message to the recipient's mail client.

    It goes with its recipient's erasure and with what it is about: a record of an app above links
    it from that app (the forum's registrations) or names it in `about` ("idea:12"); a sent
    message's body and attachment are blanked after OUTBOX_RETENTION_DAYS (core/mail/outbox.py)."""

    shown_on_pages = False  # sending mail changes no public page (core.caching.page_cache)

    kind = models.CharField(max_length=30, blank=True, db_index=True, verbose_name=_("Kind"))
    # What the message is about ("idea:12", "support:7"), set by the app that wrote it, so that app
    # can erase it with the record without the outbox knowing that app.
    about = models.CharField(max_length=40, blank=True, db_index=True)
    message_id = models.CharField(max_length=250, blank=True)
    # Empty for the site's own address (DEFAULT_FROM_EMAIL); a form page may send from another.
    sender = models.EmailField(blank=True)
    to = models.EmailField(verbose_name=_("Recipient"))
    # Where an answer goes: the resident who wrote through a form, for the staff it is sent to.
    reply_to = models.EmailField(blank=True)
    subject = models.CharField(max_length=250, verbose_name=_("Subject"))
    body = models.TextField()
    attachment_name = models.CharField(max_length=100, blank=True)
    attachment_type = models.CharField(max_length=100, blank=True)
    attachment = models.TextField(blank=True)
    # Staff see that a message carried the recipient's personal link, never the link.
    carries_link = models.BooleanField(default=False, verbose_name=_("Personal link sent"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Written at"))
    attempts = models.PositiveSmallIntegerField(default=0, verbose_name=_("Attempts"))
    next_attempt_at = models.DateTimeField(db_index=True)
    claimed_until = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True, verbose_name=_("Last error"))
    sent_at = models.DateTimeField(null=True, blank=True, db_index=True)
    failed_at = models.DateTimeField(null=True, blank=True, verbose_name=_("Given up at"))

    class Meta:
        verbose_name = _("Outgoing e-mail")
        verbose_name_plural = _("Outgoing e-mails")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.to}: {self.subject}"
