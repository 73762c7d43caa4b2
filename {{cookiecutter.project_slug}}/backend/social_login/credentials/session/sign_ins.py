"""Session mode's sign-ins: the user's unexpired sessions, through SessionSignIn rows."""

from __future__ import annotations

from django.contrib.auth import logout
from django.contrib.sessions.models import Session
from django.db.models import QuerySet
from django.utils import timezone
from rest_framework.request import Request
from rest_framework.response import Response

from ..sign_ins import SignIn, device_label, user_agent_of
from .models import SessionSignIn


def record_sign_in(sender, request, user, **kwargs) -> None:
    """user_logged_in: link the (new) session to its user. login() rotated the key already;
    after a flush (another user was signed in) the new session has no key until saved."""
    if request is None or not hasattr(request, "session"):
        return
    if not request.session.session_key:
        request.session.save()
    # One statement in sign-in's transaction: INSERT ... ON CONFLICT DO UPDATE (a session can
    # keep its key when the same user signs in again in it).
    link = SessionSignIn(
        session_id=request.session.session_key, user=user, user_agent=user_agent_of(request)
    )
    SessionSignIn.objects.bulk_create(
        [link],
        update_conflicts=True,
        unique_fields=["session"],
        update_fields=["user", "user_agent", "created_at", "last_used_at"],
    )


def list_sign_ins(request: Request) -> list[SignIn]:
    current = request._request.session.session_key
    return [
        SignIn(
            id=sign_in.session_id,
            device=device_label(sign_in.user_agent),
            started_at=sign_in.created_at,
            last_used_at=sign_in.last_used_at,
            current=sign_in.session_id == current,
        )
        for sign_in in _live_sign_ins(request.user)
    ]


def end_sign_in(request: Request, response: Response, sign_in_id: str) -> bool:
    """False when the user has no live sign-in of that id (another user's included)."""
    if not _live_sign_ins(request.user).filter(session_id=sign_in_id).exists():
        return False
    if sign_in_id == request._request.session.session_key:
        logout(request._request)
    else:
        Session.objects.filter(session_key=sign_in_id).delete()
    return True


def end_other_sign_ins(request: Request) -> None:
    current = request._request.session.session_key
    others = _live_sign_ins(request.user).exclude(session_id=current)
    Session.objects.filter(
        session_key__in=list(others.values_list("session_id", flat=True))
    ).delete()


def end_all_sign_ins(request: Request, response: Response) -> None:
    end_every_credential(request.user)
    sign_out_caller(request, response)


def sign_out_caller(request: Request, response: Response) -> None:
    """Flush the caller's session: its cookie is cleared, a new CSRF token follows."""
    logout(request._request)


def end_every_credential(user) -> None:
    """Delete every session of the user (their SessionSignIn rows go with them)."""
    Session.objects.filter(sign_in__user=user).delete()


def _live_sign_ins(user) -> QuerySet[SessionSignIn]:
    return SessionSignIn.objects.filter(user=user, session__expire_date__gt=timezone.now())
