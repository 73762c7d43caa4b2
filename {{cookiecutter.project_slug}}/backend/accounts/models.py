from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """The project's user, custom from the first migration so that it can grow without a
    painful swap later. Social sign-ins create users without a usable password."""

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
