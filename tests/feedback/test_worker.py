"""With the worker stopped, messages are stored and their alerts wait; they go out when it starts."""

import io

import pytest
from django.core import mail
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from feedback.models import Alert, FeedbackSettings, Submission


@pytest.fixture
def database_tasks(settings, monkeypatch):
    """The database task backend, as in production; the worker runs in this process when the test says."""
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
        "alerts": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    }
    # The test's transaction must stay open: a real worker closes stale connections between tasks.
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    retention = FeedbackSettings.load()
    retention.duty_safeguarding_email = "duty@kscb.example"
    retention.save()


def start_worker():
    call_command(
        "db_worker",
        *("--backend", "alerts", "--batch", "--no-startup-delay", "--no-reload"),
        verbosity=0,
        stdout=io.StringIO(),
    )


def test_worker_stopped_then_started(send, database_tasks, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = send(message="I dont want to be alive anymore he hits me")
    assert response.status_code == 302
    submission = Submission.objects.get(message="I dont want to be alive anymore he hits me")
    assert submission.urgent
    # Stored, and queued for the worker: nothing sent inside the young person's request.
    assert mail.outbox == []
    assert Alert.objects.get(submission=submission).sent_at is None
    assert DBTaskResult.objects.filter(status="READY").count() == 1

    start_worker()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["duty@kscb.example"]
    assert Alert.objects.get(submission=submission).sent_at is not None
    assert DBTaskResult.objects.filter(status="SUCCESSFUL").count() == 1


def test_a_failed_send_is_queued_again_for_later(send, database_tasks, settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = "tests.feedback.test_notifications.MailServerDown"
    with django_capture_on_commit_callbacks(execute=True):
        send(message="my dad hit my mum and he hits me")
    with django_capture_on_commit_callbacks(execute=True):
        start_worker()
    alert = Alert.objects.get()
    assert alert.attempts == 1 and alert.sent_at is None
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.run_after == alert.next_attempt_at
