"""POST /api/auth/logout/ in jwt mode."""

from __future__ import annotations

import pytest
from django.test import Client
from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken

from social_login.credentials.jwt.models import RefreshFamily
from social_login.credentials.jwt.tokens import FAMILY_CLAIM

from .support import LOGOUT_URL, REFRESH_URL, assert_cookie_cleared, assert_error, post_json

pytestmark = pytest.mark.django_db


def test_logout_revokes_the_sign_in_and_clears_the_cookie(client: Client, signed_in) -> None:
    response = post_json(client, LOGOUT_URL, str(signed_in.refresh))

    assert response.status_code == 204
    assert response.content == b""
    assert_cookie_cleared(response)
    family = RefreshFamily.objects.get(pk=signed_in.refresh[FAMILY_CLAIM])
    assert family.revoked_reason == RefreshFamily.RevokedReason.LOGOUT
    assert BlacklistedToken.objects.filter(token__jti=signed_in.refresh["jti"]).exists()


def test_refresh_after_logout_is_401(client: Client, signed_in) -> None:
    post_json(client, LOGOUT_URL, str(signed_in.refresh))
    response = post_json(Client(), REFRESH_URL, str(signed_in.refresh))
    assert_error(response, 401, "token_invalid")


def test_access_token_stops_working_at_logout(client: Client, signed_in) -> None:
    bearer = f"Bearer {signed_in.access}"
    assert client.get("/api/auth/me/", HTTP_AUTHORIZATION=bearer).status_code == 200
    post_json(client, LOGOUT_URL, str(signed_in.refresh))
    assert_error(client.get("/api/auth/me/", HTTP_AUTHORIZATION=bearer), 401, "token_invalid")


def test_logout_ends_only_this_sign_in(client: Client, user, signed_in) -> None:
    from social_login.credentials.jwt.tokens import start_family

    other = start_family(user)
    post_json(client, LOGOUT_URL, str(signed_in.refresh))
    assert post_json(Client(), REFRESH_URL, str(other.refresh)).status_code == 200


@pytest.mark.parametrize("cookie", [None, "garbage"])
def test_logout_when_signed_out_is_still_204(client: Client, cookie: str | None) -> None:
    response = post_json(client, LOGOUT_URL, cookie)
    assert response.status_code == 204
    assert_cookie_cleared(response)


def test_logout_twice_is_204(client: Client, signed_in) -> None:
    assert post_json(client, LOGOUT_URL, str(signed_in.refresh)).status_code == 204
    assert post_json(Client(), LOGOUT_URL, str(signed_in.refresh)).status_code == 204


def test_logout_ignores_an_expired_bearer_token(client: Client, signed_in) -> None:
    response = post_json(
        client, LOGOUT_URL, str(signed_in.refresh), HTTP_AUTHORIZATION="Bearer expired.or.bad"
    )
    assert response.status_code == 204


def test_logout_without_the_cookie_revokes_the_sign_in_of_the_access_token(
    client: Client, signed_in
) -> None:
    """The browser refused or dropped the refresh cookie (e.g. a cross-site deployment): the
    access token the SPA holds still names its sign-in, which logout ends."""
    bearer = f"Bearer {signed_in.access}"
    response = post_json(client, LOGOUT_URL, HTTP_AUTHORIZATION=bearer)

    assert response.status_code == 204
    family = RefreshFamily.objects.get(pk=signed_in.refresh[FAMILY_CLAIM])
    assert family.revoked_reason == RefreshFamily.RevokedReason.LOGOUT
    assert_error(client.get("/api/auth/me/", HTTP_AUTHORIZATION=bearer), 401, "token_invalid")
    assert_error(post_json(Client(), REFRESH_URL, str(signed_in.refresh)), 401, "token_invalid")


def test_logout_with_a_refresh_token_as_bearer_revokes_nothing(client: Client, signed_in) -> None:
    """Only an access token is accepted from the header."""
    response = post_json(client, LOGOUT_URL, HTTP_AUTHORIZATION=f"Bearer {signed_in.refresh}")
    assert response.status_code == 204
    assert RefreshFamily.objects.get(pk=signed_in.refresh[FAMILY_CLAIM]).revoked_at is None
