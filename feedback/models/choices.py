"""Fixed choices a young person or a reviewer picks from."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AgeGroup(models.TextChoices):
    UNDER_11 = "under-11", _("Under 11")
    AGE_11_13 = "11-13", _("11 to 13")
    AGE_14_16 = "14-16", _("14 to 16")
    AGE_17_18 = "17-18", _("17 to 18")
    PREFER_NOT = "prefer-not", _("Prefer not to say")


class ContactMethod(models.TextChoices):
    EMAIL = "email", _("Email")
    PHONE = "phone", _("Phone")


class SafeToContact(models.TextChoices):
    YES = "yes", _("Yes, it is safe")
    NO = "no", _("No, someone else might see it")
    NOT_SURE = "not-sure", _("I'm not sure")


class Status(models.TextChoices):
    NEW = "new", "New"
    IN_REVIEW = "in_review", "In review"
    RESPONDED = "responded", "Responded"
    CLOSED = "closed", "Closed"
