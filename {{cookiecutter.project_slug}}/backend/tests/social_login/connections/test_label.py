"""A connection's `label`: the provider's email or username, saved at each sign-in."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient
from social_django.models import UserSocialAuth

from accounts.models import User
from tests.support.fakes import Person, sign_in

pytestmark = pytest.mark.django_db

URL = "/api/auth/connections/"


def labels_of(user: User) -> list[str]:
    client = APIClient()
    client.force_authenticate(user)
    response = client.get(URL)
    assert response.status_code == 200
    return [connection["label"] for connection in response.json()["connections"]]


def signed_in_user(api_client, mocked, provider: str, person: Person) -> User:
    response = sign_in(api_client, mocked, provider, person).response
    assert response.status_code == 200, response.content
    return User.objects.get(pk=response.json()["user"]["id"])


def test_label_is_the_providers_email(api_client, mocked) -> None:
    user = signed_in_user(api_client, mocked, "dev", Person(email="alice@example.com"))
    assert labels_of(user) == ["alice@example.com"]


def test_label_is_the_username_without_an_email(api_client, all_providers, mocked) -> None:
    user = signed_in_user(api_client, mocked, "github", Person(username="octo", email=""))
    assert labels_of(user) == ["octo"]


def test_label_follows_a_changed_address_at_the_next_sign_in(api_client, mocked) -> None:
    signed_in_user(api_client, mocked, "dev", Person(email="old@example.com"))
    user = signed_in_user(api_client, mocked, "dev", Person(email="new@example.com"))
    assert labels_of(user) == ["new@example.com"]


def test_identity_connected_before_labels_has_an_empty_label() -> None:
    user = User.objects.create_user("alice")
    UserSocialAuth.objects.create(user=user, provider="dev", uid="sub-1", extra_data={})
    assert labels_of(user) == [""]


def test_label_is_not_stored_with_the_tokens_alone(api_client, mocked) -> None:
    """The label sits beside load_extra_data's fields, which the next sign-in merges into."""
    signed_in_user(api_client, mocked, "dev", Person(email="alice@example.com"))
    extra = UserSocialAuth.objects.get().extra_data
    assert extra["label"] == "alice@example.com"
    assert "auth_time" in extra or "access_token" in extra
