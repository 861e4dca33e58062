"""The forum timetable: a grid of rooms by time for each day, and what is on now and next.

Times are laid out in Polish time. Plain functions over session objects, so tests can call
them with any clock.
"""

from dataclasses import dataclass, field
from itertools import groupby

from forum.agenda.recurrence import WARSAW


def local_day(session):
    return session.start.astimezone(WARSAW).date()


@dataclass
class Cell:
    """One table cell: a session spanning `rowspan` time slots (all rooms when it has none)."""

    session: object = None
    rowspan: int = 1
    colspan: int = 1


@dataclass
class Row:
    start: object
    end: object
    cells: list = field(default_factory=list)


@dataclass
class Day:
    date: object
    sessions: list
    rows: list


def days(sessions, rooms):
    """For each day, its sessions in time order and the grid rows (time slots × rooms).

    A session without a room spans every room's column. When two sessions overlap in one room,
    the grid keeps the first; the chronological list shows both.
    """
    ordered = sorted(sessions, key=lambda session: (session.start, session.end))
    columns = {room.translation_key: index for index, room in enumerate(rooms)}
    return [_with_grid(Day(day, list(group), []), columns) for day, group in groupby(ordered, key=local_day)]


def _with_grid(day, columns):
    width = max(len(columns), 1)
    boundaries = sorted({moment for session in day.sessions for moment in (session.start, session.end)})
    slot = {moment: index for index, moment in enumerate(boundaries)}
    starting = {}
    taken = set()
    for session in day.sessions:
        row = slot[session.start]
        rowspan = slot[session.end] - row
        room = getattr(session.room, "translation_key", None)
        wanted = range(width) if room not in columns else [columns[room]]
        covered = {(row + step, column) for step in range(rowspan) for column in wanted}
        if covered & taken:
            continue
        taken |= covered
        starting[(row, wanted[0])] = Cell(session, rowspan, len(wanted))
    for index, (start, end) in enumerate(zip(boundaries, boundaries[1:], strict=False)):
        cells = []
        for column in range(width):
            if (index, column) in starting:
                cells.append(starting[(index, column)])
            elif (index, column) not in taken:
                cells.append(Cell())
        day.rows.append(Row(start, end, cells))
    return day


def now_and_next(sessions, now):
    """The sessions going on at `now` and those starting next on the same (Polish) day."""
    today = now.astimezone(WARSAW).date()
    todays = [session for session in sessions if local_day(session) == today and session.goes_ahead]
    current = sorted(
        (session for session in todays if session.start <= now < session.end), key=lambda s: s.start
    )
    later = [session for session in todays if session.start > now]
    first = min((session.start for session in later), default=None)
    return current, [session for session in later if session.start == first]
