"""GET /api/auth/connections/ and DELETE /api/auth/connections/{id}/."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient
from social_django.models import UserSocialAuth

from accounts.models import User
from social_login.connections.pipeline import DISCONNECT_PIPELINE
from tests.support.api import assert_error

pytestmark = pytest.mark.django_db

URL = "/api/auth/connections/"


@pytest.fixture
def alice() -> User:
    user = User.objects.create_user("alice", "alice@example.com")
    user.set_unusable_password()
    user.save()
    return user


@pytest.fixture
def alice_client(alice: User) -> APIClient:
    client = APIClient()
    client.force_authenticate(alice)
    return client


def connect(user: User, backend_name: str, uid: str) -> UserSocialAuth:
    return UserSocialAuth.objects.create(user=user, provider=backend_name, uid=uid)


def test_lists_the_users_connections_with_registry_provider_ids(alice, alice_client) -> None:
    dev = connect(alice, "dev", "sub-1")
    x = connect(alice, "twitter-oauth2", "42")
    connect(User.objects.create_user("bob"), "dev", "sub-2")

    response = alice_client.get(URL)

    assert response.status_code == 200
    connections = response.json()["connections"]
    assert [(c["id"], c["provider"], c["uid"]) for c in connections] == [
        (dev.pk, "dev", "sub-1"),
        (x.pk, "x", "42"),  # registry id, not social-core's backend name
    ]
    assert set(connections[0]) == {"id", "provider", "uid", "label", "created"}
    assert connections[0]["created"].startswith(str(dev.created.year))


def test_list_is_empty_without_connections(alice_client) -> None:
    response = alice_client.get(URL)
    assert response.json() == {"connections": []}


def test_signed_out_is_401() -> None:
    assert_error(APIClient().get(URL), 401, "not_authenticated")
    assert_error(APIClient().delete(f"{URL}1/"), 401, "not_authenticated")


def test_disconnect_removes_one_of_two(alice, alice_client, settings) -> None:
    settings.DEV_PROVIDER_ENABLED = True
    dev = connect(alice, "dev", "sub-1")
    dev2 = connect(alice, "dev", "sub-9")

    response = alice_client.delete(f"{URL}{dev.pk}/")

    assert response.status_code == 204
    assert list(UserSocialAuth.objects.filter(user=alice)) == [dev2]


def test_last_way_to_sign_in_is_409(alice, alice_client) -> None:
    dev = connect(alice, "dev", "sub-1")
    response = alice_client.delete(f"{URL}{dev.pk}/")
    assert_error(response, 409, "last_login_method")
    assert UserSocialAuth.objects.filter(pk=dev.pk).exists()


def test_a_connection_to_an_unoffered_provider_is_no_way_to_sign_in(
    alice, alice_client, settings
) -> None:
    settings.DEV_PROVIDER_ENABLED = True
    dev = connect(alice, "dev", "sub-1")
    connect(alice, "github", "7")  # GitHub has no keys configured: no button to sign in with
    assert_error(alice_client.delete(f"{URL}{dev.pk}/"), 409, "last_login_method")


def test_a_usable_password_allows_removing_the_last_connection(alice, alice_client) -> None:
    alice.set_password("a-strong-password-123")
    alice.save()
    dev = connect(alice, "dev", "sub-1")
    assert alice_client.delete(f"{URL}{dev.pk}/").status_code == 204
    assert not UserSocialAuth.objects.filter(user=alice).exists()


def test_connection_of_a_provider_gone_from_the_registry(alice, alice_client) -> None:
    alice.set_password("a-strong-password-123")
    alice.save()
    old = connect(alice, "retired-provider", "1")
    assert alice_client.get(URL).json()["connections"][0]["provider"] == "retired-provider"
    assert alice_client.delete(f"{URL}{old.pk}/").status_code == 204
    assert not UserSocialAuth.objects.filter(pk=old.pk).exists()


def test_another_users_connection_is_404(alice_client) -> None:
    bobs = connect(User.objects.create_user("bob"), "dev", "sub-2")
    assert_error(alice_client.delete(f"{URL}{bobs.pk}/"), 404, "not_found")
    assert UserSocialAuth.objects.filter(pk=bobs.pk).exists()


@pytest.mark.parametrize("pk", ["999999", "abc"])
def test_unknown_connection_is_404(alice_client, pk: str) -> None:
    assert_error(alice_client.delete(f"{URL}{pk}/"), 404, "not_found")


CALLS: list[dict] = []


def record_step(user, association_id=None, *args, **kwargs) -> None:
    CALLS.append({"user": user, "association_id": association_id, "name": kwargs["name"]})


def test_a_setting_replaces_the_disconnect_pipeline(alice, alice_client, settings) -> None:
    settings.DEV_PROVIDER_ENABLED = True
    settings.SOCIAL_AUTH_DISCONNECT_PIPELINE = (
        f"{__name__}.record_step",
        *DISCONNECT_PIPELINE,
    )
    CALLS.clear()
    dev = connect(alice, "dev", "sub-1")
    connect(alice, "dev", "sub-9")

    assert alice_client.delete(f"{URL}{dev.pk}/").status_code == 204
    assert [{"user": alice, "association_id": dev.pk, "name": "dev"}] == CALLS
