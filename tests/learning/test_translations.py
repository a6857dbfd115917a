"""A translated library and briefing: the app's own strings come from learning/locale."""

from wagtail.models import Locale

from .conftest import soup_of


def test_a_polish_library_and_briefing_speak_polish(client, library, briefing):
    polish = Locale.objects.get(language_code="pl")
    translated_library = library.copy_for_translation(polish, copy_parents=True)
    translated_library.save_revision().publish()
    translated_briefing = briefing.copy_for_translation(polish)
    translated_briefing.save_revision().publish()

    soup = soup_of(client, translated_library.url)
    assert soup.find("html")["lang"] == "pl"
    assert soup.find("h2", id="library-count").get_text(strip=True) == "Znaleziono 1 pozycję"
    assert "7-minutowa notatka" in soup.find("form", class_="library-filters").get_text()

    soup = soup_of(client, translated_briefing.url)
    assert [heading.get_text(" ", strip=True) for heading in soup.select(".briefing__part h2")][:2] == [
        "1 Kontekst",
        "2 Dlaczego to ważne",
    ]
    assert soup.find("button", string="Mój zespół skorzystał z tej notatki")
