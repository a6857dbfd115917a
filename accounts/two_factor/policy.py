"""Who must use a second factor: superusers, and anyone who can see children's submissions."""

from django.conf import settings

# Any of these lets a user read what children wrote (the reviewers group has them all).
CHILDRENS_VOICE_PERMISSIONS = ("feedback.view_submission", "feedback.change_submission", "feedback.export_submission")


def can_see_childrens_submissions(user):
    return user.is_superuser or any(user.has_perm(permission) for permission in CHILDRENS_VOICE_PERMISSIONS)


def must_use_two_factor(user):
    return settings.KSCB_REQUIRE_2FA and user.is_active and can_see_childrens_submissions(user)
