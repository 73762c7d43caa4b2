"""DELETE /api/auth/me/: confirmation, what goes, provider grants revoked (or not)."""

from __future__ import annotations

import logging

import pytest
import responses
from social_django.models import UserSocialAuth

from accounts.models import User
from notes.models import Note

pytestmark = pytest.mark.django_db
URL = "/api/auth/me/"
GOOGLE_REVOKE = "https://accounts.google.com/o/oauth2/revoke"


@pytest.fixture
def alice() -> User:
    user = User.objects.create_user("alice", "alice@example.com")
    UserSocialAuth.objects.create(
        user=user,
        provider="google-openidconnect",
        uid="alice-google",
        extra_data={"access_token": "ya29.alice-token", "token_type": "Bearer"},
    )
    UserSocialAuth.objects.create(user=user, provider="github", uid="alice-github")
    Note.objects.create(owner=user, text="mine")
    return user


def delete(client, body):
    return client.delete(URL, body, format="json")


@responses.activate
def test_delete_removes_user_identities_and_rows_and_revokes_the_grant(api_client, alice) -> None:
    revoke = responses.get(GOOGLE_REVOKE, body="")
    api_client.force_authenticate(alice)

    response = delete(api_client, {"confirm": "delete"})

    assert response.status_code == 204
    assert not User.objects.filter(pk=alice.pk).exists()
    assert not UserSocialAuth.objects.filter(uid__startswith="alice-").exists()
    assert not Note.objects.exists()
    assert revoke.call_count == 1
    assert "token=ya29.alice-token" in responses.calls[0].request.url


@responses.activate
def test_a_provider_refusing_to_revoke_does_not_block_deletion(api_client, alice, caplog) -> None:
    responses.get(
        GOOGLE_REVOKE,
        status=400,
        json={"error": "invalid_token", "error_description": "Token expired or revoked"},
    )
    api_client.force_authenticate(alice)

    with caplog.at_level(logging.WARNING, logger="accounts.grants"):
        response = delete(api_client, {"confirm": "delete"})

    assert response.status_code == 204
    assert not User.objects.filter(pk=alice.pk).exists()
    assert "google-openidconnect" in caplog.text


@pytest.mark.parametrize("body", [{}, {"confirm": ""}, {"confirm": "alice"}, {"confirm": 3}])
def test_delete_without_confirmation_is_400_and_keeps_the_user(api_client, alice, body) -> None:
    api_client.force_authenticate(alice)
    response = delete(api_client, body)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid_request"
    assert error["fields"]["confirm"]
    assert User.objects.filter(pk=alice.pk).exists()


def test_confirmation_ignores_case_and_spaces(api_client) -> None:
    bob = User.objects.create_user("bob")
    api_client.force_authenticate(bob)
    assert delete(api_client, {"confirm": " Delete "}).status_code == 204
    assert not User.objects.filter(pk=bob.pk).exists()


def test_signed_out_delete_is_401(api_client, alice) -> None:
    response = delete(api_client, {"confirm": "delete"})
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"
    assert User.objects.filter(pk=alice.pk).exists()
