"""200 people confirm their email at once for a session with 20 places, through gunicorn on PostgreSQL:
exactly 20 places, 180 on the waiting list behind them in the order they confirmed, nobody twice."""

import re
import threading
import uuid
from html import unescape
from urllib.parse import urlencode

import psycopg
from django.core import signing

from training import tokens

PEOPLE, PLACES = 200, 20


def open_form(site, path):
    status, headers, html = site.request("GET", path)
    assert status == 200, html[:300]
    csrf = re.search(r"csrftoken=([^;]+)", " ".join(headers.get_all("Set-Cookie") or [])).group(1)
    token = unescape(re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1))
    return {"Cookie": f"csrftoken={csrf}", "Content-Type": "application/x-www-form-urlencoded"}, token


def all_at_once(jobs, workers=40):
    """Run the jobs on this many threads, released together."""
    results, lock, gate = [], threading.Lock(), threading.Barrier(workers)

    def run(mine):
        gate.wait()
        for job in mine:
            outcome = job()
            with lock:
                results.append(outcome)

    threads = [threading.Thread(target=run, args=(jobs[n::workers],)) for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    return results


def test_two_hundred_confirm_at_once_for_twenty_places(database_site):
    with psycopg.connect(database_site.database_url) as conn:
        session_pk = conn.execute(
            "INSERT INTO training_session (course_id, starts_at, ends_at, online, venue, access_information, "
            "joining_instructions, capacity, booking_deadline, cancelled, places_filled_archived, attended_archived) "
            "SELECT id, now() + interval '60 days', now() + interval '60 days 3 hours', false, 'Load test', '', '', "
            "%s, now() + interval '50 days', false, 0, 0 FROM training_course LIMIT 1 RETURNING id",
            [PLACES],
        ).fetchone()[0]
    path = f"/training-sessions/{session_pk}/"
    headers, csrf_token = open_form(database_site, path)
    run = uuid.uuid4().hex[:6]

    def asker(n):
        def ask():
            body = urlencode(
                {
                    "name": f"Person {n}",
                    "email": f"p{n}.{run}@load.example",
                    "organisation": "other",
                    "other_organisation": "Load test",
                    "role": "Tester",
                    "csrfmiddlewaretoken": csrf_token,
                }
            )
            return database_site.request("POST", path, body=body, headers=headers)[0]

        return ask

    assert sorted(set(all_at_once([asker(n) for n in range(PEOPLE)]))) == [302]
    # Asking twice with one address is one booking.
    assert database_site.request("POST", path, body=urlencode({"name": "Person 0", "email": f"p0.{run}@load.example",
        "organisation": "other", "other_organisation": "x", "role": "r", "csrfmiddlewaretoken": csrf_token}),
        headers=headers)[0] == 409  # fmt: skip

    with psycopg.connect(database_site.database_url) as conn:
        pks = [row[0] for row in conn.execute("SELECT id FROM training_booking WHERE session_id = %s", [session_pk])]
    assert len(pks) == PEOPLE

    def confirmer(pk):
        token = signing.dumps({"b": pk, "a": tokens.CONFIRM}, salt=tokens.SALT, key="test-only-not-secret")
        body = urlencode({"csrfmiddlewaretoken": csrf_token})
        return lambda: database_site.request("POST", f"/training-sessions/confirm/{token}/", body, headers)[0]

    assert sorted(set(all_at_once([confirmer(pk) for pk in pks]))) == [200]

    with psycopg.connect(database_site.database_url) as conn:
        rows = conn.execute(
            "SELECT status, queued_at, email FROM training_booking WHERE session_id = %s ORDER BY queued_at, id",
            [session_pk],
        ).fetchall()
    statuses = [status for status, _queued, _email in rows]
    assert statuses.count("confirmed") == PLACES
    assert statuses.count("waiting") == PEOPLE - PLACES
    assert statuses == ["confirmed"] * PLACES + ["waiting"] * (PEOPLE - PLACES), "places went to the first to confirm"
    assert len({email for _s, _q, email in rows}) == PEOPLE
    assert len({queued for _s, queued, _e in rows}) == PEOPLE, "every place in the queue is distinct"
