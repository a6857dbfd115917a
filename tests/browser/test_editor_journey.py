"""The editor journey of issue 20, end to end in real Chromium, on a served site of its own with the
Redis page cache on and a CDN to purge (tests/browser/journey_settings.py):

1. an editor (group Editors) creates a campaign under the demo's campaigns index with a review-by
   date in the past, adds three PDFs on the campaign assets' "Add several" screen and submits the
   campaign to the Moderators approval workflow; a reader gets 404 at its address meanwhile;
2. a moderator approves it from the dashboard; the reader sees it at once with its three assets
   (a new page-cache generation: a miss, then a hit) and the CDN was asked to purge its address;
3. a translator translates it into Polish in wagtail-localize's editor. Translators cannot publish
   (accounts/migrations/0001_staff_groups.py): the moderator publishes the Polish page from the same
   editor. The reader sees /pl/... in Polish, the English page's language switcher links it, the
   sitemap lists it and the CDN was asked to purge it;
4. Reports → Overdue and due soon lists the campaign as overdue, with its owner.

Each stage is one test; they share the module's state and run in order, and a stage whose
predecessor failed fails at once, naming it. Accounts are made with the ORM (tests/staff.py) and
facts are read back with it; everything a person does is done through the admin's screens.
"""

import datetime
import os
import re
import threading
import time
import uuid
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import expect

from home.demo.pdf import make_pdf
from tests.live_server import LiveSite, database_of_its_own, serve, stop
from tests.staff import STAFF_PASSWORD

from .conftest import NARROW, WIDE, fresh_code

pytestmark = pytest.mark.browser

REDIS_URL = os.environ.get("KSCB_TEST_REDIS_URL", "redis://127.0.0.1:6379/5")
EDITOR, MODERATOR, TRANSLATOR = "journey-editor", "journey-moderator", "journey-translator"
GROUPS = {EDITOR: "Editors", MODERATOR: "Moderators", TRANSLATOR: "Translators"}

TITLE = "Journey test campaign (illustrative)"
SUMMARY = "An illustrative campaign made by the editor journey test, not a real campaign."
POLISH_TITLE = "Kampania testowa (przykład)"
POLISH_SLUG = "kampania-testowa-przyklad"
POLISH_SUMMARY = "Przykładowa kampania utworzona przez test, nie prawdziwa kampania."
ASSET_FILES = ["journey-test-leaflet.pdf", "journey-test-poster.pdf", "journey-test-cot-card.pdf"]
ASSET_TITLES = ["Journey test leaflet", "Journey test poster", "Journey test cot card"]

MAKE_ACCOUNTS = f"""
from django.contrib.auth.models import Permission
from tests.staff import add_authenticator, make_user
users = {{}}
for username, group in {GROUPS!r}.items():
    users[username] = make_user(username, group)
    print(username, add_authenticator(users[username]).key)
# The Editors group has no permission on campaign assets (no migration gives it one): the journey's
# editor is given them as a person, so that the "Add several" screen is theirs to use.
asset_permissions = ["add_campaignasset", "change_campaignasset", "view_campaignasset"]
users[{EDITOR!r}].user_permissions.add(
    *Permission.objects.filter(content_type__app_label="campaigns", codename__in=asset_permissions)
)
"""


class PurgeRecorder(ThreadingHTTPServer):
    """A CDN's purge endpoint on loopback: records each PURGE it is sent as (host, path)."""

    def __init__(self):
        self.purged = []
        super().__init__(("127.0.0.1", 0), PurgeHandler)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}"


