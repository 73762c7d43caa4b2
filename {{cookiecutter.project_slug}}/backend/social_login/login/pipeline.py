"""The sign-in pipeline of this API: PIPELINE below, in order, then its own steps.

social-core's default pipeline, without `associate_by_email`, plus:

- `refuse_inactive`: an inactive user cannot sign in (403 login_not_allowed);
- `allowed_email_domain`: with SOCIAL_LOGIN_ALLOWED_EMAIL_DOMAINS set, only addresses of
  those domains that the provider vouches for sign in (403 login_not_allowed);
- `associate_by_verified_email` (on with SOCIAL_LOGIN_ASSOCIATE_BY_VERIFIED_EMAIL): a new
  identity joins the existing user with the same email address, only when the provider vouches
  for the address and the existing user's address is verified too;
- `refuse_email_in_use`: otherwise a new identity whose verified email is an existing user's
  verified email does not get a second account (409 email_in_use): the person signs in as
  before and connects the provider from their profile;
- `create_user_and_associate`: social-core's create_user + associate_user in one savepoint, so
  that concurrent first sign-ins of one identity end with one user, all signed in;
- `record_email_verification`: a user without a verified address takes the address an
  identity's provider vouches for, marked verified by that identity (User.email_verified_by);
- `save_provider_tokens` (social_login/provider_tokens/): in place of social-core's
  `load_extra_data`, the provider's tokens sealed, and nothing written when nothing but
  `auth_time` changed.
- `record_label` (connections/label.py): the identity keeps the provider's email or username,
  the connection's human label in the account center.

An unverified address is stored but never trusted: it neither joins, nor blocks, nor passes the
domain allow-list, so nobody can claim someone else's address before they sign up
(docs/security.md, "Email addresses").
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from social_core.exceptions import AuthAssociationError, AuthPolicyError
from social_core.pipeline.social_auth import associate_user
from social_core.pipeline.user import create_user

from .providers import BY_BACKEND_NAME

# What a sign-in runs, in order (the strategy's default; SOCIAL_AUTH_PIPELINE replaces it).
PIPELINE = (
    "social_core.pipeline.social_auth.social_details",
    "social_core.pipeline.social_auth.social_names",
    "social_core.pipeline.social_auth.social_uid",
    "social_core.pipeline.social_auth.auth_allowed",
    "social_login.login.pipeline.allowed_email_domain",
    "social_core.pipeline.social_auth.social_user",
    "social_login.login.pipeline.refuse_inactive",
    "social_core.pipeline.user.get_username",
    "social_login.login.pipeline.associate_by_verified_email",
    "social_login.login.pipeline.refuse_email_in_use",
    "social_login.login.pipeline.create_user_and_associate",
    "social_login.login.pipeline.record_email_verification",
    "social_login.provider_tokens.pipeline.save_provider_tokens",
    "social_login.connections.label.record_label",
    "social_core.pipeline.user.user_details",
)


def _email(details: dict[str, Any]) -> str:
    email = details.get("email")
    return email.strip() if isinstance(email, str) else ""


def _claim_true(value: Any) -> bool:
    # Apple sends the claim as the string "true".
    return value is True or value == "true"


def email_is_verified(backend: Any, details: dict[str, Any], response: dict[str, Any]) -> bool:
    """Whether the provider vouches that the address in `details` is the user's, verified."""
    email = _email(details)
    provider = BY_BACKEND_NAME.get(backend.name)
    if not email or provider is None:
        return False
    rule = provider.email_verification
    if rule == "email_verified_claim":
        id_token = getattr(backend, "id_token", None) or {}
        if response.get("email", id_token.get("email")) != email:
            return False
        return _claim_true(response.get("email_verified", id_token.get("email_verified")))
    if rule == "github_emails":
        # The primary address GitHub reports may be unverified: only the emails API says.
        emails = response.get("emails")
        return isinstance(emails, list) and any(
            isinstance(entry, dict)
            and isinstance(entry.get("email"), str)
            and entry["email"].lower() == email.lower()
            and entry.get("verified") is True
            for entry in emails
        )
    if rule == "gitlab_confirmed":
        return response.get("email") == email and bool(response.get("confirmed_at"))
    if rule == "discord_verified":
        return response.get("email") == email and response.get("verified") is True
    return False


def refuse_inactive(backend: Any, user: Any = None, *args: Any, **kwargs: Any) -> None:
    if user is not None and not user.is_active:
        raise AuthPolicyError(backend, code="authentication_disallowed", stage="pipeline")


