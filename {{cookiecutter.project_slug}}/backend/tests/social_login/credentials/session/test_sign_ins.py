"""Session mode's "where you're signed in": sessions listed and ended, CSRF checked."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone

from accounts.models import User
from social_login.credentials.session.models import SessionSignIn
from tests.support.api import assert_error

from .urls import SIGN_IN_URL

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.urls("tests.social_login.credentials.session.urls"),
]
URL = "/api/auth/sign-ins/"
FIREFOX = "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0"


class Browser:
    """One browser signed in as `username`, sending its CSRF token on unsafe calls."""

    def __init__(self, username: str = "alice", user_agent: str = FIREFOX) -> None:
        self.client = Client(enforce_csrf_checks=True, HTTP_USER_AGENT=user_agent)
        self.client.cookies[settings.CSRF_COOKIE_NAME] = "b" * 32
        response = self.client.post(
            SIGN_IN_URL, {"username": username}, "application/json", HTTP_X_CSRFTOKEN="b" * 32
        )
        assert response.status_code == 200
        self.csrf = response.cookies[settings.CSRF_COOKIE_NAME].value
        self.session_key = self.client.cookies[settings.SESSION_COOKIE_NAME].value

    def get(self, path: str = URL):
        return self.client.get(path)

    def unsafe(self, method: str, path: str, body: dict | None = None, *, csrf: bool = True):
        headers = {"HTTP_X_CSRFTOKEN": self.csrf} if csrf else {}
        return getattr(self.client, method)(path, body or {}, "application/json", **headers)

    def signed_in(self) -> bool:
        return self.get("/api/auth/me/").status_code == 200


@pytest.fixture
def here(user) -> Browser:
    return Browser()


@pytest.fixture
def elsewhere(user) -> Browser:
    return Browser(user_agent="curl/8.5.0")


def test_sign_in_links_the_session_to_the_user(user, here) -> None:
    sign_in = SessionSignIn.objects.get(session_id=here.session_key)
    assert sign_in.user == user
    assert sign_in.user_agent == FIREFOX


def test_list_shows_each_session_and_marks_this_one(here, elsewhere) -> None:
    response = here.get()
    assert response.status_code == 200
    by_id = {item["id"]: item for item in response.json()}
    assert set(by_id) == {here.session_key, elsewhere.session_key}
    assert by_id[here.session_key]["current"] is True
    assert by_id[here.session_key]["device"] == "Firefox on Ubuntu"
    assert by_id[elsewhere.session_key]["current"] is False
    assert by_id[elsewhere.session_key]["device"] == "curl"


def test_list_leaves_out_expired_sessions_and_other_users(user, here, elsewhere) -> None:
    Session.objects.filter(session_key=elsewhere.session_key).update(
        expire_date=timezone.now() - timedelta(seconds=1)
    )
    User.objects.create_user("bob")
    Browser("bob")
    assert [item["id"] for item in here.get().json()] == [here.session_key]


def test_use_updates_last_used(here) -> None:
    long_ago = timezone.now() - timedelta(hours=1)
    SessionSignIn.objects.filter(session_id=here.session_key).update(last_used_at=long_ago)
    here.get("/api/auth/me/")
    assert SessionSignIn.objects.get(session_id=here.session_key).last_used_at > long_ago


def test_logout_removes_the_sign_in(here) -> None:
    assert here.unsafe("post", "/api/auth/logout/").status_code == 204
    assert not SessionSignIn.objects.filter(session_id=here.session_key).exists()


def test_sign_out_one_ends_that_session_only(here, elsewhere) -> None:
    response = here.unsafe("delete", f"{URL}{elsewhere.session_key}/")
    assert response.status_code == 204
    assert not elsewhere.signed_in()
    assert here.signed_in()


def test_signing_out_this_session_signs_out(here) -> None:
    response = here.unsafe("delete", f"{URL}{here.session_key}/")
    assert response.status_code == 204
    assert response.cookies[settings.SESSION_COOKIE_NAME].value == ""
    assert not here.signed_in()


def test_another_users_session_is_404_and_stays(user, here) -> None:
    User.objects.create_user("bob")
    bob = Browser("bob")
    assert_error(here.unsafe("delete", f"{URL}{bob.session_key}/"), 404, "not_found")
    assert bob.signed_in()


def test_unknown_session_is_404(here) -> None:
    assert_error(here.unsafe("delete", f"{URL}nope/"), 404, "not_found")


def test_sign_out_others_keeps_only_this_one(user, here, elsewhere) -> None:
    third = Browser()
    assert here.unsafe("post", f"{URL}sign-out-others/").status_code == 204
    assert not elsewhere.signed_in()
    assert not third.signed_in()
    assert [item["id"] for item in here.get().json()] == [here.session_key]


def test_sign_out_all_ends_every_session(here, elsewhere) -> None:
    response = here.unsafe("post", f"{URL}sign-out-all/")
    assert response.status_code == 204
    assert response.cookies[settings.SESSION_COOKIE_NAME].value == ""
    assert not here.signed_in()
    assert not elsewhere.signed_in()


def test_delete_account_ends_every_session(user, here, elsewhere) -> None:
    response = here.unsafe("delete", "/api/auth/me/", {"confirm": "delete"})
    assert response.status_code == 204
    assert response.cookies[settings.SESSION_COOKIE_NAME].value == ""
    assert not User.objects.filter(pk=user.pk).exists()
    assert not Session.objects.exists()
    assert not elsewhere.signed_in()


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("delete", "{URL}{other}/", None),
        ("post", "{URL}sign-out-others/", None),
        ("post", "{URL}sign-out-all/", None),
        ("delete", "/api/auth/me/", {"confirm": "delete"}),
        ("patch", "/api/auth/me/", {"display_name": "Mallory"}),
        ("post", "/api/notes/", {"text": "forged"}),
    ],
)
def test_unsafe_calls_without_csrf_token_are_refused(user, here, elsewhere, method, path, body):
    path = path.format(URL=URL, other=elsewhere.session_key)
    response = here.unsafe(method, path, body, csrf=False)
    assert_error(response, 403, "csrf_failed")
    assert elsewhere.signed_in()
    assert here.signed_in()
    user.refresh_from_db()
    assert user.display_name == ""
    assert not user.notes.exists()


def test_signed_out_list_is_401(client) -> None:
    assert_error(client.get(URL), 401, "not_authenticated")
