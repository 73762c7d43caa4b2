"""Extra scopes for one connect: begin's `scopes`, from the provider's allow-list only."""

from __future__ import annotations

import pytest
from social_django.models import UserSocialAuth

from accounts.models import User
from social_login.provider_tokens import storage
from tests.support.api import assert_error, begin, query
from tests.support.fakes import Person, sign_in

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("all_providers")]

CALENDAR = "https://www.googleapis.com/auth/calendar.readonly"


@pytest.fixture
def carol(api_client) -> User:
    user = User.objects.create_user("carol", "carol@example.com")
    api_client.force_authenticate(user)
    return user


def test_github_connect_asks_for_the_extra_scopes(api_client, carol) -> None:
    response = begin(api_client, "github", intent="connect", scopes=["gist", "public_repo"])
    assert response.status_code == 200, response.content
    assert query(response.json()["authorization_url"])["scope"] == "user:email,gist,public_repo"


def test_google_connect_is_incremental(api_client, mocked, carol) -> None:
    from tests.support.providers import serve_discovery

    serve_discovery(mocked, "https://accounts.google.com")
    response = begin(api_client, "google", intent="connect", scopes=[CALENDAR])
    assert response.status_code == 200, response.content
    authorize = query(response.json()["authorization_url"])
    assert CALENDAR in authorize["scope"].split()
    assert "openid" in authorize["scope"].split()
    assert authorize["include_granted_scopes"] == "true"
    assert authorize["access_type"] == "offline"


def test_the_granted_scopes_are_stored_with_the_tokens(api_client, mocked, carol) -> None:
    person = Person(extra={"token": {"scope": "openid profile email read:things"}})
    response = sign_in(api_client, mocked, "dev", person, intent="connect").response
    assert response.status_code == 200, response.content
    tokens = storage.read(UserSocialAuth.objects.get())
    assert tokens["scope"] == "openid profile email read:things"


def test_a_scope_outside_the_allow_list_is_refused(api_client, carol) -> None:
    response = begin(api_client, "github", intent="connect", scopes=["delete_repo"])
    error = assert_error(response, 400, "invalid_request")
    assert "delete_repo" in error["fields"]["scopes"][0]


def test_extra_scopes_are_for_connect_only(api_client) -> None:
    response = begin(api_client, "github", scopes=["gist"])
    error = assert_error(response, 400, "invalid_request")
    assert error["fields"]["scopes"]


def test_scopes_must_be_a_list_of_strings(api_client, carol) -> None:
    response = begin(api_client, "github", intent="connect", scopes="gist")
    assert_error(response, 400, "invalid_request")
