"""Users as a sign-in leaves them, for tests that start from an existing account."""

from __future__ import annotations

from social_django.models import UserSocialAuth

from accounts.models import User


def verified_user(username: str, email: str, *, provider: str = "google-openidconnect") -> User:
    """A user whose address a provider vouched for, through one identity of that provider."""
    user = User.objects.create_user(username, email)
    user.email_verified_by = UserSocialAuth.objects.create(
        user=user, provider=provider, uid=f"{username}-verified"
    )
    user.save(update_fields=["email_verified_by"])
    return user
