"""Who can reach what in the admin, by URL, for each staff group; and the moderation workflow."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page, Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import StandardPage

REVIEWERS = "Children's voice reviewers"
GROUPS = ["Editors", "Moderators", "Translators", REVIEWERS]


@pytest.fixture
def member(db):
    def make(group_name):
        username = group_name.lower().replace(" ", "-").replace("'", "")
        user = get_user_model().objects.create_user(username, f"{username}@kscb.example", "pw-for-tests")
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


def admin_areas():
    home = Site.objects.get(is_default_site=True).root_page
    page = Page.objects.get(slug="mash")
    return {
        "dashboard": ("/admin/", {"Editors", "Moderators", "Translators", REVIEWERS}),
        "children's voice submissions": ("/admin/childrens-voice/submissions/", {REVIEWERS}),
        "page explorer": (f"/admin/pages/{home.pk}/", {"Editors", "Moderators", "Translators"}),
        "edit a page": (f"/admin/pages/{page.pk}/edit/", {"Editors", "Moderators", "Translators"}),
        "add a page": (f"/admin/pages/add/home/standardpage/{home.pk}/", {"Editors", "Moderators"}),
        "delete a page": (f"/admin/pages/{page.pk}/delete/", {"Moderators"}),
        "images": ("/admin/images/", {"Editors", "Moderators"}),
        "documents": ("/admin/documents/", {"Editors", "Moderators"}),
        "safeguarding contacts": (f"/admin/settings/home/safeguardingsettings/{home.get_site().pk}/", set()),
        "users": ("/admin/users/", set()),
        "groups": ("/admin/groups/", set()),
        "workflows": ("/admin/workflows/list/", set()),
        "redirects": ("/admin/redirects/", set()),
        "promoted search results": ("/admin/searchpicks/", set()),
        "locales": ("/admin/locales/", set()),
    }


@pytest.mark.parametrize("group_name", GROUPS)
def test_each_group_reaches_only_its_areas(client, member, group_name):
    client.force_login(member(group_name))
    reached = {}
    for area, (url, allowed) in admin_areas().items():
        status = client.get(url).status_code
        reached[area] = status == 200
        assert reached[area] == (group_name in allowed), f"{group_name} -> {area} ({url}): {status}"


def test_public_visitors_reach_no_admin_area(client, db):
    for url, _allowed in admin_areas().values():
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], url


def test_editor_cannot_publish_but_moderator_approves(client, member, db):
    page = StandardPage.objects.get(slug="neglect-strategy")
    editor, moderator = member("Editors"), member("Moderators")
    client.force_login(editor)
    edit_url = f"/admin/pages/{page.pk}/edit/"
    form = nested_form_data(
        {
            "title": "Neglect strategy (updated)",
            "slug": page.slug,
            "introduction": page.introduction,
            "body": streamfield([("paragraph", rich_text("<p>The strategy has been reviewed.</p>"))]),
            "review": inline_formset([]),  # the Settings tab's review record (upkeep)
        }
    )
    client.post(edit_url, {**form, "action-publish": "1"})
    page.refresh_from_db()
    assert page.title == "Neglect strategy", "an editor must not publish directly"
    client.post(edit_url, {**form, "action-submit": "1"})
    page.refresh_from_db()
    workflow_state = page.current_workflow_state
    assert workflow_state is not None and workflow_state.status == "in_progress"
    assert page.title == "Neglect strategy"

    client.force_login(moderator)
    task_state = workflow_state.current_task_state
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        {**form, "action-workflow-action": "true", "workflow-action-name": "approve"},
    )
    assert response.status_code in (200, 302)
    task_state.refresh_from_db()
    page.refresh_from_db()
    assert task_state.status == "approved"
    assert page.live and page.title == "Neglect strategy (updated)"
