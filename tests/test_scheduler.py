"""The scheduler: each periodic task starts once per period, however many schedulers run (two
machines against one database), and the periodic work does what its period promises: a moved
occasion is reminded and erased by its new dates, old records go after their retention."""

import threading
from datetime import timedelta

import pytest
from axes.models import AccessLog
from django.db import connections
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.search_promotions.models import Query

from core.mail.models import OutgoingMail
from core.scheduling import scheduler
from forum.models import Registration
from tests.factories.forum import confirmed_booking, fix_clock, open_workshop, translated_agenda, warsaw
from tests.factories.home import FormPageFactory

MINUTE_TASKS = {
    "core.housekeeping.publish_scheduled",
    "core.mail.tasks.send_outbox",
    "forum.tasks.lapse_unconfirmed_registrations",
}
NOON = warsaw(2030, 5, 1, 12)


def started_by_one_scheduler(*moments):
    return [set(scheduler.start_due(moment)) for moment in moments]


@pytest.mark.django_db
def test_every_task_starts_at_its_first_period_and_then_once_per_period():
    first, same_minute, next_minute = started_by_one_scheduler(
        NOON, NOON + timedelta(seconds=50), NOON + timedelta(minutes=1)
    )

    assert first == {periodic.name for periodic in scheduler.periodic_tasks()}
    assert {"core.housekeeping.prune_task_results", "forum.tasks.erase_past_registrations"} <= first
    assert same_minute == set()
    assert next_minute == MINUTE_TASKS


@pytest.mark.django_db
def test_a_scheduler_that_was_down_starts_each_task_once_when_it_is_back():
    scheduler.start_due(NOON)

    assert set(scheduler.start_due(NOON + timedelta(days=3))) == {
        periodic.name for periodic in scheduler.periodic_tasks()
    }


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_schedulers_at_the_same_moment_start_each_task_once(settings):
    """Two machines, each with a scheduler, against one database: the database decides who starts."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    start = threading.Barrier(2)

    def machine():
        start.wait()
        try:
            scheduler.start_due(NOON)
        finally:
            connections.close_all()

    machines = [threading.Thread(target=machine) for _ in range(2)]
    for thread in machines:
        thread.start()
    for thread in machines:
        thread.join()

    enqueued = sorted(DBTaskResult.objects.values_list("task_path", flat=True))
    assert enqueued == sorted(periodic.name for periodic in scheduler.periodic_tasks())


@pytest.fixture
def workshop(home, locales, monkeypatch):
    fix_clock(monkeypatch, NOON)
    return open_workshop(translated_agenda(home, locales))


def moved(workshop, days):
    workshop.start += timedelta(days=days)
    workshop.end = workshop.start + timedelta(hours=2)
    workshop.save_revision().publish()
    return workshop


def at(monkeypatch, moment):
    fix_clock(monkeypatch, moment)
    scheduler.start_due(moment)


def reminders_sent():
    return OutgoingMail.objects.filter(kind="reminder").count()


def test_a_moved_occasion_is_reminded_the_day_before_its_new_date(workshop, monkeypatch):
    old_start = workshop.start
    confirmed_booking(workshop)
    moved(workshop, days=7)

    at(monkeypatch, old_start - timedelta(hours=12))
    assert reminders_sent() == 0

    at(monkeypatch, workshop.start - timedelta(hours=12))
    assert reminders_sent() == 1


def test_a_cancelled_occasion_is_never_reminded(workshop, monkeypatch):
    confirmed_booking(workshop)
    workshop.status = "cancelled"
    workshop.save_revision().publish()

    at(monkeypatch, workshop.start - timedelta(hours=12))

    assert reminders_sent() == 0


def test_registrants_are_forgotten_the_retention_period_after_the_occasion_as_it_is_now(
    workshop, monkeypatch, settings
):
    settings.REGISTRATION_RETENTION_DAYS = 30
    old_end = workshop.end
    confirmed_booking(workshop, email="anna@example.org")
    moved(workshop, days=10)

    at(monkeypatch, old_end + timedelta(days=30, hours=1))
    assert Registration.objects.get().email == "anna@example.org"

    at(monkeypatch, workshop.end + timedelta(days=30, hours=1))
    assert Registration.objects.get().email == ""


def aged(instance, field, days):
    type(instance).objects.filter(pk=instance.pk).update(**{field: timezone.now() - timedelta(days=days)})


@pytest.mark.django_db
def test_form_submissions_are_erased_after_form_retention_days(home, settings):
    settings.FORM_RETENTION_DAYS = 180
    form_page = FormPageFactory(parent=home)
    old, recent = (FormSubmission.objects.create(page=form_page, form_data={"wiadomosc": n}) for n in "ab")
    aged(old, "submit_time", 181)
    aged(recent, "submit_time", 179)

    scheduler.start_due(timezone.now())

    assert list(FormSubmission.objects.all()) == [recent]


@pytest.mark.django_db
def test_login_records_and_task_results_are_pruned_after_their_retention(settings):
    settings.LOGIN_RECORD_RETENTION_DAYS = 90
    settings.TASK_RESULT_RETENTION_DAYS = 14
    login = AccessLog.objects.create(username="admin", ip_address="192.0.2.1", user_agent="Firefox")
    aged(login, "attempt_time", 91)
    kept_login = AccessLog.objects.create(username="admin", ip_address="192.0.2.1", user_agent="Firefox")
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    scheduler.start_due(timezone.now() - timedelta(days=20))
    DBTaskResult.objects.update(status="SUCCESSFUL", finished_at=timezone.now() - timedelta(days=15))
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

    scheduler.start_due(timezone.now())

    assert list(AccessLog.objects.all()) == [kept_login]
    assert not DBTaskResult.objects.exists()


@pytest.mark.django_db
def test_search_queries_are_forgotten_after_their_retention(settings):
    settings.WAGTAILSEARCH_HITS_MAX_AGE = 7
    Query.get("warsztaty").add_hit(date=(timezone.now() - timedelta(days=8)).date())
    Query.get("biblioteka").add_hit()

    scheduler.start_due(timezone.now())

    assert list(Query.objects.values_list("query_string", flat=True)) == ["biblioteka"]
