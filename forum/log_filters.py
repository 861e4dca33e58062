"""Keep the secrets in residents' links out of every log: the token of a manage link or a personal
calendar is the only key to a booking, and logs are read by more people, for longer, than mail."""

import logging
import re

from gunicorn.glogging import Logger

# The manage address in each language ("address" words of the forum's catalogue; the English one is
# also every language's older address) and the personal calendar.
SECRET_LINK = re.compile(
    r"(/(?:registration/manage|zapisy/zarzadzaj|reyestratsiya/keruvannya)/|/calendar/personal/)"
    r"[^/\s\"'?#]+?(?=/|\.ics|[\s\"'?#]|$)"
)
HIDDEN = r"\1[hidden]"


def hide_secret_links(text):
    return SECRET_LINK.sub(HIDDEN, text)


class HideSecretLinks(logging.Filter):
    """A logging filter for Django's handlers (requests, errors, the development server)."""

    def filter(self, record):
        message = record.getMessage()
        hidden = hide_secret_links(message)
        if hidden != message:
            record.msg, record.args = hidden, None
        return True


class GunicornLogger(Logger):
    """Gunicorn's access log with the secrets of residents' links hidden."""

    def atoms(self, resp, req, environ, request_time):
        found = super().atoms(resp, req, environ, request_time)
        return {
            key: hide_secret_links(value) if isinstance(value, str) else value for key, value in found.items()
        }