class PurgeHandler(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.server.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@dataclass
class Journey:
    site: LiveSite
    recorder: PurgeRecorder
    keys: dict
    screenshots: Path
    done: list = field(default_factory=list)
    facts: dict = field(default_factory=dict)

    def after(self, stage):
        """Fail at once, naming the earlier stage, when it did not finish."""
        if stage not in self.done:
            pytest.fail(f"Not run: this stage follows '{stage}', which failed or did not run.", pytrace=False)

    @contextmanager
    def step(self, name, page):
        """One thing a person does; a failure names it, where the browser was, and keeps a screenshot."""
        try:
            yield
        except Exception as error:
            shot = self.screenshots / (re.sub(r"[^a-z0-9]+", "-", name.lower()) + ".png")
            with suppress(Exception):
                page.screenshot(path=shot, full_page=True)
            pytest.fail(f"Step failed: {name}\n(at {page.url}; screenshot {shot})\n{error}", pytrace=False)

    def purged(self, path, seconds=10):
        """Whether the CDN was asked to purge `path` (waiting a little for the request to arrive)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if any(purged_path == path for _host, purged_path in self.recorder.purged):
                return True
            time.sleep(0.1)
        return False


def shell(site, code):
    """Python run against the served site's database; what it printed."""
    return site.manage("shell", "--verbosity=0", "-c", code).strip()


def redis_is_up():
    import redis

    try:
        redis.Redis.from_url(REDIS_URL).ping()
    except redis.ConnectionError as error:
        pytest.fail(f"Redis is needed at {REDIS_URL} (KSCB_TEST_REDIS_URL) for the page cache: {error}")


@pytest.fixture(scope="module")
def journey(tmp_path_factory):
    """The demo site on a database of its own under gunicorn, with the Redis page cache on (keys of
    this run's own) and the CDN purges going to a recorder; three staff accounts with authenticators."""
    redis_is_up()
    tmp_dir = tmp_path_factory.mktemp("journey-site")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.browser.journey_settings",
        "DATABASE_URL": database_of_its_own(tmp_dir, "journey"),
        "MEDIA_ROOT": str(tmp_dir / "media"),
        "REDIS_URL": REDIS_URL,
        "KSCB_PAGE_CACHE_SECONDS": "600",
        "KSCB_JOURNEY_RUN": uuid.uuid4().hex[:12],
    }
    site = LiveSite("", env)
    site.manage("migrate", "--noinput")
    site.manage("load_demo")
    keys = {}
    for line in shell(site, MAKE_ACCOUNTS).splitlines():
        username, _, key = line.partition(" ")
        if username in GROUPS:
            keys[username] = bytes.fromhex(key)
    recorder = PurgeRecorder()
    threading.Thread(target=recorder.serve_forever, daemon=True).start()
    # Only the server purges: the demo loader's publishes above went nowhere.
    site.env = {**env, "KSCB_JOURNEY_PURGE_URL": recorder.url}
    site.server, site.url = serve(site.env)
    yield Journey(site, recorder, keys, screenshots=tmp_dir)
    stop(site.server)
    recorder.shutdown()
    recorder.server_close()


