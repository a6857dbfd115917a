"""Start tokens already used to send a message, so a replayed form is marked, atomically.

Only a keyed digest of the token's random nonce is kept: it names no person and no device.
Rows older than a token's lifetime can never match again and are removed by retention.
"""

from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac


def nonce_digest(nonce):
    return salted_hmac("feedback.started-nonce", nonce).hexdigest()


class UsedStartTokenQuerySet(models.QuerySet):
    def first_use(self, nonce):
        """Record this nonce; True the first time, False for a replay.

        Call inside the submission's transaction: two posts at once with the same token
        meet on the unique digest, so exactly one of them is the first use.
        """
        try:
            with transaction.atomic():
                self.create(digest=nonce_digest(nonce))
        except IntegrityError:
            return False
        return True

    def expired(self, before):
        return self.filter(used_at__lt=before)


class UsedStartToken(models.Model):
    digest = models.CharField(max_length=64, unique=True)
    used_at = models.DateTimeField(default=timezone.now, db_index=True)

    objects = UsedStartTokenQuerySet.as_manager()

    class Meta:
        verbose_name = "used start token"

    def __str__(self):
        return f"Start token used at {self.used_at:%Y-%m-%d %H:%M}"
