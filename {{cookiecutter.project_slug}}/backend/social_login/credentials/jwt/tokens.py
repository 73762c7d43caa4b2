"""Refresh-token families on top of simplejwt: rotation with reuse detection and an absolute
lifetime that rotation never extends (simplejwt alone restarts the lifetime on each rotation).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from rest_framework_simplejwt.exceptions import TokenError
from rest_framework_simplejwt.settings import api_settings
from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken, OutstandingToken
from rest_framework_simplejwt.tokens import AccessToken, RefreshToken, Token
from rest_framework_simplejwt.utils import datetime_from_epoch, get_md5_hash_password

from .models import RefreshFamily

FAMILY_CLAIM = "fam"


class FamilyRefreshToken(RefreshToken):
    """A simplejwt refresh token that names its family (sign-in). The family's access tokens
    carry the same claim, so revoking the family also ends them."""

    def verify(self) -> None:
        # Signature, expiry and type as simplejwt checks them. Whether this token is still the
        # live one is the family's business (see rotate), which also covers the blacklist.
        Token.verify(self)
        try:
            uuid.UUID(str(self.payload[FAMILY_CLAIM]))
        except (KeyError, ValueError) as exc:
            raise TokenError("Token has no valid family") from exc

    @property
    def family_id(self) -> str:
        return str(self.payload[FAMILY_CLAIM])

    @property
    def jti(self) -> str:
        return str(self.payload[api_settings.JTI_CLAIM])


@dataclass(frozen=True)
class Credentials:
    access: AccessToken
    # None when a concurrent refresh already rotated the cookie (see `in_grace`).
    refresh: FamilyRefreshToken | None

    @property
    def refresh_expires_at(self) -> datetime:
        if self.refresh is None:
            raise ValueError("No refresh token was issued.")
        return datetime_from_epoch(self.refresh["exp"])


class RefreshRefused(Exception):
    """The refresh token cannot be exchanged. `reason` is for logs, never for the client."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def start_family(user, now: datetime | None = None, user_agent: str = "") -> Credentials:
    """Sign-in: a new family and its first refresh token. Two INSERTs: the family's id is
    made here (a UUID), so its token exists before the family row, which names it at once.
    Inside the caller's transaction if there is one (sign-in's single transaction).
    `user_agent`: the browser's, for the account center's list of sign-ins."""
    now = now or timezone.now()
    family = RefreshFamily(
        user=user,
        created_at=now,
        expires_at=now + settings.REFRESH_TOKEN_FAMILY_LIFETIME,
        user_agent=user_agent,
    )
    refresh = _refresh_token(family, now)
    with transaction.atomic(savepoint=False):
        family.current_token = _outstanding(family, refresh, now)
        family.save(force_insert=True)
    return Credentials(refresh=refresh, access=_access_token(family, now))


def rotate(raw: str, now: datetime | None = None) -> Credentials:
    """Exchange the family's live refresh token for a new pair; blacklist the old one.

    Raises RefreshRefused. Presenting a token the family has already rotated away revokes the
    family (the revocation is committed before the refusal), except for the token rotated
    away within the last REFRESH_TOKEN_REUSE_GRACE: two tabs refreshing at once send the same
    cookie, and the one that loses the race gets an access token only (see `in_grace`).
    """
    now = now or timezone.now()
    token = decode(raw)
    refused: str | None = None
    with transaction.atomic():
        family = _locked_family(token.family_id)
        if family is None:
            refused = "unknown family"
        elif not family.is_usable(now):
            refused = "family revoked or past its lifetime"
        elif not api_settings.USER_AUTHENTICATION_RULE(family.user):
            family.revoke(RefreshFamily.RevokedReason.USER_INACTIVE, now)
            refused = "user inactive"
        elif _password_changed(token, family):
            family.revoke(RefreshFamily.RevokedReason.PASSWORD_CHANGED, now)
            refused = "password changed"
        elif family.current_token is not None and family.current_token.jti == token.jti:
            BlacklistedToken.objects.create(token_id=family.current_token_id)
            return issue(family, now, previous_jti=token.jti)
        elif in_grace(family, token, now):
            # One grace answer per rotated token: the next replay of it revokes the family.
            family.previous_jti = ""
            family.save(update_fields=["previous_jti"])
            return Credentials(refresh=None, access=_access_token(family, now))
        else:
            family.revoke(RefreshFamily.RevokedReason.REUSE, now)
            refused = "reuse of a rotated refresh token"
    raise RefreshRefused(refused)


