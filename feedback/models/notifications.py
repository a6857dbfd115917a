"""An outbox for urgent notifications: written with the submission, sent after commit, retried until sent."""

from django.db import models
from django.utils import timezone


class NotificationQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(sent_at__isnull=True).order_by("created_at", "pk")


class UrgentNotification(models.Model):
    submission = models.ForeignKey("feedback.Submission", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=200, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["created_at"]

    def __str__(self):
        return f"Urgent notification for {self.submission_id}"
