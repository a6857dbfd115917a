"""The daily review reminders as a background task, for the worker (`manage.py db_worker --backend alerts`)."""

from django_tasks import task

from . import reminders


@task(backend="alerts")
def send_page_review_reminders():
    sent, failed = reminders.send_reminders()
    return {"sent": sent, "failed": failed}
