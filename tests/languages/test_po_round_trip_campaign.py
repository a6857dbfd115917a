"""The issue's round trip on a campaign page: export the safe-sleeping campaign's PO file, fill it in,
import it, publish, and the campaign is served in Polish with its materials, Polish first."""

import pytest
from wagtail.models import Locale

from campaigns.models import CampaignPage
from languages.demo import pl
from languages.publishing import publish_translation
from tests.languages.po_files import download_po, start_translation, upload_po


@pytest.fixture
def campaign_not_yet_in_polish(db):
    """The safe-sleeping campaign as it was before the demo translated it into Polish."""
    from wagtail_localize.models import StringTranslation, Translation, TranslationSource

    campaign = CampaignPage.objects.get(slug="safe-sleeping", locale__language_code="en-gb")
    polish = Locale.objects.get(language_code="pl")
    campaign.get_translation(polish).delete()
    source = TranslationSource.objects.get(object_id=campaign.translation_key, locale=campaign.locale)
    Translation.objects.filter(source=source, target_locale=polish).delete()
    StringTranslation.objects.filter(translation_of__segments__source=source, locale=polish).delete()
    return campaign


def test_export_fill_import_publish_serves_the_campaign_in_polish(admin_client, client, campaign_not_yet_in_polish):
    campaign = campaign_not_yet_in_polish
    polish = Locale.objects.get(language_code="pl")
    assert client.get("/pl/campaigns/safe-sleeping/").status_code == 404

    # The editor translates the English campaign into Polish and downloads the PO file: every English
    # string of the campaign, none translated yet.
    translation = start_translation(admin_client, campaign, polish)
    po = download_po(admin_client, translation)
    msgids = {entry.msgid for entry in po}
    assert {"Safe sleeping", "Back to sleep", "Put your baby down on their back for every sleep.", "999"} <= msgids
    assert all(entry.msgstr == "" for entry in po)

    # The translator fills in every string (with the words the demo uses) and gives the page a Polish slug.
    for entry in po:
        entry.msgstr = "bezpieczny-sen" if entry.msgctxt == "slug" else pl.STRINGS[entry.msgid]

    # The editor uploads it back, then publishes.
    upload_po(admin_client, translation, po)
    assert translation.get_progress() == (len(po), len(po))
    page = publish_translation(translation)
    assert page.locale == polish and page.live

    response = client.get("/pl/campaigns/bezpieczny-sen/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="pl" dir="ltr">' in html
    assert "<h1>Bezpieczny sen</h1>" in html
    assert "Do każdego snu kładź dziecko na plecach." in html
    assert "Najważniejsze wskazówki" in html  # the template's own words, from the message catalogue
    # The campaign's materials come with it, the Polish leaflet first.
    assert html.index("Bezpieczny sen niemowląt: ulotka dla rodziców") < html.index(
        "Safer sleep for babies: leaflet for parents"
    )
    # The English page's language switcher now links to the Polish campaign.
    assert 'href="/pl/campaigns/bezpieczny-sen/"' in client.get(campaign.url).content.decode()
