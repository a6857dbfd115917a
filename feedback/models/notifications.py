"""The alerts outbox: written with the submission, sent by the worker after commit, retried until sent."""

from django.db import models
from django.db.models import Q
from django.utils import timezone


class AlertKind(models.TextChoices):
    URGENT = "urgent", "Urgent message"
    FLAGGED = "flagged", "Possible flood or spam (grouped)"
    ESCALATION = "escalation", "Urgent message not opened (escalated)"
    DIGEST = "digest", "Daily digest"


class AlertQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(sent_at__isnull=True).order_by("next_attempt_at", "pk")

    def due(self, now):
        return self.pending().filter(next_attempt_at__lte=now)

    def failing(self, failures):
        return self.pending().filter(attempts__gte=failures)


class Alert(models.Model):
    """One email to send. It never holds what a young person wrote: only which submission it is about."""

    kind = models.CharField(max_length=12, choices=AlertKind.choices)
    submission = models.ForeignKey(
        "feedback.Submission", null=True, blank=True, on_delete=models.CASCADE, related_name="alerts"
    )
    created_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.CharField(max_length=200, blank=True)
    next_attempt_at = models.DateTimeField(default=timezone.now, db_index=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    objects = AlertQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            # Marked messages share one waiting alert: a flood makes one email, not one each.
            models.UniqueConstraint(
                fields=["kind"],
                condition=Q(kind="flagged", sent_at__isnull=True),
                name="feedback_one_waiting_flagged_alert",
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()} alert {self.pk}"
