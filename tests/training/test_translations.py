"""The training pages and booking emails in every content language (training/locale/): Polish, Romanian and
Arabic (right to left). The words are machine-assisted and need a native speaker's check; these tests make
sure they are used, and that no string in the code is left without a translation."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core import mail
from django.utils import dateformat, timezone, translation
from wagtail.models import Locale

from training.emails import SUBJECTS
from training.models import Booking, Status, TrainingIndexPage

from .test_booking import DETAILS, mailbox  # noqa: F401 (a fixture)

TRAINING = Path(settings.BASE_DIR) / "training"
LANGUAGES = ("pl", "ro", "ar")
NPLURALS = {"pl": 3, "ro": 3, "ar": 6}
PLACEHOLDER = re.compile(r"%\(\w+\)s")


def catalogue(language, root=TRAINING):
    return polib.pofile(str(root / "locale" / language / "LC_MESSAGES" / "django.po"))


def problems_in(po, language):
    """Every entry that a reader would see in English, or with a broken placeholder."""
    found = [f"untranslated: {entry.msgid!r}" for entry in po.untranslated_entries()]
    found += [f"fuzzy: {entry.msgid!r}" for entry in po.fuzzy_entries()]
    found += [f"no longer in the code: {entry.msgid!r}" for entry in po.obsolete_entries()]
    for entry in po.translated_entries():
        wanted = set(PLACEHOLDER.findall(entry.msgid))
        if entry.msgid_plural:
            forms = entry.msgstr_plural
            if len(forms) != NPLURALS[language]:
                found.append(f"{len(forms)} plural forms, not {NPLURALS[language]}: {entry.msgid!r}")
            # Arabic says "one place", "two places" in words: only the other forms need the number.
            wanted_in_every_form = wanted - {"%(places)s", "%(sessions)s", "%(hours)s"}
            if any(not wanted_in_every_form <= set(PLACEHOLDER.findall(text)) for text in forms.values()):
                found.append(f"a placeholder is missing: {entry.msgid!r}")
            if set(PLACEHOLDER.findall(forms[len(forms) - 1])) != wanted:
                found.append(f"placeholders differ in the last form: {entry.msgid!r}")
        elif set(PLACEHOLDER.findall(entry.msgstr)) != wanted:
            found.append(f"placeholders differ: {entry.msgid!r}")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_with_its_placeholders(language):
    po = catalogue(language)
    assert len(po) > 100
    assert "native speaker" in po.header and "MACHINE-ASSISTED" in po.header
    assert po.metadata["Language"] == language
    assert f"nplurals={NPLURALS[language]};" in po.metadata["Plural-Forms"].replace(" ", "")
    assert problems_in(po, language) == []


def test_the_catalogue_is_up_to_date_with_the_code(tmp_path):
    """makemessages on a copy of the app: a string added to the code and not translated fails here."""
    copy = tmp_path / "training"
    shutil.copytree(TRAINING, copy, ignore=shutil.ignore_patterns("static", "__pycache__", "*.mo"))
    subprocess.run(
        [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), "makemessages", "--ignore=static"]
        + [f"-l{language}" for language in LANGUAGES],
        cwd=copy,
        check=True,
        capture_output=True,
    )
    for language in LANGUAGES:
        assert problems_in(catalogue(language, root=copy), language) == [], (
            f"run makemessages in training/ and translate the new strings ({language})"
        )


def test_every_email_subject_is_in_the_catalogue():
    msgids = {entry.msgid for entry in catalogue("pl")}
    assert set(SUBJECTS.values()) <= msgids


def page_in(client, url, language, direction, words):
    """The page's HTML, after checking it is in the language, in its direction, with these words."""
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert [word for word in words if word not in html] == []
    return html


@pytest.mark.parametrize(
    ("language", "direction", "words"),
    [
        ("pl", "ltr", ["Zarezerwuj miejsce", "Służbowy adres e-mail", "Kiedy", "Wolne miejsca", "czas brytyjski"]),
        ("ro", "ltr", ["Rezervați un loc", "Adresa de e-mail de serviciu", "Când", "Locuri rămase"]),
        ("ar", "rtl", ["احجز مقعدًا", "بريدك الإلكتروني للعمل", "متى", "المقاعد المتبقية", "أضف إلى التقويم"]),
    ],
)
def test_the_booking_page_speaks_the_readers_language(client, session, language, direction, words):
    html = page_in(client, f"/{language}/training-sessions/{session.pk}/", language, direction, words)
    assert "Book a place" not in html and "Your work email" not in html


def test_form_errors_are_translated(client, session):
    html = client.post(f"/pl/training-sessions/{session.pk}/", {**DETAILS, "other_organisation": ""}).content.decode()
    assert "Wystąpił problem" in html and "Wpisz nazwę swojej organizacji." in html


