"""The site chrome (menu, breadcrumbs, language links, safeguarding words) shows what editors
publish and save on the next page view, and costs the same however much content there is."""

from home.models import SafeguardingSettings, StandardPage

NEWS_INDEX = "/news/"


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_chrome_is_on_every_page(client, db):
    html = html_of(client, "/priorities/domestic-abuse/")
    assert 'class="main-nav"' in html and 'class="breadcrumbs"' in html
    assert 'class="site-footer"' in html and "Worried about a child?" in html


def test_a_page_published_into_the_menu_shows_on_the_next_view(client, home_page):
    html_of(client, NEWS_INDEX)
    page = StandardPage(title="Getting help in school", slug="getting-help", show_in_menus=True, body=[])
    home_page.add_child(instance=page)
    page.save_revision().publish()
    assert ">Getting help in school</a>" in html_of(client, NEWS_INDEX)


def test_a_renamed_menu_page_shows_its_new_title(client, home_page):
    html_of(client, NEWS_INDEX)
    news = home_page.get_children().get(slug="news").specific
    news.title = "Board updates"
    news.save_revision().publish()
    assert ">Board updates</a>" in html_of(client, NEWS_INDEX)


def test_changed_safeguarding_contacts_show_on_the_next_view(client, site):
    html_of(client, NEWS_INDEX)
    contacts = SafeguardingSettings.for_site(site)
    contacts.quick_exit_url = "https://www.example.org/neutral"
    contacts.save()
    assert 'href="https://www.example.org/neutral"' in html_of(client, NEWS_INDEX)


def test_with_redis_down_pages_still_render_with_their_chrome(client, db, redis_down):
    html = html_of(client, NEWS_INDEX)
    assert 'class="main-nav"' in html and "Worried about a child?" in html


def test_the_menu_costs_the_same_with_3_and_12_menu_pages(client, home_page, count_queries):
    def add(count, prefix):
        for number in range(count):
            page = StandardPage(title=f"{prefix} {number}", slug=f"{prefix}-{number}", show_in_menus=True, body=[])
            home_page.add_child(instance=page)
            page.save_revision().publish()

    add(3, "few")
    few = count_queries(html_of, client, NEWS_INDEX)
    add(9, "more")
    assert count_queries(html_of, client, NEWS_INDEX) == few
    assert ">more 8</a>" in html_of(client, NEWS_INDEX)
