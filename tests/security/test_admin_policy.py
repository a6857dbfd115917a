"""The admin's Content-Security-Policy: no unsafe-inline scripts; a nonce only for the scripts Wagtail wrote.

tests/browser/test_admin_csp.py proves the admin works under it in Chromium.
"""

import re

import pytest
from django.contrib.auth import get_user_model

from home.models import StandardPage
from kscb_site.compat import add_nonce


def directives(csp):
    return {part.split()[0]: part.split()[1:] for part in csp.split("; ")}


@pytest.fixture
def superuser_client(client, db):
    user = get_user_model().objects.create_superuser("csp-admin", "csp@kscb.example", "a-long-test-password")
    client.force_login(user)
    return client


def test_admin_page_policy_allows_only_its_nonce_for_inline_scripts(superuser_client):
    standard = StandardPage.objects.get(locale__language_code="en-gb", slug="training")
    response = superuser_client.get(f"/admin/pages/{standard.pk}/edit/")
    policy = directives(response["Content-Security-Policy"])
    nonce = re.fullmatch(r"'nonce-([\w-]+)'", policy["script-src"][1])[1]
    assert policy["script-src"] == ["'self'", f"'nonce-{nonce}'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["default-src"] == policy["object-src"] == policy["base-uri"] == ["'none'"]
    assert policy["frame-ancestors"] == policy["form-action"] == ["'self'"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]
    html = response.content.decode()
    inline = re.findall(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)([^>]*)>", html)
    assert inline, "the page editor has Wagtail's widget set-up scripts"
    assert all(f'nonce="{nonce}"' in attributes for attributes in inline)


def test_every_admin_page_gets_a_fresh_nonce(superuser_client):
    first = superuser_client.get("/admin/users/")["Content-Security-Policy"]
    second = superuser_client.get("/admin/users/")["Content-Security-Policy"]
    assert "'nonce-" in first and first != second


@pytest.mark.parametrize(
    "script",
    [
        "<script>alert(document.cookie)</script>",
        '<script>initDateChooser("id_x", fetch("/admin/"));</script>',
        '<script>new PageChooser("id_x", {}); alert(1);</script>',
        '<script>(function() { var panel = new InlinePanel(JSON.parse("{}")); alert(1); })();</script>',
        '<script>stealCookies("id_x", {});</script>',
    ],
    ids=["any script", "code as argument", "call then code", "known script with code added", "unknown function"],
)
def test_a_script_wagtail_did_not_write_gets_no_nonce(script):
    html, _nonce = add_nonce(f"<main>{script}</main>")
    assert "nonce=" not in html


@pytest.mark.parametrize(
    "script",
    [
        '<script>initDateChooser("id_last_login_0", {"dayOfWeekStart": 1, "format": "Y-m-d"});</script>',
        '<script>new ImageChooser("id_listing_image", {"modalUrl": "/admin/images/chooser/"});</script>',
        '<script>createTaskChooser("id_tasks-0-task");</script>',
        '<script>\n  (function() {\n    var panel = new InlinePanel(JSON.parse("{\\u0022a\\u0022: 1}"));\n'
        "  })();\n</script>",
    ],
    ids=["date chooser", "image chooser", "task chooser", "inline panel"],
)
def test_wagtails_own_set_up_scripts_get_the_nonce(script):
    html, nonce = add_nonce(script)
    assert html.startswith(f'<script nonce="{nonce}">')


def test_previews_keep_the_public_policy_and_may_be_framed_by_the_admin(db):
    standard = StandardPage.objects.get(locale__language_code="en-gb", slug="training")
    response = standard.make_preview_request()
    policy = directives(response["Content-Security-Policy"])
    assert policy["default-src"] == ["'none'"] and policy["script-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]
