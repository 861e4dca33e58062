from forum.enums import Attendance, Audience, EventType, Status
from forum.models.calendar_stamps import CalendarStamp
from forum.models.events import EventIndexPage, EventPage
from forum.models.occasions import Occasion, Occurrence
from forum.models.programme import ForumPage, Room, SessionKind, SessionPage, SessionSpeaker, Speaker
from forum.models.registrations import (
    EmailOutbox,
    OrganiserMessage,
    PersonalCalendar,
    Registration,
    RegistrationStatus,
)

__all__ = [
    "Attendance",
    "Audience",
    "CalendarStamp",
    "EventIndexPage",
    "EventPage",
    "EmailOutbox",
    "EventType",
    "ForumPage",
    "Occasion",
    "OrganiserMessage",
    "PersonalCalendar",
    "Occurrence",
    "Registration",
    "RegistrationStatus",
    "Room",
    "SessionKind",
    "SessionPage",
    "SessionSpeaker",
    "Speaker",
    "Status",
]
