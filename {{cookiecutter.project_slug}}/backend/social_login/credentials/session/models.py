from __future__ import annotations

from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import models
from django.utils import timezone


class SessionSignIn(models.Model):
    """One sign-in of session mode: Django's session rows carry no user, so this row links a
    session to its user, for listing and ending a user's sessions. Deleting the session
    (logout, key rotation, clearsessions) deletes this row with it."""

    session = models.OneToOneField(
        Session, on_delete=models.CASCADE, primary_key=True, related_name="sign_in"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="session_sign_ins"
    )
    user_agent = models.CharField(max_length=512, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Sign-in of {self.user} at {self.created_at:%Y-%m-%d %H:%M}"
