"""The outbox changes owner from the forum to core with every message kept: a database migrated to
the main of before the move (forum 0013, core 0001) migrates forward with its messages, their links
to registrations and organisers' messages, the ideas' references, the staff's right to see
undelivered mail and the scheduler's record intact, and back again. The forum's earlier merge of
one mailbox's registrations (forum 0011) still hands the messages over on such a database."""

from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from core.mail.models import OutgoingMail
from core.scheduling.models import ScheduledRun
from forum.models import OrganiserMessage, Registration, RegistrationMail

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE_THE_MOVE = [("forum", "0013_outbox_erasure"), ("core", "0001_initial")]
PERIOD = datetime(2030, 5, 1, 10, tzinfo=UTC)


def migrate(targets):
    """Migrate the test database to `targets`; the models as they stood there. (The content types'
    cache stays: each row keeps its id through the migrations, so the cache is true again at the
    end, and the next test's data is loaded through it.)"""
    MigrationExecutor(connection).migrate(targets)
    return MigrationExecutor(connection).loader.project_state(targets, at_end=True).apps


def to_the_end():
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def outbox_before_the_move(apps):
    """A registration's confirmation (sent), an organisers' message to her (waiting), a message
    about an idea (given up on), a group allowed to see them and the scheduler's last send."""
    occasion = apps.get_model("wagtailcore", "Page").objects.order_by("pk").first()
    registration = apps.get_model("forum", "Registration").objects.create(
        occasion_id=occasion.pk, status="confirmed", email="anna@example.org", language="pl", manage_key="k"
    )
    note = apps.get_model("forum", "OrganiserMessage").objects.create(
        occasion_id=occasion.pk, audience="all", subject="Sala 2", body="Spotykamy się w sali 2."
    )
    outbox = apps.get_model("forum", "EmailOutbox").objects
    now = timezone.now()
    rows = {
        "confirmation": outbox.create(
            kind="confirmation",
            registration=registration,
            to="anna@example.org",
            subject="Zapisano",
            body="Link",
            message_id="<1@sas>",
            carries_link=True,
            next_attempt_at=now,
            sent_at=now,
        ),
        "organiser": outbox.create(
            kind="organiser",
            registration=registration,
            organiser_message=note,
            to="anna@example.org",
            subject="Sala 2",
            body="Spotykamy się",
            message_id="<2@sas>",
            next_attempt_at=now,
            attempts=3,
            last_error="SMTPServerDisconnected",
        ),
        "idea_status": outbox.create(
            kind="idea_status",
            about="idea:12",
            to="ola@example.org",
            subject="Pomysł",
            body="Wybrany",
            message_id="<3@sas>",
            next_attempt_at=now,
            failed_at=now,
            attempts=12,
        ),
    }
    content_type, _ = apps.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label="forum", model="emailoutbox"
    )
    permission, _ = apps.get_model("auth", "Permission").objects.get_or_create(
        content_type=content_type, codename="view_emailoutbox", defaults={"name": "Can view Outgoing e-mail"}
    )
    apps.get_model("auth", "Group").objects.create(name="Poczta").permissions.add(permission)
    apps.get_model("core", "ScheduledRun").objects.create(name="forum.tasks.send_outbox", period_start=PERIOD)
    return registration.pk, note.pk, {kind: row.pk for kind, row in rows.items()}


def test_every_message_moves_to_core_with_its_links_and_back():
    registration, note, ids = outbox_before_the_move(migrate(BEFORE_THE_MOVE))

    to_the_end()

    messages = {message.kind: message for message in OutgoingMail.objects.all()}
    assert {kind: message.pk for kind, message in messages.items()} == ids
    assert [(message.message_id, message.body) for message in messages.values()] == [
        ("<1@sas>", "Link"),
        ("<2@sas>", "Spotykamy się"),
        ("<3@sas>", "Wybrany"),
    ]
    assert (messages["organiser"].attempts, messages["idea_status"].about) == (3, "idea:12")
    assert messages["confirmation"].carries_link and messages["idea_status"].failed_at
    assert {(message.sender, message.reply_to) for message in messages.values()} == {("", "")}
    assert list(Registration.objects.get(pk=registration).messages.order_by("pk")) == [
        messages["confirmation"],
        messages["organiser"],
    ]
    assert list(OrganiserMessage.objects.get(pk=note).deliveries.all()) == [messages["organiser"]]
    assert not RegistrationMail.objects.filter(mail=messages["idea_status"]).exists()
    grants = Group.objects.get(name="Poczta").permissions.values_list("content_type__app_label", "codename")
    assert list(grants) == [("core", "view_outgoingmail")]
    assert list(ScheduledRun.objects.values_list("name", "period_start")) == [
        ("core.mail.tasks.send_outbox", PERIOD)
    ]

    outbox = migrate(BEFORE_THE_MOVE).get_model("forum", "EmailOutbox").objects
    back = {row.kind: (row.pk, row.registration_id, row.organiser_message_id) for row in outbox.all()}
    assert back == {
        "confirmation": (ids["confirmation"], registration, None),
        "organiser": (ids["organiser"], registration, note),
        "idea_status": (ids["idea_status"], None, None),
    }
    to_the_end()


def test_the_merge_of_one_mailboxs_registrations_still_hands_their_messages_over():
    apps = migrate([("forum", "0010_seat_counts_on_confirmation")])
    occasion = apps.get_model("wagtailcore", "Page").objects.order_by("pk").first()
    registrations = apps.get_model("forum", "Registration").objects
    now = timezone.now()

    def stored(email, status, minutes_ago):
        registration = registrations.create(
            occasion_id=occasion.pk, email=email, status=status, seats=1, language="pl", name=email
        )
        registrations.filter(pk=registration.pk).update(created_at=now - timedelta(minutes=minutes_ago))
        return registration.pk

    cancelled = stored("Sec.Fan@example.org", "cancelled", 30)
    kept = stored("SEC.fan@example.org", "confirmed", 20)
    later = stored("sec.fan@example.org", "confirmed", 10)
    other = stored("Ola@Example.org", "waitlisted", 5)
    message = apps.get_model("forum", "EmailOutbox").objects.create(
        registration_id=later, to="sec.fan@example.org", subject="s", body="b", next_attempt_at=now
    )
    calendars = apps.get_model("forum", "PersonalCalendar").objects
    earliest = calendars.create(email="Sec.Fan@example.org", token="earliest")
    calendars.create(email="sec.fan@example.org", token="later")

    to_the_end()

    assert dict(Registration.objects.values_list("pk", "email")) == {
        kept: "sec.fan@example.org",
        other: "ola@example.org",
    }
    assert cancelled not in Registration.objects.values_list("pk", flat=True)
    assert list(Registration.objects.get(pk=kept).messages.values_list("pk", flat=True)) == [message.pk]
    assert list(calendars.model.objects.values_list("token", "email")) == [
        (earliest.token, "sec.fan@example.org")
    ]
