"""Keep personal data out of every log: Django's request and error logs, the development server's
and gunicorn's access log. Logs are read by more people, for longer, than mail.

What is hidden, wherever it appears in a logged line:
- the token of a secret link: the segment after a route that carries one (manage links, personal
  calendars, idea and support confirmations, the admin's password reset), in each language's
  address; and, on any route, a path segment shaped like a token (a signed value with its ":", a
  random one mixing capitals and small letters, or a long run of hexadecimal digits), so a new kind
  of link is covered before anyone lists it here. A document whose file name mixes cases in 20 or
  more characters is hidden too: a cheap price for not missing a token;
- query values that name or find a person: `q` (the site's and the admin's searches), `email`,
  `token`, and any value that looks like an e-mail address;
- e-mail addresses anywhere else in the line.
"""

import logging
import re

from gunicorn.glogging import Logger

HIDDEN = "[hidden]"

# The secret-carrying routes, in each language's address (the "address" words of the forum's and the
# ideas' catalogues; the English one is also every language's older address).
SECRET_ROUTE = re.compile(
    r"(/(?:registration/manage|zapisy/zarzadzaj|reyestratsiya/keruvannya"
    r"|ideas/confirm|pomysly/potwierdz|ideyi/pidtverdyty"
    r"|calendar/personal|password_reset/confirm/[^/\s\"'?#]+)/)"
    r"[^/\s\"'?#]+?(?=/|\.ics|[\s\"'?#]|$)"
)
# A path segment of 20 or more characters that no slug looks like (slugs are small letters, digits
# and hyphens; the time in an access log, "2030:10:00:00" after its last "/", is shorter).
TOKEN_SEGMENT = re.compile(
    r"(?<=/)(?=[A-Za-z0-9_\-:=]{20,}(?:[/?#.\s\"']|$))"
    r"(?:[A-Za-z0-9_\-=]*:[A-Za-z0-9_\-:=]*"
    r"|(?=[A-Za-z0-9_\-=]*[A-Z])(?=[A-Za-z0-9_\-=]*[a-z])[A-Za-z0-9_\-=]+"
    r"|[0-9a-z_\-]*(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{20,}[0-9a-z_\-]*)"
    r"(?=[/?#.\s\"']|$)"
)
PERSONAL_KEYS = {"q", "email", "token"}
QUERY_STRING = re.compile(r"\?([^\s\"'#]*)")
EMAIL_ADDRESS = re.compile(r"[^\s/?&=@\"'<>(),;:]+(?:@|%40)[^\s/?&=@\"'<>(),;:]+", re.IGNORECASE)


def hide_query_string(query):
    """A query string (without its "?") with the values of personal parameters hidden."""
    parameters = []
    for parameter in query.split("&"):
        key, equals, value = parameter.partition("=")
        if equals and value and (key.lower() in PERSONAL_KEYS or EMAIL_ADDRESS.search(value)):
            value = HIDDEN
        parameters.append(f"{key}{equals}{value}")
    return "&".join(parameters)


def hide_personal_data(text):
    text = SECRET_ROUTE.sub(rf"\1{HIDDEN}", text)
    text = TOKEN_SEGMENT.sub(HIDDEN, text)
    text = QUERY_STRING.sub(lambda found: "?" + hide_query_string(found.group(1)), text)
    return EMAIL_ADDRESS.sub(HIDDEN, text)


class HidePersonalData(logging.Filter):
    """A logging filter for Django's handlers (requests, errors, the development server); an error's
    traceback is formatted here, hidden, and kept for the handler's formatter."""

    def filter(self, record):
        message = record.getMessage()
        hidden = hide_personal_data(message)
        if hidden != message:
            record.msg, record.args = hidden, None
        if record.exc_info and not record.exc_text:
            record.exc_text = hide_personal_data(logging.Formatter().formatException(record.exc_info))
        return True


HIDE_PERSONAL_DATA = HidePersonalData()


class GunicornLogger(Logger):
    """Gunicorn's access log with personal data hidden (the query string atom has no "?"), and its
    error log, which names the request an application failed on."""

    def setup(self, cfg):
        super().setup(cfg)
        self.error_log.addFilter(HIDE_PERSONAL_DATA)  # once: the same filter is never added twice

    def atoms(self, resp, req, environ, request_time):
        found = super().atoms(resp, req, environ, request_time)
        hidden = {
            key: hide_personal_data(value) if isinstance(value, str) else value
            for key, value in found.items()
        }
        hidden["q"] = hide_personal_data(hide_query_string(found["q"]))
        return hidden
