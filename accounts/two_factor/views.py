"""The admin pages: set up or manage your authenticator app, enter a code, and a superuser's reset."""

import logging
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic import FormView, TemplateView, View
from django_otp import DEVICE_ID_SESSION_KEY
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from accounts.demo import current_demo_code

from . import devices, policy, verification
from .forms import CodeForm, EnrolmentForm
from .qr import qr_code_svg

logger = logging.getLogger("accounts.two_factor")

# Backup codes are shown once, on the page after they are made.
NEW_BACKUP_CODES = "kscb_two_factor_new_backup_codes"


def safe_next(request):
    """Where to go afterwards: the `next` address if it is on this site, else the dashboard."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


class ManageView(WagtailAdminTemplateMixin, TemplateView):
    """Your two-factor authentication: set up an app (confirming one code), or see it and its backup codes."""

    template_name = "accounts/two_factor/manage.html"
    page_title = "Two-factor authentication"
    header_icon = "key"

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page_title}]

    def get_context_data(self, form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context["required"] = policy.must_use_two_factor(user)
        context["required_for_bookings_only"] = not policy.can_see_childrens_submissions(user)
        context["next"] = safe_next(self.request)
        context["authenticator"] = device = devices.authenticator(user)
        if device is not None:
            backup = devices.backup_codes(user)
            context["backup_codes_left"] = backup.token_set.count() if backup else 0
            context["new_backup_codes"] = self.request.session.pop(NEW_BACKUP_CODES, None)
            return context
        pending = devices.pending_authenticator(user)
        context["form"] = form or EnrolmentForm(user, pending)
        context["qr_code"] = qr_code_svg(pending)
        context["secret"] = devices.secret_for_typing(pending)
        context["setup_link"] = pending.config_url
        return context

    def post(self, request):
        user = request.user
        if devices.is_enrolled(user):
            return redirect("two_factor_manage")
        form = EnrolmentForm(user, devices.pending_authenticator(user), request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        backup_codes = devices.confirm(form.device)
        verification.mark_verified(request, form.device)
        request.session[NEW_BACKUP_CODES] = backup_codes
        logger.info("two-factor enrolled: %s", user.get_username())
        messages.success(request, "Two-factor authentication is on. Each time you sign in, you will enter a code.")
        return redirect(f"{reverse('two_factor_manage')}?{urlencode({'next': safe_next(request)})}")


class VerifyView(FormView):
    """After the password: the code from the app (or a backup code), once per session."""

    template_name = "accounts/two_factor/verify.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_verified() or not devices.is_enrolled(request.user):
            return redirect(safe_next(request))
        return super().dispatch(request, *args, **kwargs)

    def get_form(self, form_class=None):
        return CodeForm(self.request.user, **self.get_form_kwargs())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["next"] = safe_next(self.request)
        context["demo_code"] = current_demo_code(self.request.user)
        return context

    def form_valid(self, form):
        verification.mark_verified(self.request, form.device)
        if verification.is_backup_code(verification.normalise(form.cleaned_data["code"])):
            messages.warning(
                self.request, "You used a backup code; each works once. Make new ones under Two-factor authentication."
            )
        return redirect(safe_next(self.request))


class ConfirmView(WagtailAdminTemplateMixin, TemplateView):
    """A question and one button, for actions that remove a second factor."""

    template_name = "accounts/two_factor/confirm.html"
    header_icon = "key"
    button_label = ""

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.get_header_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(question=self.question(), explanation=self.explanation(), button_label=self.button_label)
        return context


class RemoveView(ConfirmView):
    page_title = "Turn off two-factor authentication"
    button_label = "Remove them"

    def question(self):
        return "Remove your authenticator app and backup codes?"

    def explanation(self):
        if policy.must_use_two_factor(self.request.user):
            return "Your account must use two-factor authentication, so you will set up an app again straight away."
        return "You will sign in with your password only."

    def post(self, request):
        devices.remove_all(request.user, by=request.user, how="removed")
        request.session.pop(DEVICE_ID_SESSION_KEY, None)
        logger.info("two-factor removed by its owner: %s", request.user.get_username())
        messages.success(request, "Your authenticator app and backup codes were removed.")
        return redirect("two_factor_manage")


class NewBackupCodesView(View):
    """New backup codes (the old ones stop working), shown once on the two-factor page."""

    http_method_names = ["post"]

    def post(self, request):
        if not devices.is_enrolled(request.user):
            return redirect("two_factor_manage")
        request.session[NEW_BACKUP_CODES] = devices.replace_backup_codes(request.user)
        logger.info("two-factor backup codes replaced: %s", request.user.get_username())
        return redirect("two_factor_manage")


class ResetView(ConfirmView):
    """A superuser removes someone's second factor, e.g. after a lost phone; they enrol again."""

    page_title = "Reset two-factor authentication"
    button_label = "Reset"

    def dispatch(self, request, user_id):
        if not request.user.is_superuser:
            raise PermissionDenied
        self.member = get_object_or_404(get_user_model(), pk=user_id)
        return super().dispatch(request)

    def get_page_subtitle(self):
        return self.member.get_username()

    def question(self):
        return f"Remove the authenticator app and backup codes of {self.member.get_username()}?"

    def explanation(self):
        if devices.is_enrolled(self.member):
            return "They will set up an app again the next time they sign in, if their account must use one."
        return "They have not set up an authenticator app; this removes any unfinished set-up."

    def post(self, request):
        devices.remove_all(self.member, by=request.user, how="reset")
        logger.info("two-factor reset for %s by %s", self.member.get_username(), request.user.get_username())
        messages.success(request, f"Two-factor authentication reset for {self.member.get_username()}.")
        return redirect("wagtailusers_users:index")
