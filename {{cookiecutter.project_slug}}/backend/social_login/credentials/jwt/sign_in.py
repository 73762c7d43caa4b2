from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.contrib.auth.signals import user_logged_in
from django.http import HttpRequest
from django.utils.cache import add_never_cache_headers
from rest_framework import status
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.user_serializer import user_data

from ..sign_ins import user_agent_of
from .cookie import read_refresh_cookie, set_refresh_cookie
from .models import RefreshFamily
from .tokens import revoke, start_family


def signed_in_response(
    request: Request | HttpRequest, user: AbstractBaseUser, *, is_new: bool
) -> Response:
    """A new token family: the access token in the body, the refresh token in its cookie."""
    previous = read_refresh_cookie(request)
    if previous is not None:
        # This browser's earlier sign-in (its cookie is about to be replaced) ends here.
        revoke(previous, reason=RefreshFamily.RevokedReason.REPLACED)
    credentials = start_family(user, user_agent=user_agent_of(request))
    # What django.contrib.auth.login() announces in session mode (updates last_login too).
    user_logged_in.send(
        sender=user.__class__, request=getattr(request, "_request", request), user=user
    )
    response = Response(
        {"user": user_data(user), "is_new": is_new, "access": str(credentials.access)},
        status=status.HTTP_200_OK,
    )
    set_refresh_cookie(response, str(credentials.refresh), credentials.refresh_expires_at)
    add_never_cache_headers(response)  # tokens: no cache may keep a copy
    return response
