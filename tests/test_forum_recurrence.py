"""Repeating events expand into occurrences inside a window, keep their local time across a
daylight-saving change, skip exception dates and never run without bound."""

from datetime import UTC, date, datetime, timedelta

from forum.agenda import recurrence
from forum.agenda.recurrence import Rule
from tests.factories.forum import warsaw

FAR = warsaw(2100, 1, 1)


def test_weekly_meeting_keeps_its_local_time_across_the_spring_change():
    # 2030-03-31 is the last Sunday of March: clocks go forward at 02:00.
    found = recurrence.expand(
        warsaw(2030, 3, 19, 18),
        warsaw(2030, 3, 19, 20),
        Rule("weekly", count=3),
        frozenset(),
        warsaw(2030, 1, 1),
        FAR,
    )
    assert [
        (start.astimezone(recurrence.WARSAW).hour, end.astimezone(recurrence.WARSAW).hour)
        for start, end in found
    ] == [(18, 20)] * 3
    assert [start.utcoffset() for start, _ in found] == [
        timedelta(hours=1),
        timedelta(hours=1),
        timedelta(hours=2),
    ]
    assert [start.date() for start, _ in found] == [date(2030, 3, 19), date(2030, 3, 26), date(2030, 4, 2)]


def test_weekly_meeting_keeps_its_local_time_across_the_autumn_change():
    # 2030-10-27 is the last Sunday of October: clocks go back at 03:00.
    found = recurrence.expand(
        warsaw(2030, 10, 24, 9),
        warsaw(2030, 10, 24, 10),
        Rule("weekly", count=2),
        frozenset(),
        warsaw(2030, 1, 1),
        FAR,
    )
    assert [start.astimezone(recurrence.WARSAW).time().hour for start, _ in found] == [9, 9]
    assert found[1][0].astimezone(UTC) - found[0][0].astimezone(UTC) == timedelta(days=7, hours=1)


def test_exception_dates_are_left_out():
    found = recurrence.expand(
        warsaw(2030, 1, 7, 17),
        warsaw(2030, 1, 7, 19),
        Rule("weekly", until=date(2030, 2, 4)),
        frozenset({date(2030, 1, 21)}),
        warsaw(2030, 1, 1),
        FAR,
    )
    assert [start.date() for start, _ in found] == [
        date(2030, 1, 7),
        date(2030, 1, 14),
        date(2030, 1, 28),
        date(2030, 2, 4),
    ]


def test_only_occurrences_overlapping_the_window_are_returned():
    found = recurrence.expand(
        warsaw(2030, 1, 1, 10),
        warsaw(2030, 1, 1, 12),
        Rule("daily", count=30),
        frozenset(),
        warsaw(2030, 1, 10, 11),
        warsaw(2030, 1, 12, 10),
    )
    assert [start.day for start, _ in found] == [10, 11]


def test_weekly_on_chosen_weekdays_every_other_week():
    found = recurrence.expand(
        warsaw(2030, 1, 7, 10),
        warsaw(2030, 1, 7, 11),
        Rule("weekly", interval=2, weekdays=("MO", "TH"), count=4),
        frozenset(),
        warsaw(2030, 1, 1),
        FAR,
    )
    assert [start.date() for start, _ in found] == [
        date(2030, 1, 7),
        date(2030, 1, 10),
        date(2030, 1, 21),
        date(2030, 1, 24),
    ]


def test_monthly_skips_months_without_the_day():
    found = recurrence.expand(
        warsaw(2030, 1, 31, 10),
        warsaw(2030, 1, 31, 11),
        Rule("monthly", count=3),
        frozenset(),
        warsaw(2030, 1, 1),
        FAR,
    )
    assert [start.date() for start, _ in found] == [date(2030, 1, 31), date(2030, 3, 31), date(2030, 5, 31)]


def test_all_day_series_expands_to_dates():
    found = recurrence.expand_days(
        date(2030, 6, 1),
        date(2030, 6, 2),
        Rule("monthly", count=3),
        frozenset(),
        date(2030, 7, 2),
        date(2030, 9, 1),
    )
    assert found == [(date(2030, 7, 1), date(2030, 7, 2)), (date(2030, 8, 1), date(2030, 8, 2))]


def test_an_endless_rule_is_cut_at_the_limit():
    huge = Rule("daily", until=date(2999, 1, 1))
    first = datetime(2030, 1, 1, 10)
    assert recurrence.occurrence_count(first, huge) == recurrence.MAX_OCCURRENCES + 1
    found = recurrence.expand(
        warsaw(2030, 1, 1, 10), warsaw(2030, 1, 1, 11), huge, frozenset(), warsaw(2030, 1, 1), FAR
    )
    assert len(found) == recurrence.MAX_OCCURRENCES


def test_is_occurrence():
    rule = Rule("weekly", count=3)
    first = datetime(2030, 1, 7, 10)
    assert recurrence.is_occurrence(first, rule, date(2030, 1, 14))
    assert not recurrence.is_occurrence(first, rule, date(2030, 1, 15))
    assert not recurrence.is_occurrence(first, rule, date(2030, 1, 28))
