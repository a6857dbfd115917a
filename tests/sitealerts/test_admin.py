"""Who may put an alert on every page, the editing screen, revisions, and the demo."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Revision

from sitealerts.demo import EXAMPLE_KEY
from sitealerts.models import SiteAlert
from tests.staff import make_user

ADD_URL = "/admin/snippets/sitealerts/sitealert/add/"


@pytest.mark.parametrize(("group", "allowed"), [("Moderators", True), ("Editors", False), ("Translators", False)])
def test_moderators_may_add_alerts_and_editors_may_not(client, db, group, allowed):
    user = make_user(f"alert-{group.lower()}", group)
    assert user.has_perm("sitealerts.add_sitealert") is allowed
    client.force_login(user)
    response = client.get(ADD_URL)
    assert (response.status_code == 200) is allowed


BLANK_FORM = {"message": "", "link_url": "", "link_text": "", "severity": "urgent", "starts_at": "", "ends_at": ""}


@pytest.fixture
def moderator_client(client, db):
    client.force_login(make_user("alert-moderator", "Moderators"))
    return client


def test_a_moderator_saves_an_alert_through_the_admin_with_a_revision(moderator_client):
    response = moderator_client.post(
        ADD_URL, {**BLANK_FORM, "message": "The MASH phone line is not working.", "live": "on"}
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    alert = SiteAlert.objects.get(message="The MASH phone line is not working.")
    assert alert.live and alert.shown_when_checked
    assert Revision.objects.for_instance(alert).count() == 1


def test_the_admin_refuses_a_link_without_words_and_an_end_before_the_start(moderator_client):
    form = {**BLANK_FORM, "message": "Closed.", "link_url": "https://example.org/"}
    form.update(starts_at="2026-12-03 10:00", ends_at="2026-12-03 09:00")
    response = moderator_client.post(ADD_URL, form)
    assert response.status_code == 200
    assert not SiteAlert.objects.filter(message="Closed.").exists()
    assert "Give the words of the link." in response.content.decode()
    assert "The end must come after the start." in response.content.decode()


def test_the_demo_alert_is_an_example_switched_off_and_loading_twice_keeps_one(db):
    call_command("load_demo", stdout=io.StringIO())
    examples = SiteAlert.objects.filter(translation_key=EXAMPLE_KEY)
    assert examples.count() == 1
    example = examples.get()
    assert not example.live and "illustrative" in example.message


def test_an_alert_is_translated_with_wagtail_localize_like_a_page(client, db, english):
    from wagtail.models import Locale
    from wagtail_localize.models import Translation

    alert = SiteAlert.objects.create(locale=english, message="The MASH phone line is not working.", live=True)
    client.force_login(make_user("alert-admin", is_superuser=True))
    polish = Locale.objects.get(language_code="pl")
    response = client.post(f"/admin/localize/submit/snippet/sitealerts/sitealert/{alert.pk}/", {"locales": [polish.pk]})
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Translation.objects.filter(source__object_id=alert.translation_key, target_locale=polish).exists()
    copy = SiteAlert.objects.get(translation_key=alert.translation_key, locale=polish)
    assert copy.live and copy.severity == alert.severity
    assert [shown.locale for shown in SiteAlert.objects.for_banner("pl")] == [polish]
