import pytest
from django.conf import settings
from rest_framework import serializers

from accounts.models import User


class NameOnlySerializer(serializers.Serializer):
    name = serializers.CharField(source="get_full_name")


@pytest.fixture
def alice() -> User:
    return User.objects.create_user(
        "alice", "alice@example.com", first_name="Alice", last_name="Liddell"
    )


@pytest.mark.django_db
def test_me_signed_out_is_401_json(client) -> None:
    response = client.get("/api/auth/me/")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"
    assert response["WWW-Authenticate"]


@pytest.mark.django_db
def test_me_returns_the_signed_in_user(api_client, alice) -> None:
    api_client.force_authenticate(alice)
    response = api_client.get("/api/auth/me/")
    assert response.status_code == 200
    body = response.json()
    assert body == {
        "id": alice.pk,
        "username": "alice",
        "email": "alice@example.com",
        "first_name": "Alice",
        "last_name": "Liddell",
        "display_name": "Alice Liddell",
        "date_joined": body["date_joined"],
    }
    assert body["date_joined"].startswith(str(alice.date_joined.year))


@pytest.mark.django_db
def test_display_name_falls_back_to_username(api_client) -> None:
    api_client.force_authenticate(User.objects.create_user("bob"))
    assert api_client.get("/api/auth/me/").json()["display_name"] == "bob"


@pytest.mark.django_db
def test_user_serializer_is_replaceable_by_setting(api_client, alice, settings) -> None:
    settings.ACCOUNTS_USER_SERIALIZER = f"{__name__}.NameOnlySerializer"
    api_client.force_authenticate(alice)
    assert api_client.get("/api/auth/me/").json() == {"name": "Alice Liddell"}


@pytest.mark.django_db
def test_me_never_exposes_the_password(api_client, alice) -> None:
    api_client.force_authenticate(alice)
    assert "password" not in api_client.get("/api/auth/me/").json()


def test_user_model_is_custom() -> None:
    assert settings.AUTH_USER_MODEL == "accounts.User"
