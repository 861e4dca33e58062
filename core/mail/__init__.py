"""The site's outbox: every e-mail the site sends is written here in the transaction of the change
it reports, and the task worker claims, sends and retries it (models.py, outbox.py, sending.py,
tasks.py, receivers.py; the undelivered ones in the admin: admin.py). It knows nothing
of what a message is about: the apps above link their records to it, or name them in `about`."""
