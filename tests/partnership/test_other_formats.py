"""Any page can offer an easy-read version and a British Sign Language video with captions: shown on
the page (the browser's own player, a captions track), refused with a clear message when the files are
not what they say, and one query per page at most (none once the page's fragment is kept)."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page

from partnership.models import OtherFormats
from partnership.templatetags.partnership_tags import other_formats
from tests.partnership.helpers import soup_of

Document = get_document_model()

# The first bytes of real files: enough for their type to be recognised.
WEBM = bytes.fromhex("1A45DFA39F4286810142F7810142F2810442F381084282") + b"\x84webm" + b"\x00" * 64
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64
VTT = b"WEBVTT\n\n00:00.000 --> 00:02.000\nHello.\n"
PAGE_URL = "/safeguarding-arrangements/"


def document(title, name, content):
    made = Document(title=title, file=ContentFile(content, name=name))
    made.save()
    return made


@pytest.fixture
def page(db):
    return Page.objects.get(slug="safeguarding-arrangements")


@pytest.fixture
def easy_read(db):
    return Page.objects.get(slug="yearly-report-easy-read")


@pytest.fixture
def formats(page, easy_read):
    made = OtherFormats(
        page=page,
        easy_read_page=easy_read,
        bsl_video=document("Arrangements in BSL", "arrangements-bsl.webm", WEBM),
        bsl_captions=document("Arrangements in BSL: captions", "arrangements-bsl.vtt", VTT),
    )
    made.full_clean()
    made.save()
    return made


def test_a_page_shows_its_easy_read_version_and_bsl_video_with_captions(client, formats):
    section = soup_of(client, PAGE_URL).find("section", class_="other-formats")
    assert section.find("h2").get_text() == "Other formats"
    assert section.find("a", href="/yearly-report-easy-read/").get_text() == "Easy read version"
    assert section.find("a", href="#bsl-video")
    video = section.find("video")
    assert video.has_attr("controls")
    source = video.find("source")
    assert source["type"] == "video/webm" and source["src"] == formats.bsl_video.url
    track = video.find("track")
    assert track["kind"] == "captions" and track["src"] == formats.bsl_captions.url and track.has_attr("default")
    assert track["srclang"] == "en-gb"
    # No outside player: nothing on the page loads from another site.
    assert not section.find(["iframe", "script"])


def test_the_demo_report_links_its_easy_read_version(client, db):
    section = soup_of(client, "/yearly-report/").find("section", class_="other-formats")
    assert section.find("a", href="/yearly-report-easy-read/")
    assert section.find("video") is None


def test_a_page_without_other_formats_shows_nothing(client, db):
    assert soup_of(client, PAGE_URL).find(class_="other-formats") is None


def test_saving_other_formats_shows_on_a_page_already_cached(client, page, easy_read):
    assert soup_of(client, PAGE_URL).find(class_="other-formats") is None
    OtherFormats.objects.create(page=page, easy_read_page=easy_read)
    assert soup_of(client, PAGE_URL).find(class_="other-formats") is not None


def test_an_mp4_video_is_accepted_with_its_type(page):
    formats = OtherFormats(
        page=page,
        bsl_video=document("Video", "video.mp4", MP4),
        bsl_captions=document("Captions", "captions.vtt", b"\xef\xbb\xbfWEBVTT - with a BOM\n"),
    )
    formats.full_clean()
    assert formats.video_type == "video/mp4"


@pytest.mark.parametrize(
    ("video", "captions", "field", "message"),
    [
        (("clip.webm", b"<html><script>alert(1)</script>"), ("c.vtt", VTT), "bsl_video", "contents are not a WEBM"),
        (("clip.mp4", WEBM), ("c.vtt", VTT), "bsl_video", "contents are not a MP4"),
        (("clip.pdf", b"%PDF-1.4"), ("c.vtt", VTT), "bsl_video", "must be an MP4 or WebM file"),
        (("clip.webm", WEBM), ("c.vtt", b"1\n00:00:00,000 --> 00:00:02,000\nHi\n"), "bsl_captions", "first line"),
        (("clip.webm", WEBM), ("c.vtt", b"WEBVTTX\n"), "bsl_captions", "first line must be 'WEBVTT'"),
        (("clip.webm", WEBM), ("c.txt", VTT), "bsl_captions", "must be a WebVTT file (.vtt)"),
        (("clip.webm", WEBM), None, "bsl_captions", "A video needs captions"),
    ],
)
def test_bad_files_are_refused_with_a_clear_message(page, video, captions, field, message):
    formats = OtherFormats(
        page=page,
        bsl_video=document("Video", *video),
        bsl_captions=document("Captions", *captions) if captions else None,
    )
    with pytest.raises(ValidationError) as refused:
        formats.full_clean()
    assert message in " ".join(refused.value.message_dict[field])


def test_an_empty_record_is_refused(page):
    with pytest.raises(ValidationError) as refused:
        OtherFormats(page=page).full_clean()
    assert "Choose an easy-read version" in refused.value.message_dict["easy_read_page"][0]


def test_the_admin_form_refuses_a_fake_video_and_says_why(admin_client, page):
    fake = document("Not a video", "not-a-video.webm", b"<html>not a video</html>")
    captions = document("Captions", "captions.vtt", VTT)
    response = admin_client.post(
        "/admin/snippets/partnership/otherformats/add/",
        {"page": page.pk, "easy_read_page": "", "bsl_video": fake.pk, "bsl_captions": captions.pk},
    )
    assert response.status_code == 200
    assert "its contents are not a WEBM video" in response.content.decode()
    assert not OtherFormats.objects.filter(page=page).exists()


def test_staff_can_add_other_formats_in_the_admin(admin_client, page, easy_read):
    response = admin_client.post(
        "/admin/snippets/partnership/otherformats/add/",
        {"page": page.pk, "easy_read_page": easy_read.pk, "bsl_video": "", "bsl_captions": "", "bsl_description": ""},
    )
    assert response.status_code == 302
    assert OtherFormats.objects.get(page=page).easy_read_page_id == easy_read.pk


def test_a_vtt_captions_file_can_be_uploaded_as_a_document(admin_client):
    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "Captions",
            "file": SimpleUploadedFile("captions.vtt", VTT, content_type="text/vtt"),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    assert Document.objects.filter(file__endswith=".vtt").exists()


def test_the_tag_reads_the_formats_in_one_query(rf, formats):
    request = rf.get(PAGE_URL)
    with CaptureQueriesContext(connection) as captured:
        context = other_formats({"request": request}, formats.page)
        context["formats"].bsl_video.url, context["formats"].bsl_captions.url, context["formats"].easy_read_page.title
    assert len(captured.captured_queries) == 1


def test_a_page_with_other_formats_costs_no_more_than_one_without(client, page, easy_read, count_queries):
    without = count_queries.cold(client.get, PAGE_URL)
    OtherFormats.objects.create(page=page, easy_read_page=easy_read)
    with_formats = count_queries.cold(client.get, PAGE_URL)
    assert with_formats <= without, (without, with_formats)


@pytest.mark.parametrize(("language", "heading"), [("pl", "Inne formaty"), ("ro", "Alte formate"), ("ar", "صيغ أخرى")])
def test_the_other_formats_words_are_translated(formats, language, heading):
    with translation.override(language):
        html = render_to_string("partnership/other_formats.html", {"formats": formats, "page": formats.page})
    assert heading in BeautifulSoup(html, "html.parser").find("h2").get_text()


def test_editors_may_manage_other_formats(db):
    editors = Group.objects.get(name="Editors")
    codenames = set(
        editors.permissions.filter(content_type__app_label="partnership").values_list("codename", flat=True)
    )
    assert {"add_otherformats", "change_otherformats", "delete_otherformats"} <= codenames
