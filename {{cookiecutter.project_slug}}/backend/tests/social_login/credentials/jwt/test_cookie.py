"""The refresh cookie's attributes."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client
from rest_framework.test import APIRequestFactory

from social_login.credentials.chosen import signed_in_response

from .support import REFRESH_URL, post_json

pytestmark = pytest.mark.django_db


def test_refresh_cookie_is_httponly_lax_scoped_and_secure(client: Client, signed_in) -> None:
    response = post_json(client, REFRESH_URL, str(signed_in.refresh))
    cookie = response.cookies["refresh_token"]

    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"
    assert cookie["path"] == "/api/auth/"
    assert cookie["secure"] is True
    lifetime = settings.SIMPLE_JWT["REFRESH_TOKEN_LIFETIME"].total_seconds()
    assert lifetime - 5 <= cookie["max-age"] <= lifetime
    assert "Domain" not in cookie.output()


def test_refresh_cookie_is_not_secure_under_debug(client: Client, signed_in, settings) -> None:
    settings.DEBUG = True
    response = post_json(client, REFRESH_URL, str(signed_in.refresh))
    cookie = response.cookies["refresh_token"]
    assert cookie["secure"] == ""
    assert cookie["httponly"] is True


def test_refresh_and_logout_are_inside_the_cookie_path() -> None:
    from django.urls import reverse

    for name in ("token-refresh", "logout"):
        assert reverse(name).startswith(settings.REFRESH_COOKIE_PATH)


def test_token_responses_are_never_cached(client: Client, user, signed_in) -> None:
    refreshed = post_json(client, REFRESH_URL, str(signed_in.refresh))
    signed = signed_in_response(APIRequestFactory().post("/"), user, is_new=False)
    for response in (refreshed, signed):
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]