def in_grace(family: RefreshFamily, token: FamilyRefreshToken, now: datetime) -> bool:
    """The token is the one rotated away just now: a concurrent refresh, not a replay. Its
    sender's browser already holds (or is about to receive) the new cookie, so it gets an
    access token and no cookie, once: `rotate` then forgets the token, so a replay within the
    window gains at most one access token and any further one revokes the family."""
    grace = settings.REFRESH_TOKEN_REUSE_GRACE
    return (
        bool(family.previous_jti)
        and family.previous_jti == token.jti
        and family.rotated_at is not None
        and now - family.rotated_at <= grace
    )


def revoke(
    raw: str,
    now: datetime | None = None,
    reason: RefreshFamily.RevokedReason = RefreshFamily.RevokedReason.LOGOUT,
) -> bool:
    """Logout: revoke the family of a valid refresh token. False if there was nothing to do."""
    try:
        token = decode(raw)
    except RefreshRefused:
        return False
    return revoke_family(token.family_id, now, reason)


def revoke_family(
    family_id: str,
    now: datetime | None = None,
    reason: RefreshFamily.RevokedReason = RefreshFamily.RevokedReason.LOGOUT,
) -> bool:
    """Revoke a sign-in by its id (the `fam` claim both of its tokens carry)."""
    now = now or timezone.now()
    with transaction.atomic():
        family = _locked_family(family_id, related=False)
        if family is None or family.revoked_at is not None:
            return False
        family.revoke(reason, now)
        return True


def decode(raw: str) -> FamilyRefreshToken:
    try:
        return FamilyRefreshToken(raw)  # type: ignore[arg-type]
    except TokenError as exc:
        raise RefreshRefused(str(exc)) from exc


def _locked_family(family_id: str, *, related: bool = True) -> RefreshFamily | None:
    families = RefreshFamily.objects.select_for_update(of=("self",))
    if related:
        families = families.select_related("user", "current_token")
    return families.filter(pk=family_id).first()


def issue(family: RefreshFamily, now: datetime, previous_jti: str = "") -> Credentials:
    """A refresh token of `family` (recorded as its live one) and an access token."""
    refresh = _refresh_token(family, now)
    family.current_token = _outstanding(family, refresh, now)
    family.previous_jti = previous_jti
    family.rotated_at = now if previous_jti else None
    family.save(update_fields=["current_token", "previous_jti", "rotated_at"])
    return Credentials(refresh=refresh, access=_access_token(family, now))


def _refresh_token(family: RefreshFamily, now: datetime) -> FamilyRefreshToken:
    refresh = FamilyRefreshToken()
    refresh.current_time = now
    _bind_to_family(refresh, family, now)
    return refresh


def _outstanding(
    family: RefreshFamily, refresh: FamilyRefreshToken, now: datetime
) -> OutstandingToken:
    return OutstandingToken.objects.create(
        user_id=family.user_id,
        jti=refresh.jti,
        token=str(refresh),
        created_at=now,
        expires_at=datetime_from_epoch(refresh["exp"]),
    )


def _password_changed(token: FamilyRefreshToken, family: RefreshFamily) -> bool:
    """simplejwt's CHECK_REVOKE_TOKEN option: a password change ends the sign-in."""
    if not api_settings.CHECK_REVOKE_TOKEN:
        return False
    current = get_md5_hash_password(family.user.password)
    return token.get(api_settings.REVOKE_TOKEN_CLAIM) != current


def _access_token(family: RefreshFamily, now: datetime) -> AccessToken:
    access = AccessToken()
    _bind_to_family(access, family, now)
    return access


def _bind_to_family(token: Token, family: RefreshFamily, now: datetime) -> None:
    """The claims both tokens of a sign-in carry."""
    token.set_iat(at_time=now)
    # Never past the family's absolute end: this is what simplejwt's rotation lacks.
    token.set_exp(from_time=now, lifetime=min(token.lifetime, family.expires_at - now))
    token[api_settings.USER_ID_CLAIM] = str(getattr(family.user, api_settings.USER_ID_FIELD))
    token[FAMILY_CLAIM] = str(family.pk)
    if api_settings.CHECK_REVOKE_TOKEN:
        # simplejwt's option: the sign-in ends when the password changes.
        token[api_settings.REVOKE_TOKEN_CLAIM] = get_md5_hash_password(family.user.password)
