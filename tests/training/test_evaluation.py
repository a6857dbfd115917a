"""After the session: an anonymous evaluation from the attended email, and three months on an impact
question, both once per attender, kept with the session and not with the booker; free text triaged."""

import datetime
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from feedback.models import Submission
from training import booking as bookings
from training import tokens
from training.models import Booking, EmailKind, Evaluation, ImpactAnswer, Status

from .conftest import make_session


@pytest.fixture
def attender(course):
    session = make_session(course, days=-1)
    return Booking.objects.create(
        session=session, name="Ana Popescu", email="ana@x.example", role="Nurse", status=Status.ATTENDED
    )


def test_an_attender_evaluates_once_and_anonymously(client, attender):
    url = f"/training-sessions/evaluate/{tokens.make(attender, tokens.EVALUATE)}/"
    assert "How useful was the session" in client.get(url).content.decode()
    assert client.post(url, {"usefulness": "9"}).status_code == 400
    response = client.post(url, {"usefulness": "4", "comment": "More case studies, please."})
    assert "Thank you for your answer" in response.content.decode()
    evaluation = Evaluation.objects.get(session=attender.session)
    assert (evaluation.usefulness, evaluation.comment) == (4, "More case studies, please.")
    assert not hasattr(evaluation, "booking")
    client.post(url, {"usefulness": "1"})
    assert Evaluation.objects.filter(session=attender.session).count() == 1


def test_only_attenders_with_a_valid_link_evaluate(client, attender):
    attender.status = Status.DID_NOT_ATTEND
    attender.save()
    url = f"/training-sessions/evaluate/{tokens.make(attender, tokens.EVALUATE)}/"
    assert client.post(url, {"usefulness": "5"}).status_code == 410
    cancel_token = tokens.make(attender, tokens.CANCEL)
    assert client.get(f"/training-sessions/evaluate/{cancel_token}/").status_code == 410


def test_three_months_on_attenders_are_asked_about_impact_once(
    client, attender, settings, django_capture_on_commit_callbacks
):
    settings.KSCB_TRAINING_IMPACT_DAYS = 91
    later = timezone.now() + datetime.timedelta(days=95)
    assert bookings.send_impact_follow_ups(now=timezone.now()) == 0
    with django_capture_on_commit_callbacks(execute=True):
        assert bookings.send_impact_follow_ups(now=later) >= 1
    assert bookings.send_impact_follow_ups(now=later) == 0
    message = next(m for m in mail.outbox if m.to == ["ana@x.example"])
    assert "what has changed in your practice" in message.subject
    link = re.search(r"https?://[^/\s]+(/training-sessions/impact/[^\s]+/)", message.body).group(1)
    client.post(link, {"answer": "I now record the child's own words."})
    assert ImpactAnswer.objects.get(session=attender.session).answer == "I now record the child's own words."


def test_worrying_words_in_an_impact_answer_go_to_childrens_voice_reviewers(client, attender):
    url = f"/training-sessions/impact/{tokens.make(attender, tokens.IMPACT)}/"
    client.post(url, {"answer": "A child told me she is scared to go home"})
    assert not ImpactAnswer.objects.filter(session=attender.session).exists()
    assert "scared to go home" in Submission.objects.latest("created_at").message


def test_the_attended_email_carries_the_evaluation_link(attender, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        bookings.tell(attender, EmailKind.ATTENDED)
    assert "/training-sessions/evaluate/" in mail.outbox[0].body
    assert "/training-sessions/certificate/" in mail.outbox[0].body


def test_the_periodic_command_runs_the_follow_ups(db):
    call_command("send_training_emails", stdout=open("/dev/null", "w"))  # noqa: SIM115
