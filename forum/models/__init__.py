from forum.enums import Attendance, Audience, EventType, Status
from forum.models.calendar_stamps import CalendarStamp
from forum.models.events import EventIndexPage, EventPage
from forum.models.occasions import Occasion, Occurrence
from forum.models.programme import ForumPage, Room, SessionKind, SessionPage, SessionSpeaker, Speaker
from forum.models.registrations import (
    OrganiserMessage,
    PersonalCalendar,
    Registration,
    RegistrationMail,
    RegistrationStatus,
)

__all__ = [
    "Attendance",
    "Audience",
    "CalendarStamp",
    "EventIndexPage",
    "EventPage",
    "EventType",
    "ForumPage",
    "Occasion",
    "OrganiserMessage",
    "PersonalCalendar",
    "Occurrence",
    "Registration",
    "RegistrationMail",
    "RegistrationStatus",
    "Room",
    "SessionKind",
    "SessionPage",
    "SessionSpeaker",
    "Speaker",
    "Status",
]
