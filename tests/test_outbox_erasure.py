"""Erasure reaches the outbox: erasing a person, deleting an event or an idea, and each retention job
take the messages that name them with them, and a sent message's body and attachment are kept no
longer than OUTBOX_RETENTION_DAYS."""

from datetime import timedelta

import pytest
from django.utils import timezone

from core import clock
from core.mail import outbox
from core.mail import tasks as mail_tasks
from core.mail.models import OutgoingMail
from core.mail.wagtail_hooks import mail_periodic_tasks
from forum import tasks
from forum.models import Registration
from forum.registrations import booking
from ideas import proposals
from ideas import tasks as idea_tasks
from ideas.models import Idea, IdeaStatus, IdeaSupport
from tests.factories.forum import confirmed_booking, fix_clock, open_workshop
from tests.factories.ideas import IdeaFactory
from zones.editors import ensure_communications_group

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


def recipients():
    return sorted(set(OutgoingMail.objects.values_list("to", flat=True)))


def propose(zone, email, title="Ławki przy bibliotece"):
    return proposals.propose(
        zone,
        title=title,
        description="Opis",
        need=None,
        help_needed="",
        public_name="Ania",
        email=email,
        language="pl",
        consent_text="Zgoda.",
    )


def support(idea, email):
    return proposals.support(idea, email=email, language="pl", notify=True, consent_text="Zgoda.")


def test_erasing_a_person_erases_every_message_to_her(client, agenda, zones, django_user_model):
    workshop = open_workshop(agenda)
    confirmed_booking(workshop, "Anna@Example.org")
    confirmed_booking(workshop, "jan@example.org")
    propose(zones["pl"], "anna@example.org")
    support(IdeaFactory(zone=zones["pl"]), "ANNA@example.org")
    assert OutgoingMail.objects.filter(to__iexact="anna@example.org").count() == 3

    staff = django_user_model.objects.create_user("komunikacja", "k@example.org", "haslo-haslo-1")
    staff.groups.add(ensure_communications_group())
    client.force_login(staff)
    answer = client.post("/admin/registrations-person/", {"email": "anna@example.org", "action": "erase"})
    assert answer.status_code == 302
    assert recipients() == ["jan@example.org"]


def test_a_persons_erasure_and_the_retention_job_reach_what_she_wrote_to_staff(settings):
    def to_staff(address):
        return outbox.write(
            "form_submission", "staff@sas.example.org", "Kontakt", "Pytanie", reply_to=address
        )

    to_staff("anna@example.org")
    kept = to_staff("jan@example.org")
    assert outbox.erase_to("Anna@Example.org") == 1
    assert list(OutgoingMail.objects.all()) == [kept]

    OutgoingMail.objects.update(sent_at=timezone.now() - timedelta(days=settings.OUTBOX_RETENTION_DAYS + 1))
    mail_tasks.blank_old_mail.call()
    kept.refresh_from_db()
    assert (kept.to, kept.subject, kept.body, kept.reply_to) == ("staff@sas.example.org", "Kontakt", "", "")


def test_deleting_an_event_deletes_its_registrants_messages(agenda):
    workshop, other = open_workshop(agenda), open_workshop(agenda, title="Inne", slug="inne")
    confirmed_booking(workshop, "anna@example.org")
    confirmed_booking(other, "jan@example.org")
    workshop.delete()
    assert not Registration.objects.filter(email="anna@example.org").exists()
    assert recipients() == ["jan@example.org"]


def test_deleting_an_idea_deletes_the_messages_about_it_and_its_supports(zones):
    kept = propose(zones["pl"], "other@example.org", title="Inny")
    idea = IdeaFactory(zone=zones["pl"], email="autorka@example.org")
    support(idea, "jan@example.org")
    before = Idea.objects.get(pk=idea.pk)
    idea.status = IdeaStatus.SELECTED
    proposals.moderated(before, idea)  # the author is told
    assert recipients() == ["autorka@example.org", "jan@example.org", "other@example.org"]
    idea.delete()
    assert recipients() == ["other@example.org"]
    kept.delete()
    assert recipients() == []


def test_the_registrations_retention_job_erases_their_messages(agenda, monkeypatch, settings):
    workshop = open_workshop(agenda)
    confirmed_booking(workshop, "anna@example.org")
    fix_clock(monkeypatch, workshop.end + timedelta(days=settings.REGISTRATION_RETENTION_DAYS + 1))
    tasks.erase_past_registrations.call()
    assert not OutgoingMail.objects.exists()


def test_the_ideas_retention_job_erases_the_messages_of_what_it_forgets(zones, settings):
    unconfirmed = propose(zones["pl"], "nobody@example.org")
    closed = IdeaFactory(zone=zones["pl"], email="autorka@example.org")
    support(closed, "jan@example.org")
    IdeaSupport.objects.update(email_confirmed_at=timezone.now())
    open_idea = IdeaFactory(zone=zones["pl"])
    support(open_idea, "ola@example.org")
    Idea.objects.filter(pk=unconfirmed.pk).update(created_at=clock.now() - timedelta(days=8))
    Idea.objects.filter(pk=closed.pk).update(
        status=IdeaStatus.DONE, closed_at=clock.now() - timedelta(days=settings.IDEAS_RETENTION_DAYS + 1)
    )
    assert recipients() == ["jan@example.org", "nobody@example.org", "ola@example.org"]
    idea_tasks.erase_past_idea_data.call()
    assert recipients() == ["ola@example.org"]


def test_sent_bodies_are_blanked_after_the_retention_period_and_the_job_runs_hourly(agenda, settings):
    settings.OUTBOX_RETENTION_DAYS = 30
    workshop = open_workshop(agenda)
    confirmed_booking(workshop, "old@example.org")
    confirmed_booking(workshop, "recent@example.org")
    booking.book(
        workshop,
        booking.Person(name="Ola", email="unsent@example.org", seats=1, language="pl", consent_text="Z"),
    )
    now = timezone.now()
    OutgoingMail.objects.filter(to="old@example.org").update(sent_at=now - timedelta(days=31))
    OutgoingMail.objects.filter(to="recent@example.org").update(sent_at=now - timedelta(days=29))
    assert OutgoingMail.objects.filter(to="old@example.org").exclude(attachment="").exists()

    mail_tasks.blank_old_mail.call()
    for message in OutgoingMail.objects.filter(to="old@example.org"):
        assert (message.body, message.attachment, message.attachment_name) == ("", "", "")
        assert message.subject and message.sent_at and message.carries_link
    for message in OutgoingMail.objects.exclude(to="old@example.org"):
        assert "http://" in message.body

    assert (mail_tasks.blank_old_mail, timedelta(hours=1)) in [
        (periodic.task, periodic.every) for periodic in mail_periodic_tasks()
    ]
