"""The children's voice against a real PostgreSQL, through a TCP forwarder this test owns.

- The database closed (connection refused) or hanging (accepts, never answers) when a young
  person presses Send: the "message not sent" page, in the form's language, with 999, Childline
  and the MASH number, and their words to copy; within a bounded time when it hangs.
- Two posts at once with one start token: both stored, exactly one unmarked.
"""

import threading
import time
import uuid

import pytest

from feedback.forms import read_started
from feedback.models.start_tokens import nonce_digest

from .real_database import CONNECT_TIMEOUT, FORM, MASH_PHONE

NOT_SENT = {
    "": ('lang="en-gb" dir="ltr"', "Your message was not sent", "We did not get your message."),
    "pl": ('lang="pl" dir="ltr"', "Twoja wiadomość nie została wysłana", "Nie otrzymaliśmy Twojej wiadomości."),
    "ro": ('lang="ro" dir="ltr"', "Mesajul tău nu a fost trimis", "Nu am primit mesajul tău."),
    "ar": ('lang="ar" dir="rtl"', "لم تُرسل رسالتك", "لم نستلم رسالتك."),
}


def assert_not_sent_page(status, headers, html, language, words):
    html_attributes, heading, plainly = NOT_SENT[language]
    assert status == 503, html[:1000]
    assert f"<html {html_attributes}>" in html
    assert f"<h1>{heading}</h1>" in html
    assert plainly in html
    assert 'href="tel:999"' in html
    assert 'href="tel:08001111"' in html and "Childline" in html
    assert 'href="tel:01514960000"' in html and MASH_PHONE in html  # from KSCB_MASH_PHONE: no database needed
    assert f">{words}</textarea>" in html  # what they wrote, to copy
    assert "exit-this-page__button" in html
    assert headers["Retry-After"] == "120"
    assert "no-store" in headers["Cache-Control"]
    assert "Traceback" not in html and "OperationalError" not in html


@pytest.mark.parametrize("language", ["", "pl", "ro", "ar"])
def test_database_closed_at_send_says_plainly_it_was_not_sent(database_site, language):
    path = f"/{language}{FORM}" if language else FORM
    form = database_site.open_form(path)
    words = f"I dont feel safe at home {uuid.uuid4().hex[:6]}"
    database_site.forwarder.close()
    try:
        started = time.monotonic()
        status, headers, html = database_site.send(form, words, path=path)
        elapsed = time.monotonic() - started
    finally:
        database_site.forwarder.open()
    assert_not_sent_page(status, headers, html, language, words)
    assert elapsed < 10
    assert database_site.stored(words) == []  # the page told the truth: nothing was stored


def test_database_hanging_at_send_gives_the_same_page_within_a_bounded_time(database_site):
    form = database_site.open_form("/ar" + FORM)
    words = f"my dad hit my mum {uuid.uuid4().hex[:6]}"
    database_site.forwarder.hang()
    try:
        started = time.monotonic()
        status, headers, html = database_site.send(form, words, path="/ar" + FORM, timeout=60)
        elapsed = time.monotonic() - started
    finally:
        database_site.forwarder.open()
    assert_not_sent_page(status, headers, html, "ar", words)
    # Bounded by DB_CONNECT_TIMEOUT (without it the request waits for the web server to kill it).
    assert CONNECT_TIMEOUT <= elapsed < 3 * CONNECT_TIMEOUT + 2, elapsed
    assert database_site.stored(words) == []


def test_the_form_works_again_once_the_database_is_back(database_site):
    form = database_site.open_form()
    time.sleep(1.1)  # KSCB_FEEDBACK_MIN_SECONDS: a person, not a machine
    words = f"I like the youth club {uuid.uuid4().hex[:6]}"
    status, headers, _ = database_site.send(form, words)
    assert status == 302 and "/thanks/" in headers["Location"]
    assert database_site.stored(words) == [(False, "")]


def hold_token(database_url, form):
    """Another post with this start token, mid-transaction: its row is written, not yet committed."""
    import psycopg

    conn = psycopg.connect(database_url)
    conn.execute(
        "INSERT INTO feedback_usedstarttoken (digest, used_at) VALUES (%s, now())",
        [nonce_digest(read_started(form["started"])[1])],
    )
    return conn


def send_in_background(site, form, words):
    result = {}
    thread = threading.Thread(target=lambda: result.update(response=site.send(form, words)), daemon=True)
    thread.start()
    return thread, result


@pytest.mark.parametrize("other_post", ["commits", "fails"])
def test_a_post_waits_for_another_post_with_its_start_token(database_site, other_post):
    """The token is taken in the submission's transaction: a second post waits for the first to end,
    and is marked if it stored its message, unmarked if it did not."""
    form = database_site.open_form()
    time.sleep(1.1)
    other = hold_token(database_site.database_url, form)
    words = f"waiting post {uuid.uuid4().hex[:6]}"
    thread, result = send_in_background(database_site, form, words)
    try:
        thread.join(timeout=2)
        assert thread.is_alive(), "the second post did not wait for the first"
    finally:
        other.commit() if other_post == "commits" else other.rollback()
        other.close()
    thread.join(timeout=30)
    assert result["response"][0] == 302
    if other_post == "commits":
        assert database_site.stored(words) == [(True, "start token used before")]
    else:
        assert database_site.stored(words) == [(False, "")]


def test_two_posts_at_once_with_one_start_token_leave_exactly_one_unmarked(database_site):
    rounds = 8
    for round_number in range(rounds):
        form = database_site.open_form()
        time.sleep(1.1)
        words = f"two at once {round_number} {uuid.uuid4().hex[:6]}"
        gate = threading.Barrier(2)
        statuses = []

        def send(form=form, words=words, gate=gate, statuses=statuses):
            gate.wait()
            statuses.append(database_site.send(form, words)[0])

        threads = [threading.Thread(target=send) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert statuses == [302, 302]
        stored = database_site.stored(words)
        assert len(stored) == 2, stored
        assert sorted(stored) == [(False, ""), (True, "start token used before")], stored


def test_database_closed_any_page_gives_the_error_page_in_the_readers_language(database_site):
    database_site.forwarder.close()
    try:
        status, headers, html = database_site.request("GET", "/ar/priorities/")
    finally:
        database_site.forwarder.open()
    assert status == 503
    assert '<html lang="ar" dir="rtl">' in html
    assert "<h1>عذرًا، توجد مشكلة في الخدمة</h1>" in html
    assert 'href="tel:999"' in html and 'href="tel:08001111"' in html and 'href="tel:01514960000"' in html
    assert headers["Retry-After"] == "120"
