"""Background tasks run by `manage.py db_worker --backend alerts`: alert emails, outside the young person's request."""

from django_tasks import task

from . import alerts


@task(backend="alerts")
def deliver_alert(alert_pk):
    # A failure is recorded on the alert and retried by a new task: this one always ends.
    return alerts.deliver(alert_pk)
