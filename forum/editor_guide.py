"""The events' part of the editors' guide: adding an event, repeating it, cancelling it (and what
registrants then receive: forum/receivers.py, booking.announce_change, mail.py), and reading and
exporting registrations in the admin (wagtail_hooks.py, organisers.py)."""

from django.utils.translation import gettext as _

from forum.agenda import recurrence
from forum.enums import Status
from forum.models import EventPage
from forum.models.events import Repeat
from home.editor_guide import Section, Step, admin_label, buttons, form_field, menu
from zones.editor_guide import add_under_zone_step, submit_step

EVENTS = "events"
REPEATING = "repeating-events"
CANCELLING = "cancelling-events"
REGISTRATIONS = "registrations"


def _label(name):
    return EventPage._meta.get_field(name).verbose_name


def events():
    return Section(
        EVENTS,
        _("Adding an event"),
        _(
            "An event of your zone (a meeting, a workshop, a local action) goes on the agenda, on your "
            "zone's page and in the calendars people subscribe to."
        ),
        (
            add_under_zone_step(EventPage._meta.verbose_name),
            Step(
                _(
                    "Give the title, the type and a one-sentence summary. Under “%(when)s” give when it "
                    "starts and ends, in Polish time; for an event without fixed hours tick “%(all_day)s” "
                    "and give its first and last day."
                )
                % {"when": _("When"), "all_day": _label("all_day")},
                form_field(_label("start"), "2026-05-14 18:00"),
            ),
            Step(
                _(
                    "Under “%(where)s” your zone is already chosen: the event takes place in the zone's "
                    "library unless you give another venue. If people must sign up, tick "
                    "“%(registration)s” and give “%(capacity)s”."
                )
                % {
                    "where": _("Where"),
                    "registration": _label("registration_enabled"),
                    "capacity": _label("capacity"),
                },
                form_field(_label("capacity"), "20"),
            ),
            submit_step(),
        ),
        order=20,
    )


def repeating():
    frequencies = [str(choice.label) for choice in Repeat]
    return Section(
        REPEATING,
        _("A repeating event"),
        _(
            "A club that meets every week is one event with a repetition, not many pages: the agenda and "
            "the calendars show each date."
        ),
        (
            Step(
                _(
                    "Give the date and hours of the first meeting. Under “%(repetition)s” choose in "
                    "“%(repeats)s” how often it happens again."
                )
                % {"repetition": _("Repetition"), "repeats": _label("repeat")},
                menu(_label("repeat"), frequencies, 2),
            ),
            Step(
                _(
                    "In “%(every)s” write 1 for every day, week or month, 2 for every other one. For daily "
                    "or weekly meetings tick the days in “%(weekdays)s”."
                )
                % {"every": _label("repeat_interval"), "weekdays": _label("repeat_weekdays")},
                form_field(_label("repeat_interval"), "1"),
            ),
            Step(
                _(
                    "Give either “%(until)s”, the last possible date, or “%(count)s”, not both. A series "
                    "has at most %(limit)s dates."
                )
                % {
                    "until": _label("repeat_until"),
                    "count": _label("repeat_count"),
                    "limit": recurrence.MAX_OCCURRENCES,
                },
                form_field(_label("repeat_count"), "10"),
            ),
            Step(
                _(
                    "If the event does not take place on one date of the series, add that date under "
                    "“%(exceptions)s”: it disappears from the agenda and the calendars. Once this is "
                    "published, people registered get an e-mail that the date or time changed."
                )
                % {"exceptions": _label("repeat_exceptions")},
                form_field(_label("repeat_exceptions"), "2026-06-04"),
            ),
        ),
        order=21,
    )


def cancelling():
    example = _("Changed: %(title)s") % {"title": _("Sewing workshop")}
    return Section(
        CANCELLING,
        _("Cancelling an event"),
        _("Do not delete a cancelled event: people who planned to come still find it, marked as cancelled."),
        (
            Step(
                _(
                    "Open the event. In “%(status)s” choose “%(cancelled)s” and write why in "
                    "“%(reason)s”: it is shown prominently on the event's page."
                )
                % {
                    "status": _label("status"),
                    "cancelled": Status.CANCELLED.label,
                    "reason": _label("status_reason"),
                },
                menu(_label("status"), [str(status.label) for status in Status], 1),
            ),
            Step(
                _(
                    "Send it for moderation as any change. When the change is published, everyone registered "
                    "(confirmed, waiting for a seat, or not yet confirmed by e-mail) gets an e-mail in the "
                    "language they registered in, titled like “%(subject)s”: it says the event is cancelled, "
                    "gives your reason and has a calendar file that replaces the one they had. People added "
                    "by hand without an e-mail address get nothing: call them."
                )
                % {"subject": example},
                form_field(_("Subject"), example),
            ),
        ),
        order=22,
    )


def registrations():
    by_event = _("Registrations by event")
    listing = _("Registrations")
    lists = [_("Check-in list"), listing, _("Add by hand"), _("Write to registrants")]
    return Section(
        REGISTRATIONS,
        _("Reading and exporting registrations"),
        " ".join(
            (
                _(
                    "Who signed up is personal data: communications staff see it in the admin. If these "
                    "menu items are missing for you, ask them."
                ),
                _(
                    "A seat counts only when its owner confirms from her e-mail: a registration sent from "
                    "the website holds no seat and no place on the waiting list until then, so made-up "
                    "addresses cannot fill an event. Confirming takes a free seat, or the last place on the "
                    "waiting list. People you add by hand count at once."
                ),
            )
        ),
        (
            Step(
                _(
                    "In the menu choose “%(by_event)s”: every event that takes registrations, with the "
                    "people and seats confirmed, waiting and cancelled, and those awaiting e-mail "
                    "confirmation (they take no seat)."
                )
                % {"by_event": by_event},
                buttons([listing, by_event], 1),
            ),
            Step(
                _(
                    "Next to each event: “%(check_in)s” (to print for the door and tick who came), "
                    "“%(listing)s” (the people), “%(add)s” (someone who signed up by phone or at the desk) "
                    "and “%(write)s” (an e-mail to everyone registered)."
                )
                % {"check_in": lists[0], "listing": listing, "add": lists[2], "write": lists[3]},
                buttons(lists, 0),
            ),
            Step(
                _(
                    "“%(listing)s” in the menu lists everyone: filter by event and status, or search by "
                    "name, e-mail or phone. To take the list out, press “⋯” (“%(actions)s”) at the top and "
                    "choose CSV or XLSX: the file holds what you filtered. Accessibility needs are not in it "
                    "(they are health data); they are on the check-in list."
                )
                % {"listing": listing, "actions": admin_label("Actions")},
                menu(admin_label("Actions"), [admin_label("Download XLSX"), admin_label("Download CSV")], 1),
            ),
        ),
        order=30,
    )


def editor_guide_sections():
    return [events(), repeating(), cancelling(), registrations()]
