"""The resource library's interface text reads in the page's language."""

import pytest

from resources.models import ResourceLibraryPage, ResourcePage
from tests.languages.translating import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def library():
    return ResourceLibraryPage.objects.get(slug="resources", locale__language_code="en-gb")


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("pl", ["Filtruj materiały", "Szukaj według słowa kluczowego", "Dla kogo", "Rodzaj materiału", "Od A do Z"]),
        ("ro", ["Filtrați resursele", "Căutați după cuvânt-cheie", "Pentru cine este", "Sortați după", "De la A la Z"]),
        ("ar", ["تصفية الموارد", "البحث بكلمة مفتاحية", "لمن هو", "الترتيب حسب", "الأحدث أولًا"]),
    ],
)
def test_library_filters_and_sorting_read_in_the_pages_language(client, library, language, words):
    translated = translate(library, language)
    html = client.get(translated.url).content.decode()
    for word in words:
        assert word in html, word
    for english in ("Filter resources", "Who it is for", "Newest first", "Sort by"):
        assert english not in html, english


def test_a_resource_page_reads_in_the_pages_language(client, library):
    translate(library, "pl")
    resource = ResourcePage.objects.filter(locale__language_code="en-gb").live().first()
    html = client.get(translate(resource, "pl").url).content.decode()
    assert "Ostatnio sprawdzono:" in html and "Pobierz ten materiał" in html
    assert "Last reviewed:" not in html and "Get this resource" not in html
