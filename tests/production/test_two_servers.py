"""Several app servers: two gunicorn instances on loopback share one PostgreSQL, one
Redis and one S3-compatible server, with the page cache on. A change made through one
(or by a command, as the scheduler runs publish_scheduled) is served fresh by both:
a publish, an unpublish, a scheduled publish, a snippet save, a setting save and an
image replacement; and a document and an image uploaded through one are served by the other.

Each freshness test first has the old page in the shared page cache on both servers
(`X-Page-Cache: hit`), so it fails if saving stopped starting a new cache generation.
"""

import io
import re
import time

import pytest
import requests
from django_otp.oath import totp
from PIL import Image

from .conftest import AppServer, manage

ADMIN_USER, ADMIN_PASSWORD = "publisher", "two-servers-only-password"
# Superusers must use two-factor authentication: the publisher's authenticator key (hex).
ADMIN_TOTP_KEY = "7075626c69736865722d74776f2d73657276657273"


@pytest.fixture(scope="module")
def servers(production_env):
    manage(production_env, "migrate", "--noinput")
    manage(production_env, "collectstatic", "--noinput")
    # Demo images and PDFs go to S3 through default_storage.
    manage(production_env, "load_demo")
    manage(
        production_env,
        "shell",
        "--verbosity=0",
        "-c",
        f"from django.contrib.auth import get_user_model; "
        f"from django_otp.plugins.otp_totp.models import TOTPDevice; "
        f"user = get_user_model().objects.create_superuser('{ADMIN_USER}', 'p@kscb.example', '{ADMIN_PASSWORD}'); "
        f"TOTPDevice.objects.create(user=user, name='Publisher', key='{ADMIN_TOTP_KEY}', confirmed=True)",
    )
    first, second = AppServer(production_env), AppServer(production_env)
    yield first, second
    first.stop()
    second.stop()


class Editor:
    """A signed-in editor on one server. Cookies are passed by hand: production marks them Secure."""

    def __init__(self, server):
        self.server = server
        self.cookies = {}
        form = self.get("/admin/login/")
        self.post("/admin/login/", form, {"username": ADMIN_USER, "password": ADMIN_PASSWORD})
        assert "sessionid" in self.cookies
        self.enter_code()

    def enter_code(self):
        """The second factor, as superusers must: the code the publisher's app shows now."""
        form = self.get("/admin/two-factor/verify/")
        code = f"{totp(bytes.fromhex(ADMIN_TOTP_KEY)):06d}"
        response = self.post("/admin/two-factor/verify/", form, {"code": code})
        assert response.headers["Location"] == "/admin/", response.text[:2000]

    def get(self, path):
        response = requests.get(self.server.url + path, cookies=self.cookies, allow_redirects=False, timeout=30)
        self.cookies.update(response.cookies.get_dict())
        return response

    def post(self, path, form_page, data, files=None):
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form_page.text).group(1)
        response = requests.post(
            self.server.url + path,
            data={"csrfmiddlewaretoken": token, **data},
            files=files,
            cookies=self.cookies,
            allow_redirects=False,
            timeout=30,
        )
        self.cookies.update(response.cookies.get_dict())
        assert response.status_code in {200, 302}, response.text[:2000]
        return response


@pytest.fixture(scope="module")
def editor(servers):
    """Signed in once for the module: each code works once, so sign-ins within 30 seconds would clash."""
    return Editor(servers[0])


def reader_get(server, path):
    # One public address for both servers, as behind a load balancer: they share page-cache entries.
    response = requests.get(server.url + path, headers={"Host": "localhost"}, allow_redirects=False, timeout=30)
    assert not response.cookies, "readers get no cookies"
    return response


def shell(env, code):
    """Run Python in a manage.py shell of its own (as a cron job or another server would)."""
    return manage(env, "shell", "--verbosity=0", "-c", code).strip()


def cached_on_both(servers, *paths):
    """Readers have each page, as it is now, from the shared page cache on both servers."""
    pages = {}
    for path in paths:
        reader_get(servers[0], path)
        for server in servers:
            response = reader_get(server, path)
            assert response.status_code == 200 and response.headers["X-Page-Cache"] == "hit", path
        pages[path] = response.text
    return pages


def next_on_both(servers, path):
    """The next request for the page to each server."""
    return [reader_get(server, path) for server in servers]


