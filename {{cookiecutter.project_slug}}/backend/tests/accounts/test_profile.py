"""PATCH /api/auth/me/: the display name."""

from __future__ import annotations

import pytest

from accounts.models import User

pytestmark = pytest.mark.django_db
URL = "/api/auth/me/"


@pytest.fixture
def alice() -> User:
    return User.objects.create_user("alice", first_name="Alice", last_name="Liddell")


def patch(client, body):
    return client.patch(URL, body, format="json")


def test_edit_display_name_is_saved_trimmed_and_returned(api_client, alice) -> None:
    api_client.force_authenticate(alice)
    response = patch(api_client, {"display_name": "  Queen Alice  "})
    assert response.status_code == 200
    assert response.json()["display_name"] == "Queen Alice"
    alice.refresh_from_db()
    assert alice.display_name == "Queen Alice"
    assert api_client.get(URL).json()["display_name"] == "Queen Alice"


def test_the_chosen_name_wins_over_the_provider_name(api_client, alice) -> None:
    api_client.force_authenticate(alice)
    assert api_client.get(URL).json()["display_name"] == "Alice Liddell"
    patch(api_client, {"display_name": "Ali"})
    assert api_client.get(URL).json()["display_name"] == "Ali"


@pytest.mark.parametrize(
    "body",
    [
        {"display_name": ""},
        {"display_name": "   "},
        {"display_name": "x" * 65},
        {"display_name": "bell\x07"},
        {"display_name": "evil\u202eeman"},  # right-to-left override
        {"display_name": "two\nlines"},
        {"display_name": None},
        {"display_name": ["a"]},
        {},
    ],
)
def test_bad_display_name_is_400_json(api_client, alice, body) -> None:
    api_client.force_authenticate(alice)
    response = patch(api_client, body)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid_request"
    assert error["fields"]["display_name"]
    alice.refresh_from_db()
    assert alice.display_name == ""


def test_display_name_of_64_characters_is_accepted(api_client, alice) -> None:
    api_client.force_authenticate(alice)
    response = patch(api_client, {"display_name": "é" * 64})
    assert response.status_code == 200
    assert response.json()["display_name"] == "é" * 64


def test_not_json_is_415_json(api_client, alice) -> None:
    api_client.force_authenticate(alice)
    response = api_client.patch(URL, "display_name=x", content_type="text/plain")
    assert response.status_code == 415
    assert response.json()["error"]["code"] == "invalid_request"


def test_signed_out_patch_is_401(api_client) -> None:
    response = patch(api_client, {"display_name": "Mallory"})
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"
