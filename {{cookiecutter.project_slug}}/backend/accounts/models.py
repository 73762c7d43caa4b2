from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Lower


class User(AbstractUser):
    """The project's user, custom from the first migration so that it can grow without a
    painful swap later. Social sign-ins create users without a usable password."""

    # The identity whose provider vouched for `email` (docs/security.md, "Email addresses").
    # Empty: nobody vouched for the address, so nothing may trust it (association by email,
    # email_in_use, sending mail). Disconnecting that identity leaves the address unverified.
    email_verified_by = models.ForeignKey(
        "social_django.UserSocialAuth",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The social identity whose provider verified the email address.",
    )

    # The name the user chose in the account center; empty: the name from the provider.
    display_name = models.CharField(max_length=64, blank=True)

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        constraints = [
            # Unverified addresses may repeat: an unverified claim never blocks the owner.
            models.UniqueConstraint(
                Lower("email"),
                condition=models.Q(email_verified_by__isnull=False) & ~models.Q(email=""),
                name="accounts_user_unique_verified_email",
            ),
        ]

    @property
    def email_verified(self) -> bool:
        return self.email_verified_by_id is not None and bool(self.email)

    @property
    def verified_email(self) -> str:
        """The address to send mail to: empty unless a provider vouched for it."""
        return self.email if self.email_verified else ""