def test_a_page_published_through_one_server_is_fresh_on_the_other(servers, editor, production_env):
    first, second = servers
    page_id = manage(
        production_env,
        "shell",
        "--verbosity=0",
        "-c",
        "from home.models import NewsPage; p = NewsPage.objects.live().order_by('pk').first(); "
        "p.title = 'Safe sleeping: new leaflets for parents'; p.save_revision(); print(p.pk, p.url)",
    ).split()[-2:]
    page_id, page_url = int(page_id[0]), page_id[1]
    # The reader's copy on the second server is cached (shared Redis) with the old title.
    reader_get(second, page_url)
    cached = reader_get(second, page_url)
    assert cached.headers["X-Page-Cache"] == "hit"
    assert "Safe sleeping: new leaflets for parents" not in cached.text

    form = editor.get(f"/admin/bulk/wagtailcore/page/publish/?id={page_id}")
    editor.post(f"/admin/bulk/wagtailcore/page/publish/?id={page_id}", form, {})

    fresh = reader_get(second, page_url)
    assert fresh.headers["X-Page-Cache"] == "miss"
    assert "Safe sleeping: new leaflets for parents" in fresh.text
    listing = reader_get(second, "/news/")
    assert "Safe sleeping: new leaflets for parents" in listing.text


def test_a_page_unpublished_through_one_server_is_gone_from_both(servers, editor, production_env):
    page_id, page_url, title = shell(
        production_env,
        "from home.models import NewsPage; p = NewsPage.objects.live().order_by('-date', '-pk').first(); "
        "print(p.pk, p.url, p.title, sep='|')",
    ).split("|")
    before = cached_on_both(servers, page_url, "/news/")
    assert title in before["/news/"]

    form = editor.get(f"/admin/bulk/wagtailcore/page/unpublish/?id={page_id}")
    editor.post(f"/admin/bulk/wagtailcore/page/unpublish/?id={page_id}", form, {})

    assert [response.status_code for response in next_on_both(servers, page_url)] == [404, 404]
    for listing in next_on_both(servers, "/news/"):
        assert listing.status_code == 200 and title not in listing.text


def test_a_scheduled_publish_reaches_both_servers_when_publish_scheduled_runs(servers, production_env):
    title = "Knowsley safeguarding week: sessions for parents"
    page_url = shell(
        production_env,
        "import datetime; from django.utils import timezone; from home.models import NewsIndexPage, NewsPage; "
        "index = NewsIndexPage.objects.live().first(); "
        f"page = NewsPage(title={title!r}, slug='safeguarding-week', live=False, "
        "go_live_at=timezone.now() + datetime.timedelta(seconds=3), "
        "body=[('paragraph', '<p>Free sessions in every library.</p>')]); "
        "index.add_child(instance=page); page.save_revision().publish(); "
        "page.refresh_from_db(); assert not page.live and page.get_latest_revision().approved_go_live_at; "
        "print(index.url + page.slug + '/')",
    )
    before = cached_on_both(servers, "/news/")
    assert title not in before["/news/"]
    assert reader_get(servers[1], page_url).status_code == 404
    time.sleep(3)

    manage(production_env, "publish_scheduled")

    for listing in next_on_both(servers, "/news/"):
        assert title in listing.text
    for page in next_on_both(servers, page_url):
        assert page.status_code == 200 and "Free sessions in every library." in page.text


def test_a_snippet_saved_is_on_every_page_of_both_servers(servers, production_env):
    """The 'Worried about a child?' words are a snippet shown on every page."""
    heading = "Worried about a child or young person?"
    pages = cached_on_both(servers, "/", "/news/")
    assert heading not in pages["/"]

    shell(
        production_env,
        "from wagtail.models import Site; from home.models import SafeguardingSettings; "
        "text = SafeguardingSettings.for_site(Site.objects.get(is_default_site=True)).text; "
        f"text.worried_heading = {heading!r}; text.save()",
    )

    for path in ("/", "/news/"):
        for response in next_on_both(servers, path):
            assert heading in response.text, path


def test_a_setting_saved_is_on_every_page_of_both_servers(servers, production_env):
    """The 'Exit this page' address is a site setting on every page."""
    exit_url = "https://www.bbc.co.uk/food"
    pages = cached_on_both(servers, "/", "/news/")
    assert exit_url not in pages["/"]

    shell(
        production_env,
        "from wagtail.models import Site; from home.models import SafeguardingSettings; "
        "contacts = SafeguardingSettings.for_site(Site.objects.get(is_default_site=True)); "
        f"contacts.quick_exit_url = {exit_url!r}; contacts.save()",
    )

    for path in ("/", "/news/"):
        for response in next_on_both(servers, path):
            assert f'href="{exit_url}"' in response.text, path


def png(colour):
    upload = io.BytesIO()
    Image.new("RGB", (800, 450), colour).save(upload, "PNG")
    return upload.getvalue()


