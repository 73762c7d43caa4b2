"""jwt mode's "where you're signed in": refresh-token families listed and ended."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client, RequestFactory
from django.utils import timezone
from rest_framework_simplejwt.token_blacklist.models import OutstandingToken

from accounts.models import User
from social_login.credentials.jwt.models import RefreshFamily
from social_login.credentials.jwt.sign_in import signed_in_response
from social_login.credentials.jwt.tokens import Credentials, start_family

from .support import REFRESH_URL, assert_cookie_cleared, assert_error, post_json

pytestmark = pytest.mark.django_db
URL = "/api/auth/sign-ins/"
FIREFOX = "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0"


def bearer(credentials: Credentials) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {credentials.access}"}


def family_id(credentials: Credentials) -> str:
    assert credentials.refresh is not None
    return credentials.refresh.family_id


def refresh_works(credentials: Credentials) -> bool:
    assert credentials.refresh is not None
    return post_json(Client(), REFRESH_URL, str(credentials.refresh)).status_code == 200


@pytest.fixture
def here(user) -> Credentials:
    return start_family(user, user_agent=FIREFOX)


@pytest.fixture
def elsewhere(user) -> Credentials:
    return start_family(user, user_agent="curl/8.5.0")


def test_sign_in_records_the_user_agent(user) -> None:
    request = RequestFactory().post("/", HTTP_USER_AGENT=FIREFOX)
    signed_in_response(request, user, is_new=False)
    assert RefreshFamily.objects.get(user=user).user_agent == FIREFOX


def test_list_shows_each_live_sign_in_and_marks_this_one(client, here, elsewhere) -> None:
    response = client.get(URL, **bearer(here))
    assert response.status_code == 200
    by_id = {item["id"]: item for item in response.json()}
    assert set(by_id) == {family_id(here), family_id(elsewhere)}
    assert by_id[family_id(here)]["current"] is True
    assert by_id[family_id(here)]["device"] == "Firefox on Ubuntu"
    assert by_id[family_id(elsewhere)]["current"] is False
    assert by_id[family_id(elsewhere)]["device"] == "curl"
    assert by_id[family_id(here)]["started_at"]
    assert by_id[family_id(here)]["last_used_at"]


def test_list_leaves_out_ended_sign_ins_and_other_users(client, user, here, elsewhere) -> None:
    RefreshFamily.objects.filter(pk=family_id(elsewhere)).update(revoked_at=timezone.now())
    idle = start_family(user)
    OutstandingToken.objects.filter(jti=idle.refresh["jti"]).update(
        expires_at=timezone.now() - timedelta(seconds=1)
    )
    start_family(User.objects.create_user("bob"))
    ids = [item["id"] for item in client.get(URL, **bearer(here)).json()]
    assert ids == [family_id(here)]


def test_last_used_is_the_last_refresh(client, user, here) -> None:
    an_hour_ago = timezone.now() - timedelta(hours=1)
    earlier = start_family(user, now=an_hour_ago)
    before = {item["id"]: item for item in client.get(URL, **bearer(here)).json()}
    assert before[family_id(earlier)]["last_used_at"] == before[family_id(earlier)]["started_at"]

    assert refresh_works(earlier)

    after = {item["id"]: item for item in client.get(URL, **bearer(here)).json()}
    family = RefreshFamily.objects.get(pk=family_id(earlier))
    assert family.rotated_at is not None
    assert family.rotated_at > an_hour_ago
    assert after[family_id(earlier)]["last_used_at"] != after[family_id(earlier)]["started_at"]


def test_sign_out_one_ends_that_sign_in_only(client, here, elsewhere) -> None:
    response = client.delete(f"{URL}{family_id(elsewhere)}/", **bearer(here))
    assert response.status_code == 204
    assert not refresh_works(elsewhere)
    assert client.get(URL, **bearer(elsewhere)).status_code == 401
    assert client.get(URL, **bearer(here)).status_code == 200


def test_signing_out_this_sign_in_clears_the_cookie(client, here) -> None:
    response = client.delete(f"{URL}{family_id(here)}/", **bearer(here))
    assert response.status_code == 204
    assert_cookie_cleared(response)
    assert_error(client.get(URL, **bearer(here)), 401, "token_invalid")


@pytest.mark.parametrize("sign_in_id", ["not-a-uuid", "00000000-0000-0000-0000-000000000000"])
def test_unknown_sign_in_is_404(client, here, sign_in_id) -> None:
    assert_error(client.delete(f"{URL}{sign_in_id}/", **bearer(here)), 404, "not_found")


def test_another_users_sign_in_is_404_and_stays(client, here) -> None:
    bobs = start_family(User.objects.create_user("bob"))
    assert_error(client.delete(f"{URL}{family_id(bobs)}/", **bearer(here)), 404, "not_found")
    assert refresh_works(bobs)


def test_sign_out_others_keeps_only_this_one(client, user, here, elsewhere) -> None:
    third = start_family(user)
    response = client.post(f"{URL}sign-out-others/", {}, "application/json", **bearer(here))
    assert response.status_code == 204
    assert not refresh_works(elsewhere)
    assert not refresh_works(third)
    assert [item["id"] for item in client.get(URL, **bearer(here)).json()] == [family_id(here)]


def test_sign_out_all_ends_every_sign_in_and_clears_the_cookie(client, here, elsewhere) -> None:
    response = client.post(f"{URL}sign-out-all/", {}, "application/json", **bearer(here))
    assert response.status_code == 204
    assert_cookie_cleared(response)
    assert not refresh_works(here)
    assert not refresh_works(elsewhere)
    assert_error(client.get(URL, **bearer(here)), 401, "token_invalid")


def test_delete_account_ends_every_credential(client, user, here, elsewhere) -> None:
    response = client.delete(
        "/api/auth/me/", {"confirm": "delete"}, "application/json", **bearer(here)
    )
    assert response.status_code == 204
    assert_cookie_cleared(response)
    assert not User.objects.filter(pk=user.pk).exists()
    assert not RefreshFamily.objects.exists()
    assert not OutstandingToken.objects.exists()
    assert not refresh_works(elsewhere)


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", URL),
        ("delete", f"{URL}00000000-0000-0000-0000-000000000000/"),
        ("post", f"{URL}sign-out-others/"),
        ("post", f"{URL}sign-out-all/"),
    ],
)
def test_signed_out_is_401(client, method, path) -> None:
    assert_error(
        getattr(client, method)(path, content_type="application/json"), 401, "not_authenticated"
    )
