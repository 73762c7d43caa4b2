"""The example resource: each user sees and deletes only their own notes."""

from __future__ import annotations

import pytest

from accounts.models import User
from notes.models import Note

pytestmark = pytest.mark.django_db
URL = "/api/notes/"


@pytest.fixture
def alice() -> User:
    return User.objects.create_user("alice")


@pytest.fixture
def bob() -> User:
    return User.objects.create_user("bob")


def test_create_then_list_own_notes(api_client, alice) -> None:
    api_client.force_authenticate(alice)
    created = api_client.post(URL, {"text": "  buy milk "}, format="json")
    assert created.status_code == 201
    body = created.json()
    assert body["text"] == "buy milk"
    assert set(body) == {"id", "text", "created_at"}
    assert Note.objects.get(pk=body["id"]).owner == alice
    assert api_client.get(URL).json() == [body]


def test_others_notes_are_invisible(api_client, alice, bob) -> None:
    Note.objects.create(owner=bob, text="bob's secret")
    api_client.force_authenticate(alice)
    assert api_client.get(URL).json() == []


def test_owner_cannot_be_chosen_by_the_client(api_client, alice, bob) -> None:
    api_client.force_authenticate(alice)
    created = api_client.post(URL, {"text": "x", "owner": bob.pk}, format="json")
    assert Note.objects.get(pk=created.json()["id"]).owner == alice


def test_delete_own_note(api_client, alice) -> None:
    note = Note.objects.create(owner=alice, text="x")
    api_client.force_authenticate(alice)
    assert api_client.delete(f"{URL}{note.pk}/").status_code == 204
    assert not Note.objects.exists()


def test_deleting_another_users_note_is_404_and_keeps_it(api_client, alice, bob) -> None:
    note = Note.objects.create(owner=bob, text="bob's")
    api_client.force_authenticate(alice)
    response = api_client.delete(f"{URL}{note.pk}/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    assert Note.objects.filter(pk=note.pk).exists()


@pytest.mark.parametrize(
    "body", [{}, {"text": ""}, {"text": "   "}, {"text": "x" * 501}, {"text": "a\x00b"}]
)
def test_bad_note_is_400_json(api_client, alice, body) -> None:
    api_client.force_authenticate(alice)
    response = api_client.post(URL, body, format="json")
    assert response.status_code == 400
    assert response.json()["error"]["fields"]["text"]
    assert not Note.objects.exists()


@pytest.mark.parametrize("method", ["get", "post"])
def test_signed_out_is_401(api_client, method) -> None:
    response = getattr(api_client, method)(URL, {"text": "x"}, format="json")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


def test_signed_out_delete_is_401(api_client, alice) -> None:
    note = Note.objects.create(owner=alice, text="x")
    assert api_client.delete(f"{URL}{note.pk}/").status_code == 401
    assert Note.objects.filter(pk=note.pk).exists()


@pytest.mark.parametrize("note_id", ["99999999999999999999999", "0"])
def test_out_of_range_id_is_404_json(api_client, alice, note_id) -> None:
    api_client.force_authenticate(alice)
    response = api_client.delete(f"{URL}{note_id}/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
