"""Generated bad input against the public endpoints: never a server error, never reflected markup.

Examples per test: KSCB_FUZZ_EXAMPLES (default 60 in `make test`; raise it for a deeper run,
e.g. KSCB_FUZZ_EXAMPLES=2000 .venv/bin/pytest tests/security/test_fuzz.py).
"""

import os
from urllib.parse import quote

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("KSCB_FUZZ_EXAMPLES", "60"))
fuzz = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=400)
markup = st.sampled_from(['<script>alert("x")</script>', '"><img src=x onerror=alert(1)>', "<svg/onload=alert(1)>"])


@fuzz
@given(query=any_text, page=st.one_of(any_text, st.integers()))
def test_search_never_fails(client, db, query, page):
    response = client.get("/search/", {"q": query, "page": page})
    assert response.status_code in (200, 400)


@fuzz
@given(prefix=any_text, attack=markup)
def test_search_never_reflects_markup(client, db, prefix, attack):
    html = client.get("/search/", {"q": prefix[:50] + attack}).content.decode()
    assert attack not in html


@fuzz
@given(path=any_text)
def test_odd_page_urls_answer_cleanly(client, db, path):
    response = client.get("/" + quote(path, safe="/") + "/")
    assert response.status_code in (200, 301, 302, 404)


@fuzz
@given(page=any_text)
def test_listing_pagination_accepts_anything(client, db, page):
    for url in ("/news/", "/publications/"):
        assert client.get(url, {"page": page}).status_code == 200
