"""core takes over the outbox from the forum with every message in it (core/mail/): only the model's
owner changes here. Its table is the forum's, which forum/migrations/0014_outbox_moves_to_core.py
renames to core's, after moving the registrations' links out of it and adding the sender and
Reply-To of the contact form's messages; nothing is done to the database here, so core does not
depend on the forum."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="OutgoingMail",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("kind", models.CharField(blank=True, db_index=True, max_length=30, verbose_name="Kind")),
                        ("about", models.CharField(blank=True, db_index=True, max_length=40)),
                        ("message_id", models.CharField(blank=True, max_length=250)),
                        ("sender", models.EmailField(blank=True, max_length=254)),
                        ("to", models.EmailField(max_length=254, verbose_name="Recipient")),
                        ("reply_to", models.EmailField(blank=True, max_length=254)),
                        ("subject", models.CharField(max_length=250, verbose_name="Subject")),
                        ("body", models.TextField()),
                        ("attachment_name", models.CharField(blank=True, max_length=100)),
                        ("attachment_type", models.CharField(blank=True, max_length=100)),
                        ("attachment", models.TextField(blank=True)),
                        ("carries_link", models.BooleanField(default=False, verbose_name="Personal link sent")),
                        ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="Written at")),
                        ("attempts", models.PositiveSmallIntegerField(default=0, verbose_name="Attempts")),
                        ("next_attempt_at", models.DateTimeField(db_index=True)),
                        ("claimed_until", models.DateTimeField(blank=True, null=True)),
                        ("last_error", models.TextField(blank=True, verbose_name="Last error")),
                        ("sent_at", models.DateTimeField(blank=True, db_index=True, null=True)),
                        ("failed_at", models.DateTimeField(blank=True, null=True, verbose_name="Given up at")),
                    ],
                    options={
                        "verbose_name": "Outgoing e-mail",
                        "verbose_name_plural": "Outgoing e-mails",
                        "ordering": ["created_at", "pk"],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
