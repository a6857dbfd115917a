"""Who must use a second factor: superusers, anyone who can see children's submissions, and anyone
who can see training bookings (names and work emails)."""

from django.conf import settings

# Any of these lets a user read what children wrote (the reviewers group has them all).
CHILDRENS_VOICE_PERMISSIONS = ("feedback.view_submission", "feedback.change_submission", "feedback.export_submission")
# Any of these lets a user read professionals' bookings (the Training coordinators group has them).
TRAINING_BOOKING_PERMISSIONS = ("training.view_booking", "training.change_booking")


def can_see_childrens_submissions(user):
    return user.is_superuser or any(user.has_perm(permission) for permission in CHILDRENS_VOICE_PERMISSIONS)


def can_see_bookings(user):
    return any(user.has_perm(permission) for permission in TRAINING_BOOKING_PERMISSIONS)


def must_use_two_factor(user):
    return (
        settings.KSCB_REQUIRE_2FA and user.is_active and (can_see_childrens_submissions(user) or can_see_bookings(user))
    )