@pytest.fixture
def calendar_in(db):
    """The calendar page copied into a language (its own words stay in English until an editor translates them)."""

    def translate(language):
        english = TrainingIndexPage.objects.live().get(locale__language_code="en-gb")
        page = english.copy_for_translation(Locale.objects.get(language_code=language), copy_parents=True)
        page.save_revision().publish()
        return page

    return translate


@pytest.mark.parametrize(
    ("language", "direction", "words"),
    [
        ("pl", "ltr", ["Znajdź szkolenie", "Pokaż szkolenia", "Nasze kursy", "Dla kogo", "Dowolny", "łącznie"]),
        ("ar", "rtl", ["ابحث عن جلسة", "اعرض الجلسات", "دوراتنا", "اشترك في تقويم التدريب", "الكل", "إجمالًا"]),
    ],
)
def test_the_calendar_speaks_the_readers_language(client, calendar_in, language, direction, words):
    page = calendar_in(language)
    assert page.url.startswith(f"/{language}/")
    html = page_in(client, page.url, language, direction, words)
    assert "Find a session" not in html and "places filled overall" not in html


@pytest.mark.parametrize(
    ("places", "polish"),
    [(1, "Zostało 1 miejsce"), (3, "Zostały 3 miejsca"), (5, "Zostało 5 miejsc"), (22, "Zostały 22 miejsca")],
)
def test_polish_counts_use_the_right_plural(client, calendar_in, course, places, polish):
    from .conftest import make_session

    make_session(course, days=400, capacity=places)
    html = client.get(calendar_in("pl").url, {"level": course.level}).content.decode()
    assert polish in html


def test_a_booker_who_booked_in_polish_gets_polish_emails(client, mailbox, session):  # noqa: F811
    response = mailbox.post(client, f"/pl/training-sessions/{session.pk}/", DETAILS)
    assert response.status_code == 302 and response["Location"].startswith("/pl/")
    assert "Sprawdź swoją skrzynkę e-mail" in client.get(response["Location"]).content.decode()
    assert Booking.objects.get(session=session).language == "pl"

    (asking,) = mail.outbox
    assert asking.subject == "Potwierdź swój e-mail, aby zarezerwować miejsce na szkoleniu"
    assert "Dzień dobry, Ștefan Dumitrescu," in asking.body
    assert "Poprosiłeś lub poprosiłaś o miejsce na:" in asking.body
    hours = settings.KSCB_TRAINING_CONFIRM_HOURS
    assert f"w ciągu {hours} godzin" in asking.body
    assert "Rada ds. Ochrony Dzieci w Knowsley" in asking.body
    assert "Hello" not in asking.body and "Confirm your work email" not in asking.body

    confirm = re.search(r"https?://[^/\s]+(/pl/training-sessions/confirm/[^\s]+/)", asking.body).group(1)
    assert "Potwierdzam mój e-mail" in client.get(confirm).content.decode()
    done = mailbox.post(client, confirm)
    assert "Twoje miejsce jest potwierdzone" in done.content.decode()
    assert Booking.objects.get(session=session).status == Status.CONFIRMED

    confirmed = mail.outbox[-1]
    assert confirmed.subject == "Twoje miejsce na szkoleniu jest potwierdzone"
    assert "Twoje miejsce jest potwierdzone na:" in confirmed.body
    assert "Jak dołączyć:" in confirmed.body and "Sign in at reception." in confirmed.body
    assert "anuluj rezerwację" in confirmed.body


def test_an_english_booker_still_gets_english_emails(client, mailbox, session):  # noqa: F811
    mailbox.post(client, f"/training-sessions/{session.pk}/", DETAILS)
    (asking,) = mail.outbox
    assert asking.subject == "Confirm your email to book your training place"
    assert "Hello Ștefan Dumitrescu," in asking.body


def test_polish_dates_say_the_day_of_the_month_in_the_genitive(client, mailbox, session):  # noqa: F811
    """Dates read "3 grudnia 2026", not "3 grudzień 2026": the templates use the month's alternative (genitive) name."""
    with translation.override("pl"):
        starts = timezone.localtime(session.starts_at)
        genitive, nominative = dateformat.format(starts, "j E Y"), dateformat.format(starts, "j F Y")
    assert genitive != nominative
    html = client.get(f"/pl/training-sessions/{session.pk}/").content.decode()
    assert genitive in html and nominative not in html
    mailbox.post(client, f"/pl/training-sessions/{session.pk}/", DETAILS)
    (asking,) = mail.outbox
    assert genitive in asking.body and nominative not in asking.body


def test_the_calendar_names_levels_audiences_and_formats_in_the_readers_language(client, calendar_in):
    html = client.get(calendar_in("pl").url).content.decode()
    assert "Poziom 2" in html and "Stacjonarnie" in html and "Wszyscy, którzy pracują z dziećmi" in html
    assert "Face to face" not in html and "Everyone who works with children" not in html
