"""What readers see in the library and on a resource page."""

import re

from resources.bulk import bulk_add_resources
from resources.models import ResourcePage, Topic

from .conftest import get_ok


def result_titles(html):
    return re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', html)


def option_count(html, param, slug):
    match = re.search(rf'data-count-for="filter-{param}-{slug}">\((\d+)', html)
    return int(match.group(1))


def test_library_is_in_the_main_navigation(client, library):
    html = get_ok(client, "/").content.decode()
    assert f'href="{library.url}">Resources</a>' in html


def test_library_lists_every_resource_with_filters_and_counts(client, library):
    html = get_ok(client, library.url).content.decode()
    total = ResourcePage.objects.live().child_of(library).count()
    assert total >= 30
    assert f"{total} resources found" in html
    assert len(result_titles(html)) == 20  # first page
    assert option_count(html, "key_stage", "ks3") == ResourcePage.objects.filter(key_stages__slug="ks3").count()
    assert 'name="q"' in html and 'name="sort"' in html


def test_ks3_domestic_abuse_lessons_are_found_in_one_step(client, library):
    html = get_ok(client, library.url + "?topic=domestic-abuse&key_stage=ks3&type=lesson-plan").content.decode()
    titles = result_titles(html)
    assert "What is domestic abuse? KS3 lesson after the drama production" in titles
    assert "Healthy and unhealthy relationships: KS3 lesson" in titles
    assert all("KS3" in title for title in titles), titles
    assert 'value="ks3" id="filter-key_stage-ks3" checked' in html


def found(client, url):
    html = get_ok(client, url).content.decode()
    return int(re.search(r"(\d+) resources? found", html).group(1))


def test_options_within_a_facet_widen_and_facets_narrow(client, library):
    ks3 = found(client, library.url + "?key_stage=ks3")
    ks2 = found(client, library.url + "?key_stage=ks2")
    assert found(client, library.url + "?key_stage=ks3&key_stage=ks2") > max(ks2, ks3)
    narrowed = get_ok(client, library.url + "?key_stage=ks3&topic=substance-misuse").content.decode()
    assert set(result_titles(narrowed)) == {
        "Drugs and alcohol, making informed choices: KS3 lesson",
        "PSHE curriculum overview: safeguarding themes from KS2 to KS5",
    }


def test_keyword_search_and_a_to_z_sort(client, library):
    html = get_ok(client, library.url + "?q=safe+sleeping&sort=title").content.decode()
    titles = result_titles(html)
    assert titles == sorted(titles, key=str.casefold) and len(titles) >= 3
    assert all("sleep" in title.lower() for title in titles)


def test_an_empty_result_suggests_removing_the_last_filter(client, library):
    html = get_ok(client, library.url + "?key_stage=ks3&topic=safe-sleeping").content.decode()
    assert "0 resources found" in html
    ks3_count = ResourcePage.objects.filter(key_stages__slug="ks3").count()
    assert f'<a href="?key_stage=ks3">Remove “Safe sleeping” to see {ks3_count} resources</a>' in html
    # The order in the address is the order filters were added.
    html = get_ok(client, library.url + "?topic=safe-sleeping&key_stage=ks3").content.decode()
    assert "Remove “KS3 (ages 11 to 14)”" in html


def test_each_chosen_filter_can_be_removed(client, library):
    html = get_ok(client, library.url + "?q=lesson&topic=neglect&sort=title").content.decode()
    assert 'href="?topic=neglect&amp;sort=title"' in html  # remove the keywords
    assert 'href="?q=lesson&amp;sort=title"' in html  # remove the topic


def test_pagination_keeps_the_filters(client, library):
    neglect = Topic.objects.get(slug="neglect")
    bulk_add_resources(library, [{"title": f"Neglect note {n}", "topics": [neglect.pk]} for n in range(25)])
    html = get_ok(client, library.url + "?topic=neglect").content.decode()
    assert 'href="?topic=neglect&amp;page=2"' in html
    page_two = get_ok(client, library.url + "?topic=neglect&page=2").content.decode()
    assert "Page 2 of 2" in page_two


def test_unknown_sort_and_junk_parameters_are_harmless(client, library):
    html = get_ok(client, library.url + "?sort=drop-table&key_stage=&page=999").content.decode()
    assert "resources found" in html


def test_library_is_cacheable_and_sets_no_cookies(client, library):
    response = get_ok(client, library.url + "?topic=neglect")
    assert "public" in response["Cache-Control"]
    assert not response.cookies


def test_resource_page_shows_files_review_date_teacher_notes_and_facet_links(client, lesson, library):
    html = get_ok(client, lesson.url).content.decode()
    assert f'Last reviewed: <time datetime="{lesson.review.get().last_reviewed:%Y-%m-%d}">' in html
    document = lesson.files[0].value["document"]
    assert f'href="{document.url}"' in html
    assert "Learning outcomes" in html and "Pupils can explain what domestic abuse is." in html
    assert "Safeguarding note" in html and "Designated Safeguarding Lead" in html
    assert f'href="{library.url}?key_stage=ks3">KS3 (ages 11 to 14)</a>' in html
    assert f'href="{library.url}?topic=domestic-abuse">Domestic abuse</a>' in html


def test_resource_link_names_the_other_site(client, library):
    page = ResourcePage.objects.get(slug="safer-sleep-advice-lullaby-trust")
    html = get_ok(client, page.url).content.decode()
    assert 'href="https://www.lullabytrust.org.uk/safer-sleep-advice/"' in html
    assert "Website: www.lullabytrust.org.uk" in html


def test_facet_links_lead_back_to_a_library_containing_the_resource(client, lesson, library):
    html = get_ok(client, f"{library.url}?topic=domestic-abuse").content.decode()
    assert lesson.title in html


def facet_links_html(html):
    return re.search(r'<dl class="resource-facets">.*?</dl>', html, flags=re.S).group(0)


def test_a_topic_added_to_a_resource_shows_in_its_links_on_the_next_view(client, lesson, library):
    get_ok(client, lesson.url)
    neglect = Topic.objects.get(slug="neglect", locale=lesson.locale)
    lesson.topics.add(neglect)
    lesson.save_revision().publish()
    html = facet_links_html(get_ok(client, lesson.url).content.decode())
    assert f'href="{library.url}?topic=neglect">' in html