def test_an_image_replaced_through_one_server_is_shown_by_both(servers, editor, production_env):
    """An editor uploads a new file for an image: both servers show the new file's renditions."""
    form = editor.get("/admin/images/add/")
    editor.post(
        "/admin/images/add/",
        form,
        {"title": "Safer sleep card", "collection": "1"},
        files={"file": ("safer-sleep-old.png", png("#aa2200"), "image/png")},
    )
    image_id = shell(
        production_env,
        "from wagtail.images.models import Image; from home.models import NewsPage; "
        "image = Image.objects.get(title='Safer sleep card'); "
        "page = NewsPage.objects.live().order_by('-date', '-pk').first(); "
        "page.listing_image = image; page.save_revision().publish(); print(image.pk)",
    )
    before = cached_on_both(servers, "/news/")
    assert "safer-sleep-old" in before["/news/"]

    form = editor.get(f"/admin/images/{image_id}/")
    editor.post(
        f"/admin/images/{image_id}/",
        form,
        {"title": "Safer sleep card", "collection": "1", "description": ""},
        files={"file": ("safer-sleep-new.png", png("#0044aa"), "image/png")},
    )

    for listing in next_on_both(servers, "/news/"):
        assert "safer-sleep-old" not in listing.text
        source = re.search(r'<img[^>]+src="([^"]*safer-sleep-new[^"]*)"', listing.text).group(1)
        served = requests.get(source.replace("&amp;", "&"), timeout=30)
        assert served.status_code == 200
        colour = Image.open(io.BytesIO(served.content)).convert("RGB").getpixel((10, 10))
        assert colour[2] > 150 and colour[0] < 50, colour  # the new blue, not the old red


def test_a_document_uploaded_through_one_server_is_served_by_the_other(servers, editor, production_env):
    first, second = servers
    form = editor.get("/admin/documents/add/")
    body = b"%PDF-1.4\n% KSCB multi-agency threshold guidance (test upload)\n%%EOF\n"
    response = editor.post(
        "/admin/documents/add/",
        form,
        {"title": "Threshold guidance", "collection": "1"},
        files={"file": ("threshold-guidance.pdf", body, "application/pdf")},
    )
    assert response.status_code == 302
    document_id = manage(
        production_env,
        "shell",
        "--verbosity=0",
        "-c",
        "from wagtail.documents.models import Document; print(Document.objects.get(title='Threshold guidance').pk)",
    ).split()[-1]

    served = reader_get(second, f"/documents/{document_id}/threshold-guidance.pdf")
    assert served.status_code == 200
    assert served.content == body
    # Wagtail's serve view applies its rules: the right type, a download, and no sniffing.
    assert served.headers["Content-Type"] == "application/pdf"
    assert served.headers["Content-Disposition"].startswith("inline")  # PDFs open in the browser
    assert served.headers["X-Content-Type-Options"] == "nosniff"


def test_an_image_uploaded_through_one_server_is_rendered_by_the_other(servers, editor, production_env):
    first, second = servers
    form = editor.get("/admin/images/add/")
    upload = io.BytesIO()
    Image.new("RGB", (800, 450), "#1d3e6e").save(upload, "PNG")
    editor.post(
        "/admin/images/add/",
        form,
        {"title": "Baby box leaflet cover", "collection": "1"},
        files={"file": ("baby-box.png", upload.getvalue(), "image/png")},
    )
    # The second server makes a WebP rendition from the original it reads back from S3.
    url = manage(
        production_env,
        "shell",
        "--verbosity=0",
        "-c",
        "from wagtail.images.models import Image; from wagtail.images.views.serve import generate_image_url; "
        "print(generate_image_url(Image.objects.get(title='Baby box leaflet cover'), 'width-400|format-webp'))",
    ).split()[-1]
    served = reader_get(second, url)
    assert served.status_code == 200
    assert served.headers["Content-Type"] == "image/webp"
    assert Image.open(io.BytesIO(served.content)).size == (400, 225)


def test_site_search_on_postgresql_finds_pages_through_the_title_body_index(servers, postgres_database):
    """Wagtail searches `title || body`; home's migration 0005 indexes that very expression."""
    import psycopg

    response = requests.get(servers[1].url + "/search/?q=safe+sleeping", timeout=30)
    assert response.status_code == 200
    assert "Safe sleeping" in response.text

    with psycopg.connect(postgres_database) as conn:
        conn.execute("SET enable_seqscan = off")  # a small table: make the planner show what it can use
        plan = "\n".join(
            row[0]
            for row in conn.execute(
                "EXPLAIN SELECT object_id FROM wagtailsearch_indexentry "
                "WHERE (title || body) @@ to_tsquery('simple', 'sleeping')"
            )
        )
    assert "kscb_search_title_body_gin" in plan, plan
