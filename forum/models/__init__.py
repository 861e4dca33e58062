from forum.models.calendar_stamps import CalendarStamp
from forum.models.events import EventIndexPage, EventPage
from forum.models.occasions import Attendance, Audience, EventType, Occasion, Occurrence, Status
from forum.models.programme import ForumPage, Room, SessionKind, SessionPage, SessionSpeaker, Speaker

__all__ = [
    "Attendance",
    "Audience",
    "CalendarStamp",
    "EventIndexPage",
    "EventPage",
    "EventType",
    "ForumPage",
    "Occasion",
    "Occurrence",
    "Room",
    "SessionKind",
    "SessionPage",
    "SessionSpeaker",
    "Speaker",
    "Status",
]
