"""Linking a provider to the signed-in user (begin with intent=connect), and why a plain login
never does."""

import pytest
from social_django.models import UserSocialAuth

from accounts.models import User
from tests.support.api import assert_error, complete
from tests.support.fakes import FAKES, Person, callback_params, sign_in, start

pytestmark = pytest.mark.django_db


@pytest.fixture
def carol() -> User:
    return User.objects.create_user("carol", "carol@example.com")


def test_connect_links_the_identity_to_the_caller(api_client, mocked, carol) -> None:
    api_client.force_authenticate(carol)
    person = Person(uid="carol-at-dev", email="carol.other@example.com")
    response = sign_in(api_client, mocked, "dev", person, intent="connect").response
    assert response.status_code == 200, response.content
    assert response.json()["is_new"] is False
    assert response.json()["user"]["id"] == carol.pk
    assert UserSocialAuth.objects.get(uid="carol-at-dev").user == carol
    assert User.objects.count() == 1


def test_connect_keeps_the_callers_name(api_client, mocked) -> None:
    alice = User.objects.create_user("alice", first_name="Alice", last_name="Liddell")
    api_client.force_authenticate(alice)
    sign_in(api_client, mocked, "dev", Person(uid="bob-sub", name="Bob Builder"), intent="connect")
    alice.refresh_from_db()
    assert (alice.first_name, alice.last_name) == ("Alice", "Liddell")


def test_sign_in_fills_an_empty_name(api_client, mocked) -> None:
    response = sign_in(api_client, mocked, "dev", Person(name="Octo Cat")).response
    user = User.objects.get(pk=response.json()["user"]["id"])
    assert (user.first_name, user.last_name) == ("Octo", "Cat")


def test_connect_then_sign_in_with_the_provider(api_client, mocked, carol) -> None:
    api_client.force_authenticate(carol)
    sign_in(api_client, mocked, "dev", Person(uid="c1"), intent="connect")
    api_client.force_authenticate(None)
    response = sign_in(api_client, mocked, "dev", Person(uid="c1")).response
    assert response.json()["user"]["id"] == carol.pk


def test_connect_must_be_completed_by_the_same_user(api_client, mocked, carol) -> None:
    api_client.force_authenticate(carol)
    login = start(api_client, mocked, "dev", intent="connect")
    FAKES["dev"].serve(mocked, login.authorize, Person())
    mallory = User.objects.create_user("mallory", "mallory@example.com")
    api_client.force_authenticate(mallory)
    response = complete(api_client, "dev", flow=login.flow, **callback_params("dev", login))
    assert_error(response, 400, "invalid_flow")
    assert not UserSocialAuth.objects.exists()


def test_connect_cannot_be_completed_signed_out(api_client, mocked, carol) -> None:
    api_client.force_authenticate(carol)
    login = start(api_client, mocked, "dev", intent="connect")
    api_client.force_authenticate(None)
    response = complete(api_client, "dev", flow=login.flow, **callback_params("dev", login))
    assert_error(response, 401, "not_authenticated")
    assert response["WWW-Authenticate"] == api_client.get("/api/auth/me/")["WWW-Authenticate"]
    assert not UserSocialAuth.objects.exists()


def test_identity_of_another_user_cannot_be_connected(api_client, mocked, carol) -> None:
    owner = sign_in(api_client, mocked, "dev", Person(uid="shared")).response.json()["user"]
    api_client.force_authenticate(carol)
    response = sign_in(api_client, mocked, "dev", Person(uid="shared"), intent="connect").response
    assert_error(response, 409, "identity_in_use", provider="dev")
    assert UserSocialAuth.objects.get(uid="shared").user_id == owner["id"]


def test_plain_login_never_attaches_to_the_caller(api_client, mocked, carol) -> None:
    """A signed-in caller completing a plain login gets the identity's own user, never a link."""
    api_client.force_authenticate(carol)
    person = Person(uid="stranger", username="stranger", email="stranger@example.com")
    response = sign_in(api_client, mocked, "dev", person).response
    assert response.status_code == 200, response.content
    assert response.json()["user"]["id"] != carol.pk
    assert not carol.social_auth.exists()
