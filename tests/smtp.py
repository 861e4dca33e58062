"""A real SMTP server on loopback (aiosmtpd) for tests of the outbox: Django is configured to send to
it, and the test brings it up (or leaves it down, as an outage) when it wants."""

import socket
from contextlib import contextmanager

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message


class Inbox(Message):
    """Keeps every message the server receives, parsed; `start()` brings the server up."""

    def __init__(self):
        super().__init__()
        self.received = []

    def handle_message(self, message):
        self.received.append(message)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def loopback_smtp(settings):
    """Django configured for SMTP on a loopback port, the server down until `start()`."""
    port = free_port()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    inbox.start, inbox.stop = controller.start, controller.stop
    yield inbox
    if getattr(controller, "_thread", None) is not None:
        controller.stop()
