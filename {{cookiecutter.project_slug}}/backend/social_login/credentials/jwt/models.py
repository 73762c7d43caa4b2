from __future__ import annotations

import uuid
from datetime import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken, OutstandingToken


class RefreshFamily(models.Model):
    """One sign-in: every refresh token rotated from the first one of a login belongs to it.

    Only `current_token` may be exchanged. Presenting any older token of the family means it
    was stolen (or replayed), so the whole family is revoked and its access tokens stop working.
    """

    class RevokedReason(models.TextChoices):
        LOGOUT = "logout", "Signed out"
        REPLACED = "replaced", "Signed in again in the same browser"
        REUSE = "reuse", "A rotated refresh token was used again"
        USER_INACTIVE = "user_inactive", "The user is inactive"
        PASSWORD_CHANGED = "password_changed", "The password changed"
        ADMIN = "admin", "Revoked in the admin"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="refresh_families"
    )
    created_at = models.DateTimeField(default=timezone.now)
    # Absolute end of the sign-in; no rotation issues a token that outlives it.
    expires_at = models.DateTimeField()
    current_token = models.ForeignKey(
        OutstandingToken, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # The token that `current_token` replaced, and when: a concurrent refresh that presents it
    # shortly after is a race between tabs, not a replay (tokens.in_grace).
    previous_jti = models.CharField(max_length=255, blank=True)
    rotated_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_reason = models.CharField(max_length=20, choices=RevokedReason.choices, blank=True)
    # The browser's User-Agent at sign-in: the device the account center names.
    user_agent = models.CharField(max_length=512, blank=True)

    class Meta:
        verbose_name = "refresh token family"
        verbose_name_plural = "refresh token families"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Sign-in of {self.user} at {self.created_at:%Y-%m-%d %H:%M}"

    def is_usable(self, now: datetime) -> bool:
        return self.revoked_at is None and now < self.expires_at

    def revoke(self, reason: RevokedReason, now: datetime) -> None:
        """Revoke the family and blacklist its live refresh token. Call inside a transaction
        holding the row lock."""
        if self.revoked_at is not None:
            return
        if self.current_token_id is not None:
            # One INSERT; the token may already be blacklisted (simplejwt's own views, admin).
            BlacklistedToken.objects.bulk_create(
                [BlacklistedToken(token_id=self.current_token_id)], ignore_conflicts=True
            )
        self.revoked_at = now
        self.revoked_reason = reason
        self.save(update_fields=["revoked_at", "revoked_reason"])
