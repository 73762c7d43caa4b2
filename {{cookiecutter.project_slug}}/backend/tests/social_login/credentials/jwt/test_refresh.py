"""POST /api/auth/token/refresh/: rotation, reuse detection, the family's absolute end."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone
from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken
from rest_framework_simplejwt.tokens import AccessToken

from social_login.credentials.jwt.models import RefreshFamily
from social_login.credentials.jwt.tokens import FAMILY_CLAIM, FamilyRefreshToken, start_family

from .support import (
    REFRESH_URL,
    after_grace,
    assert_cookie_cleared,
    assert_error,
    near_family_end,
    post_json,
    refresh_cookie,
    started_at,
)

pytestmark = pytest.mark.django_db


def test_refresh_rotates_the_cookie_and_returns_a_new_access_token(
    client: Client, user, signed_in
) -> None:
    old = str(signed_in.refresh)
    response = post_json(client, REFRESH_URL, old)

    assert response.status_code == 200
    assert set(response.json()) == {"access"}
    access = AccessToken(response.json()["access"])
    assert access["user_id"] == str(user.pk)
    new = refresh_cookie(response)
    assert new != old
    assert FamilyRefreshToken(new)[FAMILY_CLAIM] == signed_in.refresh[FAMILY_CLAIM]
    assert BlacklistedToken.objects.filter(token__jti=signed_in.refresh["jti"]).exists()
    assert client.get("/api/auth/me/", HTTP_AUTHORIZATION=f"Bearer {access}").status_code == 200


def test_old_refresh_token_is_refused_after_rotation(client: Client, signed_in) -> None:
    old = str(signed_in.refresh)
    assert post_json(client, REFRESH_URL, old).status_code == 200
    after_grace(signed_in)

    replay = post_json(Client(), REFRESH_URL, old)

    assert_error(replay, 401, "token_invalid")
    assert_cookie_cleared(replay)


def test_reuse_of_a_rotated_token_revokes_the_whole_family(client: Client, signed_in) -> None:
    stolen = str(signed_in.refresh)
    first = post_json(client, REFRESH_URL, stolen)
    newest = refresh_cookie(first)
    newest_access = first.json()["access"]
    after_grace(signed_in)

    assert_error(post_json(Client(), REFRESH_URL, stolen), 401, "token_invalid")

    # The legitimate holder's newest tokens stopped working too.
    assert_error(post_json(Client(), REFRESH_URL, newest), 401, "token_invalid")
    me = Client().get("/api/auth/me/", HTTP_AUTHORIZATION=f"Bearer {newest_access}")
    assert_error(me, 401, "token_invalid")
    family = RefreshFamily.objects.get(pk=signed_in.refresh[FAMILY_CLAIM])
    assert family.revoked_reason == RefreshFamily.RevokedReason.REUSE
    assert BlacklistedToken.objects.filter(token__jti=FamilyRefreshToken(newest)["jti"]).exists()


def test_reuse_leaves_other_sign_ins_alone(client: Client, user, signed_in) -> None:
    other_device = started_at(user, timezone.now())
    stolen = str(signed_in.refresh)
    post_json(client, REFRESH_URL, stolen)
    after_grace(signed_in)
    assert post_json(Client(), REFRESH_URL, stolen).status_code == 401

    assert post_json(Client(), REFRESH_URL, str(other_device.refresh)).status_code == 200


def test_two_tabs_refreshing_at_once_both_get_an_access_token(client: Client, signed_in) -> None:
    cookie = str(signed_in.refresh)
    winner = post_json(client, REFRESH_URL, cookie)
    loser = post_json(Client(), REFRESH_URL, cookie)  # same cookie, within the grace

    assert loser.status_code == 200
    assert AccessToken(loser.json()["access"])[FAMILY_CLAIM] == signed_in.refresh[FAMILY_CLAIM]
    assert settings.REFRESH_COOKIE_NAME not in loser.cookies  # keeps the winner's new cookie
    family = RefreshFamily.objects.get(pk=signed_in.refresh[FAMILY_CLAIM])
    assert family.revoked_at is None
    assert post_json(Client(), REFRESH_URL, refresh_cookie(winner)).status_code == 200


def test_grace_answers_once_per_rotated_token(client: Client, signed_in) -> None:
    cookie = str(signed_in.refresh)
    winner = post_json(client, REFRESH_URL, cookie)
    assert post_json(Client(), REFRESH_URL, cookie).status_code == 200  # the one grace answer

    replay = post_json(Client(), REFRESH_URL, cookie)  # still within the grace period

    assert_error(replay, 401, "token_invalid")
    family = RefreshFamily.objects.get(pk=signed_in.refresh[FAMILY_CLAIM])
    assert family.revoked_reason == RefreshFamily.RevokedReason.REUSE
    assert_error(post_json(Client(), REFRESH_URL, refresh_cookie(winner)), 401, "token_invalid")


def test_grace_covers_only_the_token_rotated_away_last(client: Client, signed_in) -> None:
    first = str(signed_in.refresh)
    second = refresh_cookie(post_json(client, REFRESH_URL, first))
    post_json(client, REFRESH_URL, second)

    assert_error(post_json(Client(), REFRESH_URL, first), 401, "token_invalid")
    family = RefreshFamily.objects.get(pk=signed_in.refresh[FAMILY_CLAIM])
    assert family.revoked_reason == RefreshFamily.RevokedReason.REUSE


def test_grace_zero_revokes_on_any_reuse(client: Client, signed_in, settings) -> None:
    settings.REFRESH_TOKEN_REUSE_GRACE = timedelta(0)
    cookie = str(signed_in.refresh)
    post_json(client, REFRESH_URL, cookie)
    assert_error(post_json(Client(), REFRESH_URL, cookie), 401, "token_invalid")


def test_missing_cookie_is_not_authenticated(client: Client) -> None:
    response = post_json(client, REFRESH_URL)
    assert_error(response, 401, "not_authenticated")
    assert_cookie_cleared(response)


@pytest.mark.parametrize(
    "raw",
    ["garbage", "a.b.c", "eyJhbGciOiJIUzI1NiJ9.e30.x"],
)
def test_malformed_cookie_is_token_invalid(client: Client, raw: str) -> None:
    response = post_json(client, REFRESH_URL, raw)
    assert_error(response, 401, "token_invalid")
    assert_cookie_cleared(response)


def test_access_token_is_not_a_refresh_token(client: Client, signed_in) -> None:
    assert_error(post_json(client, REFRESH_URL, str(signed_in.access)), 401, "token_invalid")


def test_token_signed_with_another_key_is_refused(client: Client, signed_in) -> None:
    forged = FamilyRefreshToken()
    forged["user_id"] = signed_in.refresh["user_id"]
    forged[FAMILY_CLAIM] = signed_in.refresh[FAMILY_CLAIM]
    forged.token_backend.signing_key = "another-key-0123456789-0123456789-0123456789"
    try:
        raw = str(forged)
    finally:
        forged.token_backend.signing_key = settings.SIMPLE_JWT["SIGNING_KEY"]
    assert_error(post_json(client, REFRESH_URL, raw), 401, "token_invalid")


def test_rotation_never_extends_the_family_past_its_absolute_end(client: Client, user) -> None:
    credentials = near_family_end(user, left=timedelta(hours=1))
    family = RefreshFamily.objects.get(pk=credentials.refresh[FAMILY_CLAIM])
    end = int(family.expires_at.timestamp())
    assert credentials.refresh["exp"] == end

    raw = str(credentials.refresh)
    for _ in range(3):
        response = post_json(client, REFRESH_URL, raw)
        assert response.status_code == 200
        raw = refresh_cookie(response)
        assert FamilyRefreshToken(raw)["exp"] == end  # not now + REFRESH_TOKEN_LIFETIME
        assert AccessToken(response.json()["access"])["exp"] <= end
        max_age = response.cookies[settings.REFRESH_COOKIE_NAME]["max-age"]
        assert 0 < max_age <= 3600


def test_refresh_lifetime_is_the_idle_limit_far_from_the_end(client: Client, signed_in) -> None:
    response = post_json(client, REFRESH_URL, str(signed_in.refresh))
    new = FamilyRefreshToken(refresh_cookie(response))
    lifetime = settings.SIMPLE_JWT["REFRESH_TOKEN_LIFETIME"].total_seconds()
    assert new["exp"] - new["iat"] == lifetime


def test_refresh_is_refused_past_the_family_end(client: Client, user) -> None:
    # The token itself is still unexpired: only the family's stored end refuses it (as when
    # an operator shortens a sign-in in the admin).
    credentials = near_family_end(user, left=timedelta(hours=1))
    RefreshFamily.objects.filter(pk=credentials.refresh[FAMILY_CLAIM]).update(
        expires_at=timezone.now() - timedelta(seconds=1)
    )
    response = post_json(client, REFRESH_URL, str(credentials.refresh))
    assert_error(response, 401, "token_invalid")
    me = client.get("/api/auth/me/", HTTP_AUTHORIZATION=f"Bearer {credentials.access}")
    assert_error(me, 401, "token_invalid")


def test_refresh_token_expired_by_the_clock_is_refused(client: Client, user) -> None:
    long_ago = timezone.now() - settings.REFRESH_TOKEN_FAMILY_LIFETIME - timedelta(minutes=1)
    credentials = started_at(user, long_ago)
    assert_error(post_json(client, REFRESH_URL, str(credentials.refresh)), 401, "token_invalid")


def test_inactive_user_cannot_refresh(client: Client, user, signed_in) -> None:
    user.is_active = False
    user.save()
    assert_error(post_json(client, REFRESH_URL, str(signed_in.refresh)), 401, "token_invalid")
    family = RefreshFamily.objects.get(pk=signed_in.refresh[FAMILY_CLAIM])
    assert family.revoked_reason == RefreshFamily.RevokedReason.USER_INACTIVE


def test_refresh_keeps_queries_few(client: Client, signed_in, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        response = post_json(client, REFRESH_URL, str(signed_in.refresh))
    assert response.status_code == 200


def test_refresh_is_throttled(client: Client, signed_in, settings) -> None:
    settings.REFRESH_TOKEN_THROTTLE_RATE = "2/minute"
    raw = str(signed_in.refresh)
    for _ in range(2):
        response = post_json(client, REFRESH_URL, raw)
        assert response.status_code == 200
        raw = refresh_cookie(response)
    throttled = post_json(client, REFRESH_URL, raw)
    assert_error(throttled, 429, "rate_limited")
    assert int(throttled["Retry-After"]) > 0
    # The allowance is the sign-in's (its family), not the address's.
    assert_error(post_json(Client(REMOTE_ADDR="10.0.0.9"), REFRESH_URL, raw), 429, "rate_limited")


def test_one_client_cannot_exhaust_other_sign_ins_refresh_budget(
    client: Client, user, signed_in, settings
) -> None:
    """Behind a proxy with API_NUM_PROXIES=0 every client shares one address: a flood of
    refresh calls (no cookie, a forged one, or another sign-in's) leaves this sign-in's own
    budget untouched."""
    settings.REFRESH_TOKEN_THROTTLE_RATE = "2/minute"
    other = str(start_family(user).refresh)
    for raw in (None, None, None, "forged", "forged", "forged", other, other, other):
        assert post_json(Client(), REFRESH_URL, raw).status_code in (200, 401, 429)
    assert post_json(Client(), REFRESH_URL, "forged").status_code == 429  # per address

    response = post_json(client, REFRESH_URL, str(signed_in.refresh))

    assert response.status_code == 200, response.content


def test_refresh_without_a_cookie_is_never_throttled(client: Client, settings) -> None:
    settings.REFRESH_TOKEN_THROTTLE_RATE = "1/minute"
    for _ in range(3):
        assert_error(post_json(client, REFRESH_URL), 401, "not_authenticated")
