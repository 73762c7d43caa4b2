"""Sign in with Apple asking for name and email: Apple POSTs its answer (form_post) to
/auth/callback; the name reaches the user, and nothing but code and state reaches a URL."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client

from accounts.models import User
from social_login.backends import apple_form_post
from tests.support.api import complete
from tests.support.fakes import FAKES, Person, start

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("all_providers")]

# The `user` field as Apple posts it, on the first authorization only (Apple's "Request an
# authorization to the Sign in with Apple server", response_mode form_post).
APPLE_USER = json.dumps(
    {"name": {"firstName": "John", "lastName": "Appleseed"}, "email": "posted@example.com"}
)


def apple_posts(state: str, **fields: str) -> object:
    """The browser's cross-site form POST from appleid.apple.com (no CSRF token, no cookie)."""
    browser = Client(enforce_csrf_checks=True)
    return browser.post(
        "/auth/callback",
        {
            "state": state,
            "code": "c0a1b2.0.apple-code",
            "id_token": "eyJraWQiOi.apple.idtoken",
            **fields,
        },
        HTTP_ORIGIN="https://appleid.apple.com",
    )


def test_apple_asks_for_name_and_email_with_form_post(api_client, mocked) -> None:
    login = start(api_client, mocked, "apple")
    assert login.authorize["response_mode"] == "form_post"
    assert login.authorize["scope"] == "name email"


def test_the_form_post_goes_on_to_the_callback_page_with_code_and_state_only(
    api_client, mocked
) -> None:
    login = start(api_client, mocked, "apple")
    state = login.authorize["state"]
    response = apple_posts(state, user=APPLE_USER)

    assert response.status_code == 303
    location = urlsplit(response["Location"])
    assert location.path == "/auth/callback"
    assert parse_qs(location.query) == {"code": ["c0a1b2.0.apple-code"], "state": [state]}
    assert "John" not in response["Location"]
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["Cross-Origin-Opener-Policy"] == "unsafe-none"


def test_apple_sign_in_gets_the_posted_name_and_the_signed_email(api_client, mocked) -> None:
    login = start(api_client, mocked, "apple")
    state = login.authorize["state"]
    apple_posts(state, user=APPLE_USER)
    FAKES["apple"].serve(mocked, login.authorize, Person(uid="001234.apple", email="j@icloud.com"))

    response = complete(
        api_client, "apple", flow=login.flow, code="c0a1b2.0.apple-code", state=state
    )

    assert response.status_code == 200, response.content
    user = User.objects.get()
    assert (user.first_name, user.last_name) == ("John", "Appleseed")
    assert user.email == "j@icloud.com"  # the ID token's, not the unsigned posted one
    assert apple_form_post.take(state) is None  # handed off once


def test_a_later_sign_in_without_user_field_still_works(api_client, mocked) -> None:
    login = start(api_client, mocked, "apple")
    state = login.authorize["state"]
    assert apple_posts(state).status_code == 303
    FAKES["apple"].serve(mocked, login.authorize, Person(uid="001234.apple"))
    response = complete(api_client, "apple", flow=login.flow, code="x", state=state)
    assert response.status_code == 200, response.content


@pytest.mark.parametrize("user", ["not json", "[]", '{"name": "John"}', '{"name": {"x": 1}}'])
def test_a_malformed_user_field_is_ignored(api_client, mocked, user: str) -> None:
    login = start(api_client, mocked, "apple")
    state = login.authorize["state"]
    assert apple_posts(state, user=user).status_code == 303
    assert apple_form_post.take(state) is None


def test_a_cancelled_authorization_goes_on_as_an_error(api_client, mocked) -> None:
    browser = Client(enforce_csrf_checks=True)
    response = browser.post("/auth/callback", {"error": "user_cancelled_authorize", "state": "s1"})
    assert response.status_code == 303
    assert parse_qs(urlsplit(response["Location"]).query) == {
        "error": ["user_cancelled_authorize"],
        "state": ["s1"],
    }