def allowed_email_domain(
    backend: Any, details: dict[str, Any], response: dict[str, Any], *args: Any, **kwargs: Any
) -> None:
    domains = [d.lower() for d in settings.SOCIAL_LOGIN_ALLOWED_EMAIL_DOMAINS]
    if not domains:
        return
    email = _email(details).lower()
    domain = email.rpartition("@")[2]
    if not (domain in domains and email_is_verified(backend, details, response)):
        raise AuthPolicyError(backend, code="authentication_disallowed", stage="pipeline")


def _users_with_verified_email(email: str) -> list[Any]:
    users = get_user_model()._default_manager.filter(
        email__iexact=email, email_verified_by__isnull=False
    )
    return list(users[:2])


def associate_by_verified_email(
    backend: Any,
    details: dict[str, Any],
    response: dict[str, Any],
    user: Any = None,
    *args: Any,
    **kwargs: Any,
) -> dict[str, Any] | None:
    if user is not None or not settings.SOCIAL_LOGIN_ASSOCIATE_BY_VERIFIED_EMAIL:
        return None
    email = _email(details)
    if not email or not email_is_verified(backend, details, response):
        return None
    users = _users_with_verified_email(email)
    if len(users) != 1:
        return None  # none, or ambiguous: refuse_email_in_use decides
    if not users[0].is_active:
        raise AuthPolicyError(backend, code="authentication_disallowed", stage="pipeline")
    return {"user": users[0], "is_new": False}


def _created_meanwhile(strategy: Any, backend: Any, uid: str) -> dict[str, Any] | None:
    """The identity, if a concurrent first sign-in of it has just created it."""
    social = strategy.storage.user.get_social_auth(backend.name, uid)
    if social is None:
        return None
    return {"user": social.user, "social": social, "is_new": False, "new_association": False}


def refuse_email_in_use(
    strategy: Any,
    backend: Any,
    details: dict[str, Any],
    response: dict[str, Any],
    uid: str,
    user: Any = None,
    *args: Any,
    **kwargs: Any,
) -> dict[str, Any] | None:
    # Only a verified address is anyone's: an unverified claim on it (by anyone, first or
    # second) neither blocks a sign-in nor tells whether the address has an account.
    email = _email(details)
    if (
        user is None
        and email
        and email_is_verified(backend, details, response)
        and _users_with_verified_email(email)
    ):
        meanwhile = _created_meanwhile(strategy, backend, uid)
        if meanwhile is None:
            raise AuthAssociationError(backend, code="email_in_use", stage="pipeline")
        return meanwhile
    return None


def create_user_and_associate(
    strategy: Any,
    details: dict[str, Any],
    backend: Any,
    uid: str,
    user: Any = None,
    social: Any = None,
    *args: Any,
    **kwargs: Any,
) -> dict[str, Any] | None:
    if user is not None:
        return associate_user(backend, uid, user, social, *args, **kwargs)
    try:
        with transaction.atomic():
            created = create_user(strategy, details, backend, None, *args, **kwargs) or {}
            associated = associate_user(backend, uid, created["user"], None, *args, **kwargs)
            return {**created, **(associated or {})}
    except AuthAssociationError as error:
        # Another request created this identity (and its user) first: sign in as that user.
        existing = strategy.storage.user.get_social_auth(backend.name, uid)
        if existing is None:
            raise error from None
        return {
            "user": existing.user,
            "social": existing,
            "is_new": False,
            "new_association": False,
        }


def record_email_verification(
    backend: Any,
    details: dict[str, Any],
    response: dict[str, Any],
    user: Any = None,
    social: Any = None,
    *args: Any,
    **kwargs: Any,
) -> None:
    """Give a user without a verified address the one this identity's provider vouches for.

    The same address as stored gains the mark; a different one replaces an unverified (or
    empty) stored address, since a verified address is the better one. A verified address is
    never replaced. If another user holds the address verified already (they signed up with
    it, or a concurrent first sign-in won), this user keeps what it had.
    """
    if user is None or social is None or user.email_verified_by_id is not None:
        return
    email = _email(details)
    if not email or not email_is_verified(backend, details, response):
        return
    previous = user.email
    user.email, user.email_verified_by = email, social
    try:
        with transaction.atomic():
            user.save(update_fields=["email", "email_verified_by"])
    except IntegrityError:
        user.email, user.email_verified_by = previous, None