def sign_in(page, journey, username):
    """Password, then the code the person's authenticator app shows, as staff sign in."""
    page.goto(journey.site.url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_label("Code").fill(fresh_code(journey.keys[username]))
    page.get_by_role("button", name="Continue").click()
    expect(page).to_have_url(journey.site.url + "/admin/")


@pytest.fixture(scope="module")
def person(chromium_browser, journey):
    """`person(username)`: that person's own browser, signed in on first use and kept for the module."""
    pages = {}

    def signed_in(username):
        if username not in pages:
            context = chromium_browser.new_context(viewport=WIDE)
            page = pages[username] = context.new_page()
            page.set_default_timeout(30_000)
            with journey.step(f"{username} signs in with a password and a code", page):
                sign_in(page, journey, username)
        return pages[username]

    yield signed_in
    for page in pages.values():
        page.context.close()


@pytest.fixture(scope="module")
def reader(chromium_browser):
    """A reader's browser: a new context, no cookies, never signed in. Each view asks the site: a
    route turns off the browser's own HTTP cache (Playwright's documented effect of routing), which
    would otherwise answer a repeat view itself for the page's max-age (KSCB_PAGE_MAX_AGE, 60 s), as
    any reader's browser may. The journey judges the page cache and the CDN purge, not that."""
    context = chromium_browser.new_context(viewport=WIDE)
    context.route("**/*", lambda route: route.continue_())
    page = context.new_page()
    page.set_default_timeout(30_000)
    yield page
    assert context.cookies() == [], "readers get no cookies"
    context.close()


def read(reader, journey, path):
    """The reader opens the address; the response (status and headers)."""
    response = reader.goto(journey.site.url + path)
    assert response is not None, path
    return response


def cached(reader, journey, path, tries=5):
    """Whether the reader gets the page from the page cache within a few views."""
    return any(read(reader, journey, path).headers.get("x-page-cache") == "hit" for _ in range(tries))


def page_id_in(url):
    return int(re.search(r"/admin/pages/(\d+)/edit/", url).group(1))


def url_of_page(journey, page_id):
    """Read back from the database: the page's address on the site."""
    return shell(journey.site, f"from wagtail.models import Page; print(Page.objects.get(pk={page_id}).url)")


# --- 1. The editor creates the campaign, adds its assets and submits it ---------------------------


def test_1_editor_creates_a_campaign_with_three_assets_and_submits_it(journey, person, reader, tmp_path):
    editor = person(EDITOR)
    facts = journey.facts
    index_id = shell(
        journey.site,
        "from campaigns.models import CampaignIndexPage; "
        "print(CampaignIndexPage.objects.get(locale__language_code='en-gb').pk)",
    )
    today = datetime.date.today()

    with journey.step("editor opens Pages → Campaigns → Add child page", editor):
        editor.goto(f"{journey.site.url}/admin/pages/{index_id}/")
        editor.get_by_role("link", name="Add child page").first.click()
        # Campaigns are the index's only page type: straight to the form.
        expect(editor).to_have_url(re.compile(r"/admin/pages/add/campaigns/campaignpage/\d+/"))

    with journey.step("editor fills in the title, summary and start date", editor):
        editor.locator("#id_title").fill(TITLE)
        editor.locator("#id_summary").fill(SUMMARY)
        editor.locator("#id_start_date").fill(today.isoformat())
        editor.keyboard.press("Escape")

    with journey.step("editor sets themself as owner and a past review-by date (Settings → Review)", editor):
        editor.get_by_role("tab", name="Settings").click()
        editor.get_by_role("button", name=re.compile(r"^Add review$", re.IGNORECASE)).click()
        editor.locator("#id_review-0-owner").select_option(label=EDITOR)
        editor.locator("#id_review-0-review_by").fill((today - datetime.timedelta(days=7)).isoformat())
        editor.keyboard.press("Escape")

    with journey.step("editor saves a draft", editor):
        editor.get_by_role("button", name=re.compile(r"^Save draft$", re.IGNORECASE)).click()
        expect(editor.locator(".messages")).to_contain_text(f"'{TITLE}' created")
        facts["page_id"] = page_id_in(editor.url)
    facts["path"] = url_of_page(journey, facts["page_id"])
    assert facts["path"].startswith("/campaigns/"), facts["path"]

    for name, title in zip(ASSET_FILES, ASSET_TITLES, strict=True):
        (tmp_path / name).write_bytes(make_pdf(title, ["An illustrative file made by the editor journey test."]))
    with journey.step("editor adds three PDFs on Campaign assets → Add several", editor):
        editor.get_by_role("link", name="Campaign assets").first.click()
        editor.get_by_role("link", name="Add several").click()
        # By name: this screen's labels are not tied to their fields (reported with the journey).
        editor.locator("select[name=campaign]").select_option(label=TITLE)
        editor.locator("select[name=kind]").select_option(label="Leaflet")
        editor.locator("select[name=audience]").select_option(label="Parents and carers")
        editor.locator("input[name=files]").set_input_files([tmp_path / name for name in ASSET_FILES])
        editor.get_by_role("button", name="Add assets").click()
        expect(editor.locator(".messages")).to_contain_text(f"3 assets added to {TITLE}")

    with journey.step("editor submits the page to the Moderators approval workflow", editor):
        editor.goto(f"{journey.site.url}/admin/pages/{facts['page_id']}/edit/")
        editor.get_by_role("button", name="More actions").click()
        editor.get_by_role("button", name=re.compile(r"^Submit to ")).click()
        expect(editor.locator(".messages")).to_contain_text("submitted for moderation")

    with journey.step("a reader finds nothing at its address, and the cached index does not list it", reader):
        assert read(reader, journey, facts["path"]).status == 404
        # Whether repeat views come from the page cache is judged in the last test, not here.
        journey.facts["index cached before approval"] = cached(reader, journey, "/campaigns/")
        expect(reader.get_by_text(TITLE)).to_have_count(0)
    journey.done.append("editor creates and submits")


# --- 2. The moderator approves; the reader sees it at once ---------------------------------------


def test_2_moderator_approves_and_the_reader_sees_it_at_once(journey, person, reader, assert_accessible):
    journey.after("editor creates and submits")
    facts = journey.facts
    moderator = person(MODERATOR)

    with journey.step("moderator approves it from the dashboard's Awaiting your review", moderator):
        awaiting = moderator.get_by_role("region", name="Awaiting your review")
        row = awaiting.get_by_role("row").filter(has_text=TITLE)
        row.get_by_role("button", name="Actions").click()
        moderator.get_by_role("button", name="Approve", exact=True).click()
        expect(row).to_have_count(0)

    with journey.step("the reader sees it at once at the same address, with its three assets", reader):
        first = read(reader, journey, facts["path"])
        assert first.status == 200
        # Publishing started a new page-cache generation: this view is rendered, the next is kept.
        assert first.headers.get("x-page-cache") == "miss"
        expect(reader.get_by_role("heading", level=1)).to_have_text(TITLE)
        expect(reader.locator(".asset__title")).to_have_text(sorted(ASSET_TITLES))
        facts["campaign cached after approval"] = cached(reader, journey, facts["path"])
        listing = read(reader, journey, "/campaigns/")
        facts["index after approval"] = listing.headers.get("x-page-cache")
        facts["index lists it after approval"] = reader.get_by_role("link", name=TITLE).count() > 0

    assert journey.purged(facts["path"]), f"The CDN was not asked to purge {facts['path']}: {journey.recorder.purged}"
    assert journey.purged("/campaigns/"), f"The CDN was not asked to purge the index: {journey.recorder.purged}"

    for viewport in (WIDE, NARROW):
        with journey.step(f"the campaign page passes axe-core at {viewport['width']} px", reader):
            reader.set_viewport_size(viewport)
            read(reader, journey, facts["path"])
            assert_accessible(reader)
    reader.set_viewport_size(WIDE)
    journey.done.append("moderator approves")


# --- 3. The translator translates it into Polish; it is published in Polish ----------------------


def translate_segment(page, source, translation):
    """In wagtail-localize's editor: the segment showing `source` → Translate → type → Save."""
    segment = page.locator("li").filter(has=page.get_by_text(source, exact=True)).last
    segment.get_by_role("button", name="Translate").click()
    segment.locator("textarea").fill(translation)
    segment.get_by_role("button", name="Save").click()
    expect(segment.get_by_role("button", name="Edit")).to_be_visible()


def test_3_translator_translates_it_into_polish_and_it_is_published(journey, person, reader, assert_accessible):
    journey.after("moderator approves")
    facts = journey.facts
    translator = person(TRANSLATOR)

    with journey.step("translator opens the page → Actions → Translate this page → Polski → Submit", translator):
        translator.goto(f"{journey.site.url}/admin/pages/{facts['page_id']}/edit/")
        translator.get_by_role("button", name="Actions").first.click()
        translator.get_by_role("link", name="Translate this page").click()
        translator.get_by_label("Polski").check()
        translator.get_by_role("button", name="Submit").click()
        expect(translator.get_by_text(re.compile("submitted for translation into Polski"))).to_be_visible()
        facts["polish_id"] = page_id_in(translator.url)

    with journey.step("translator translates the title, summary and slug in wagtail-localize's editor", translator):
        translate_segment(translator, TITLE, POLISH_TITLE)
        translate_segment(translator, SUMMARY, POLISH_SUMMARY)
        translator.get_by_role("tab", name="Promote").click()
        translate_segment(translator, facts["path"].strip("/").split("/")[-1], POLISH_SLUG)

    # Translators cannot publish (accounts/migrations/0001_staff_groups.py): a moderator opens the
    # same translation editor and publishes the translator's work.
    moderator = person(MODERATOR)
    with journey.step("moderator publishes the Polish page from the translation editor", moderator):
        moderator.goto(f"{journey.site.url}/admin/pages/{facts['polish_id']}/edit/")
        moderator.get_by_role("button", name="Publish in Polski").click()
        expect(moderator.get_by_text(f"Published '{POLISH_TITLE}' in Polski.")).to_be_visible()
    polish_path = url_of_page(journey, facts["polish_id"])
    assert polish_path == f"/pl/campaigns/{POLISH_SLUG}/"

    with journey.step("the reader sees the Polish page, in Polish, with the campaign's assets", reader):
        response = read(reader, journey, polish_path)
        assert response.status == 200
        assert response.headers.get("x-page-cache") == "miss"
        expect(reader.locator("html")).to_have_attribute("lang", "pl")
        expect(reader.get_by_role("heading", level=1)).to_have_text(POLISH_TITLE)
        # No Polish materials: every English one is still offered.
        expect(reader.locator(".asset__title")).to_have_count(len(ASSET_TITLES))
    assert journey.purged(polish_path), f"The CDN was not asked to purge {polish_path}: {journey.recorder.purged}"

    for viewport in (WIDE, NARROW):
        with journey.step(f"the Polish page passes axe-core at {viewport['width']} px", reader):
            reader.set_viewport_size(viewport)
            read(reader, journey, polish_path)
            assert_accessible(reader)
    reader.set_viewport_size(WIDE)

    # The English page's language switcher should link the Polish page: judged in test 7.
    read(reader, journey, facts["path"])
    polish_links = reader.get_by_role("navigation", name="Languages").get_by_role("link", name="Polski")
    facts["switcher links"] = [polish_links.nth(i).get_attribute("href") for i in range(polish_links.count())]
    facts["polish path"] = polish_path

    with journey.step("the sitemap lists the Polish page", reader):
        sitemap = reader.context.request.get(journey.site.url + "/sitemap.xml")
        assert sitemap.ok
        assert polish_path in sitemap.text()
    journey.done.append("translated into Polish")


# --- 4. The review-by date has passed: the overdue report shows it -------------------------------


def test_4_the_overdue_report_shows_the_campaign_with_its_owner(journey, person):
    journey.after("moderator approves")
    editor = person(EDITOR)

    with journey.step("editor opens Reports → Overdue and due soon", editor):
        editor.goto(journey.site.url + "/admin/")
        editor.get_by_role("button", name="Reports").click()
        editor.get_by_role("link", name="Overdue and due soon").click()
        expect(editor.get_by_role("heading", level=1)).to_contain_text("Overdue and due soon")

    with journey.step("the report lists the campaign as overdue, owned by the editor", editor):
        row = editor.locator("table.listing tbody tr").filter(has=editor.get_by_role("link", name=TITLE))
        expect(row).to_have_count(1)
        expect(row).to_contain_text("Overdue")
        expect(row).to_contain_text(EDITOR)


# --- 5. Repeat views came from the page cache ---------------------------------------------------


def test_5_repeat_views_came_from_the_page_cache(journey):
    """Judged last, so that the journey itself is checked whatever this finds."""
    journey.after("moderator approves")
    assert journey.facts["index cached before approval"], "the campaigns index was never a page-cache hit"
    assert journey.facts["campaign cached after approval"], "the campaign was never a page-cache hit"


def test_6_the_campaigns_index_lists_the_new_campaign_at_once(journey):
    """Judged apart, so that the journey itself is checked whatever this finds."""
    journey.after("moderator approves")
    assert journey.facts["index lists it after approval"], (
        f"/campaigns/ did not list the approved campaign (X-Page-Cache: {journey.facts['index after approval']})"
    )


def test_7_the_english_page_links_its_polish_translation_at_once(journey):
    """Judged apart, so that the journey itself is checked whatever this finds."""
    journey.after("translated into Polish")
    assert journey.facts["switcher links"] == [journey.facts["polish path"]], journey.facts["switcher links"]
