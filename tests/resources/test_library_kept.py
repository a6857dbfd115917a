"""The library's filters and results are kept per generation for each set of chosen options
({% pagevariant %}): a second view with the same choices renders none of it again, while
typed keywords are never kept and a published change shows on the next view."""

import re

from home import memory
from resources.models import ResourcePage
from tests.rendering import view_counting_renders

FILTERS_TEMPLATE = "components/resources/library_filters.html"


def view(client, url):
    return view_counting_renders(client, url, FILTERS_TEMPLATE)


def test_the_same_choices_reuse_the_kept_library_and_other_choices_get_their_own(client, library):
    url = library.url + "?topic=domestic-abuse&key_stage=ks3"
    first, rendered_first = view(client, url)
    second, rendered_second = view(client, url)
    assert (rendered_first, rendered_second) == (1, 0)
    assert second == first

    # The same options in another order list the chosen filters in that order: its own entry.
    reordered, rendered = view(client, library.url + "?key_stage=ks3&topic=domestic-abuse")
    assert rendered == 1
    assert reordered.index("filter Key Stage:") < reordered.index("filter Topic:")
    assert first.index("filter Topic:") < first.index("filter Key Stage:")

    page_two, rendered = view(client, library.url + "?page=2")
    assert rendered == 1 and "Page 2 of" in page_two and "Page 2 of" not in first


def test_typed_keywords_are_rendered_every_time_and_never_kept(client, library):
    for _ in range(2):
        html, rendered = view(client, library.url + "?q=bruises+at+home")
        assert rendered == 1
        assert "bruises at home" in html
    assert not any("bruises" in repr(key) for key in memory._memo)
    assert "bruises" not in view(client, library.url)[0]


def test_a_resource_published_shows_in_the_kept_library_on_the_next_view(client, library):
    before, _ = view(client, library.url)
    first_card = re.search(r'class="card__title"><a href="([^"]+)"', before).group(1)
    resource = ResourcePage.objects.get(url_path__endswith=first_card)
    resource.title = "Keeping safe online: a lesson for year 8"
    resource.save_revision().publish()
    after, rendered = view(client, library.url)
    assert rendered == 1
    assert "Keeping safe online: a lesson for year 8" in after and after != before
