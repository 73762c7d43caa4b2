"""Dev accounts and the registered client: what `devidp_seed` creates and the login page
lists. Public, dev-only values (the client's id and secret are the API's dev backend's)."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import check_password
from django.contrib.auth.models import AbstractUser
from oauth2_provider.models import AbstractApplication, get_application_model

from social_login.backends.dev_client import CLIENT_ID, CLIENT_SECRET, callback_uris


@dataclass(frozen=True)
class DevUser:
    username: str
    password: str
    email: str
    first_name: str
    last_name: str


SEED_USERS = (
    DevUser("alice", "alice-password", "alice@example.com", "Alice", "Liddell"),
    DevUser("bob", "bob-password", "bob@example.com", "Bob", "Builder"),
)

CLIENT_NAME = "Dev SPA"


def save_user(user: DevUser) -> tuple[AbstractUser, bool]:
    """Creates or updates a dev user; returns it and whether anything changed."""
    model = get_user_model()
    account, created = model.objects.get_or_create(username=user.username)
    wanted = {"email": user.email, "first_name": user.first_name, "last_name": user.last_name}
    changed = created or any(getattr(account, field) != value for field, value in wanted.items())
    for field, value in wanted.items():
        setattr(account, field, value)
    if not account.check_password(user.password):
        account.set_password(user.password)
        changed = True
    if changed:
        account.save()
    return account, changed


def redirect_uris() -> list[str]:
    extra = settings.DEVIDP_REDIRECT_URIS.replace(",", " ").split()
    return list(dict.fromkeys([*callback_uris(), *extra]))


def save_client() -> tuple[AbstractApplication, bool]:
    """Creates or updates the `dev-spa` client; returns it and whether anything changed."""
    application_model = get_application_model()
    client, created = application_model.objects.get_or_create(
        client_id=CLIENT_ID,
        defaults={
            "client_secret": CLIENT_SECRET,
            "client_type": application_model.CLIENT_CONFIDENTIAL,
            "authorization_grant_type": application_model.GRANT_AUTHORIZATION_CODE,
        },
    )
    wanted = {
        "name": CLIENT_NAME,
        "client_type": application_model.CLIENT_CONFIDENTIAL,
        "authorization_grant_type": application_model.GRANT_AUTHORIZATION_CODE,
        "algorithm": application_model.RS256_ALGORITHM,
        "redirect_uris": " ".join(redirect_uris()),
        "skip_authorization": True,
        "hash_client_secret": True,
    }
    changed = created or any(getattr(client, field) != value for field, value in wanted.items())
    for field, value in wanted.items():
        setattr(client, field, value)
    # The secret is stored hashed: compare through the hasher, replace only if it differs.
    if not created and not check_password(CLIENT_SECRET, client.client_secret):
        client.client_secret = CLIENT_SECRET
        changed = True
    if changed:
        client.save()
    return client, changed
