"""Campaign pages as a visitor and an editor see them."""

import datetime
import re

import pytest
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from campaigns.models import CampaignIndexPage, CampaignPage
from home.demo.helpers import ensure_pdf


def test_index_lists_current_campaigns_before_past_ones(client, safe_sleeping, domestic_abuse):
    domestic_abuse.end_date = datetime.date(2018, 3, 31)
    domestic_abuse.save_revision().publish()
    html = client.get("/campaigns/").content.decode()
    assert html.index("Current campaigns") < html.index("Safe sleeping") < html.index("Past campaigns")
    assert html.index("Past campaigns") < html.index("Domestic abuse awareness")
    assert "Since April 2016" in html and "Ended March 2018" in html


def test_campaign_page_shows_key_messages_as_numbered_steps_and_its_materials(client, safe_sleeping):
    response = client.get(safe_sleeping.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<ol class="key-messages__list">' in html
    assert html.count('class="key-message"') == 6
    assert "Back to sleep" in html
    assert "PDF, 4.8 KB, 2 pages" in html or "2 pages" in html
    # The download link's accessible name says which asset it downloads.
    assert 'Download<span class="visually-hidden"> Safer sleep cot card (PDF' in html
    # The Polish leaflet is offered as a translation of the English one.
    assert 'hreflang="pl"' in html
    assert "Campaign materials" in html
    assert "If you are in danger now" not in html


def test_sensitive_campaign_emphasises_quick_exit_and_says_call_999(client, domestic_abuse):
    html = client.get(domestic_abuse.url).content.decode()
    assert "exit-this-page--emphasised" in html
    assert "If you are in danger now, call" in html
    assert html.index("If you are in danger now") < html.index("<h1>")


def test_filters_narrow_the_library_and_show_counts(client, safe_sleeping):
    html = client.get(safe_sleeping.url + "?kind=leaflet").content.decode()
    assert "3 items" in html  # English leaflet, its Polish translation, the Baby Box leaflet
    assert "Safer sleep poster" not in html
    assert "Leaflet (3)" in html
    assert "Poster (1)" in html  # counts of other kinds stay visible, so the visitor can widen the search
    assert "?kind=leaflet" in html  # the pack link carries the filters
    html = client.get(safe_sleeping.url + "?kind=leaflet&language=pl").content.decode()
    assert "1 item " in html and "Bezpieczny sen" in html


def test_unknown_filter_values_are_ignored_and_not_echoed(client, safe_sleeping):
    everything = client.get(safe_sleeping.url).content.decode()
    total = int(re.search(r'id="asset-count">(\d+) items', everything).group(1))
    assert total >= 6

    response = client.get(safe_sleeping.url + "?kind=<script>zx1</script>&audience=nobody-zx2&language=zx3")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'id="asset-count">{total} items</p>' in html  # ignored: nothing filtered out
    assert "match your filters" not in html
    for junk in ("zx1", "zx2", "zx3", "<script>zx", "%3Cscript"):
        assert junk not in html, junk  # not echoed: not in the form, the ZIP link or anywhere else


def test_known_values_are_kept_and_unknown_ones_beside_them_dropped(client, safe_sleeping):
    html = client.get(safe_sleeping.url + "?kind=leaflet&kind=zx4&language=zx5").content.decode()
    assert "3 items" in html and "match your filters" in html
    assert 'href="/campaigns/safe-sleeping/download-all/?kind=leaflet"' in html
    assert 'value="leaflet" id="filter-kind-leaflet" checked' in html
    assert "zx4" not in html and "zx5" not in html


def test_campaign_must_end_after_it_starts(safe_sleeping):
    from django.core.exceptions import ValidationError

    safe_sleeping.end_date = safe_sleeping.start_date - datetime.timedelta(days=1)
    with pytest.raises(ValidationError, match="end date"):
        safe_sleeping.full_clean()


def test_home_page_features_both_campaigns(client, db):
    html = client.get("/").content.decode()
    assert 'href="/campaigns/safe-sleeping/"' in html
    assert 'href="/campaigns/domestic-abuse-awareness/"' in html


def test_editor_can_create_a_campaign_in_the_admin(admin_client):
    index = CampaignIndexPage.objects.get(slug="campaigns", locale=Locale.get_default())
    data = nested_form_data(
        {
            "title": "Water safety",
            "slug": "water-safety",
            "summary": "Keeping children safe near water.",
            "start_date": "2017-05-01",
            "end_date": "",
            "hero_image_alt": "",
            "key_messages": streamfield([("message", {"heading": "Stay close", "text": "Always watch children."})]),
            "body": streamfield([]),
            "partners": streamfield([]),
            "helplines": streamfield([]),
            "related_pages": streamfield([]),
            "review": inline_formset([]),  # the Settings tab's review record (upkeep)
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/campaigns/campaignpage/{index.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = CampaignPage.objects.get(slug="water-safety")
    assert page.live
    assert admin_client.get(page.url).status_code == 200


def test_editor_preview_is_never_cached(safe_sleeping):
    response = safe_sleeping.make_preview_request()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "Key messages" in response.content.decode()


def test_leaflet_offers_its_large_print_version(client, safe_sleeping, leaflet):
    leaflet.alternative_document = ensure_pdf("Safer sleep for babies: large print", ["Back to sleep."])
    leaflet.alternative_format = "large_print"
    leaflet.full_clean()
    leaflet.save()
    html = client.get(safe_sleeping.url).content.decode()
    assert 'Large print version<span class="visually-hidden"> of Safer sleep for babies: leaflet for parents' in html
