"""Two-factor authentication in the admin: its pages, a link on the account page, and a superuser's reset."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.widgets import Button

from .two_factor import devices, urls


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [path("two-factor/", include(urls))]


@hooks.register("register_log_actions")
def register_two_factor_log_actions(actions):
    # Who turned off whose second factor, and when: in the audit log, never the codes themselves.
    actions.register_action("accounts.two_factor_removed", "Remove own two-factor", "Removed their two-factor")
    actions.register_action("accounts.two_factor_reset", "Reset two-factor", "Reset two-factor authentication")


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    enrolled = devices.is_enrolled(request.user)
    return {
        "url": reverse("two_factor_manage"),
        "label": "Two-factor authentication",
        "help_text": "On: you enter a code from your app when you sign in."
        if enrolled
        else "Off: set up an authenticator app so that a password alone cannot open your account.",
    }


@hooks.register("register_user_listing_buttons")
def reset_two_factor_button(user, request_user):
    if not request_user.is_superuser:
        return []
    return [Button("Reset two-factor authentication", reverse("two_factor_reset", args=[user.pk]), icon_name="key")]
