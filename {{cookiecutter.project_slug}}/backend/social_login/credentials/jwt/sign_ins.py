"""jwt mode's sign-ins: the user's live refresh-token families.

A family is used when its refresh token rotates (the SPA refreshes as soon as its access
token, at most JWT_ACCESS_TOKEN_MINUTES old, runs out), so `rotated_at` is its last use.
"""

from __future__ import annotations

import uuid

from django.db.models import QuerySet
from django.utils import timezone
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework_simplejwt.token_blacklist.models import OutstandingToken

from ..sign_ins import SignIn, device_label
from .cookie import clear_refresh_cookie
from .models import RefreshFamily
from .tokens import FAMILY_CLAIM, revoke_family


def list_sign_ins(request: Request) -> list[SignIn]:
    current = _current_family_id(request)
    return [
        SignIn(
            id=str(family.pk),
            device=device_label(family.user_agent),
            started_at=family.created_at,
            last_used_at=family.rotated_at or family.created_at,
            current=str(family.pk) == current,
        )
        for family in _live_families(request.user)
    ]


def end_sign_in(request: Request, response: Response, sign_in_id: str) -> bool:
    """False when the user has no live sign-in of that id (another user's included)."""
    try:
        family_id = str(uuid.UUID(sign_in_id))
    except ValueError:
        return False
    if not _live_families(request.user).filter(pk=family_id).exists():
        return False
    revoke_family(family_id)
    if family_id == _current_family_id(request):
        clear_refresh_cookie(response)
    return True


def end_other_sign_ins(request: Request) -> None:
    others = _live_families(request.user).exclude(pk=_current_family_id(request))
    for pk in others.values_list("pk", flat=True):
        revoke_family(str(pk))


def end_all_sign_ins(request: Request, response: Response) -> None:
    end_every_credential(request.user)
    sign_out_caller(request, response)


def sign_out_caller(request: Request, response: Response) -> None:
    """The caller's sign-in is already revoked: its browser forgets the refresh cookie."""
    clear_refresh_cookie(response)


def end_every_credential(user) -> None:
    """Revoke every family of the user, then drop its refresh tokens (and blacklist rows)."""
    pks = RefreshFamily.objects.filter(user=user, revoked_at__isnull=True)
    for pk in pks.values_list("pk", flat=True):
        revoke_family(str(pk), reason=RefreshFamily.RevokedReason.LOGOUT)
    OutstandingToken.objects.filter(user=user).delete()


def _live_families(user) -> QuerySet[RefreshFamily]:
    now = timezone.now()
    return RefreshFamily.objects.filter(
        user=user,
        revoked_at__isnull=True,
        expires_at__gt=now,
        current_token__expires_at__gt=now,
    )


def _current_family_id(request: Request) -> str | None:
    token = request.auth
    if token is None or FAMILY_CLAIM not in token:
        return None
    return str(token[FAMILY_CLAIM])
