"""The providers' tokens are stored encrypted: the raw column holds none of them in clear."""

from __future__ import annotations

import logging

import pytest
from django.test import Client
from social_django.models import UserSocialAuth

from accounts.models import User
from social_login.provider_tokens import storage
from tests.social_login.provider_tokens.support import raw_extra_data
from tests.support.fakes import ACCESS_TOKEN, sign_in

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("all_providers")]


@pytest.mark.parametrize("provider", ["github", "gitlab", "google", "dev"])
def test_signing_in_stores_the_tokens_encrypted(api_client, mocked, provider: str) -> None:
    login = sign_in(api_client, mocked, provider)
    assert login.response.status_code == 200, login.response.content

    raw = raw_extra_data()
    assert storage.SEALED in raw
    tokens = storage.read(UserSocialAuth.objects.get())
    assert tokens["access_token"] == ACCESS_TOKEN
    assert tokens["scope"]
    secrets = [v for k, v in tokens.items() if k.endswith("_token") and isinstance(v, str)]
    assert ACCESS_TOKEN in secrets
    for secret in secrets:  # access, refresh and ID tokens
        assert secret not in raw


def test_the_expiry_and_the_refresh_token_are_kept(api_client, mocked) -> None:
    sign_in(api_client, mocked, "gitlab")
    tokens = storage.read(UserSocialAuth.objects.get())
    assert tokens["refresh_token"] == "gitlab-refresh"
    assert tokens["scope"] == "read_user"
    assert isinstance(tokens["expires_at"], int)
    assert "expires_at" not in raw_extra_data()  # the expiry is sealed too


def test_signing_in_again_with_the_same_tokens_writes_nothing(api_client, mocked) -> None:
    sign_in(api_client, mocked, "github")
    before = UserSocialAuth.objects.get()
    raw = raw_extra_data()

    again = sign_in(api_client, mocked, "github")
    assert again.response.status_code == 200
    after = UserSocialAuth.objects.get()
    # Fernet encrypts with a fresh IV each time: an identical value means no write at all.
    assert raw_extra_data() == raw
    assert after.modified == before.modified


def test_a_new_access_token_keeps_the_refresh_token_the_reply_left_out() -> None:
    old = {"access_token": "a1", "refresh_token": "r1", "expires_at": 10}
    merged = storage.merge(old, {"access_token": "a2", "expires_in": 3600}, now=1000)
    assert merged == {
        "access_token": "a2",
        "refresh_token": "r1",
        "expires_in": 3600,
        "expires_at": 4600,
    }


def test_no_log_line_and_no_answer_shows_a_token(api_client, mocked, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    login = sign_in(api_client, mocked, "gitlab")
    api_client.force_authenticate(User.objects.get())
    connections = api_client.get("/api/auth/connections/")
    assert connections.status_code == 200
    for text in (caplog.text, login.response.content.decode(), connections.content.decode()):
        assert ACCESS_TOKEN not in text
        assert "gitlab-refresh" not in text


def test_the_admin_shows_no_token(api_client, mocked) -> None:
    sign_in(api_client, mocked, "gitlab")
    identity = UserSocialAuth.objects.get()
    admin = Client()
    admin.force_login(User.objects.create_superuser("root", "root@example.com", "root-pw-1"))
    page = admin.get(f"/admin/social_django/usersocialauth/{identity.pk}/change/")
    assert page.status_code == 200
    assert ACCESS_TOKEN not in page.content.decode()
    assert "gitlab-refresh" not in page.content.decode()
