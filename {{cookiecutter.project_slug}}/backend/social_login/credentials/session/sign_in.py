from __future__ import annotations

from django.contrib.auth import login
from django.contrib.auth.models import AbstractBaseUser
from django.http import HttpRequest
from django.utils.cache import add_never_cache_headers
from rest_framework import status
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.user_serializer import user_data

# Sessions remember the backend that loaded the user. ModelBackend loads any active user, so
# a session stays valid when a social provider is later removed from the settings.
SESSION_BACKEND = "django.contrib.auth.backends.ModelBackend"


def signed_in_response(
    request: Request | HttpRequest, user: AbstractBaseUser, *, is_new: bool
) -> Response:
    """Django's login: a new session key (no fixation) and a new CSRF token, which the CSRF
    middleware sends back as the `csrftoken` cookie."""
    django_request = getattr(request, "_request", request)
    login(django_request, user, backend=SESSION_BACKEND)
    # Written now, in complete's one transaction, as one INSERT (session_store.py); the
    # middleware's save after it then has nothing left to write.
    django_request.session.save()
    response = Response({"user": user_data(user), "is_new": is_new}, status=status.HTTP_200_OK)
    add_never_cache_headers(response)
    return response
