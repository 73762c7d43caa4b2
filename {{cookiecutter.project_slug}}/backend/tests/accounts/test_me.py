import pytest
from django.conf import settings

from accounts.models import User


@pytest.mark.django_db
def test_me_signed_out_is_401_json(client) -> None:
    response = client.get("/api/auth/me/")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"
    assert response["WWW-Authenticate"]


@pytest.mark.django_db
def test_me_returns_the_signed_in_user(api_client) -> None:
    user = User.objects.create_user("alice", "alice@example.com")
    api_client.force_authenticate(user)
    response = api_client.get("/api/auth/me/")
    assert response.status_code == 200
    assert response.json()["username"] == "alice"
    assert response.json()["email"] == "alice@example.com"


def test_user_model_is_custom() -> None:
    assert settings.AUTH_USER_MODEL == "accounts.User"
