"""Background tasks run by `manage.py db_worker --backend alerts`: booking emails, outside the visitor's request."""

from django_tasks import task

from . import emails


@task(backend="alerts")
def send_booking_email(email_pk):
    # A failure is recorded on the outbox row and retried by send_training_emails: this task always ends.
    return emails.deliver(email_pk)
