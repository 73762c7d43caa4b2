"""Key rotation: every key of PROVIDER_TOKENS_KEYS decrypts, the first encrypts, and
`reencrypt_provider_tokens` moves every identity to the first."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet
from django.core.management import CommandError, call_command
from social_django.models import UserSocialAuth

from social_login.provider_tokens import crypto, storage
from tests.social_login.provider_tokens.support import identity_with, raw_extra_data

pytestmark = pytest.mark.django_db

OLD, NEW = Fernet.generate_key().decode(), Fernet.generate_key().decode()


def test_a_new_first_key_still_opens_what_the_old_one_sealed(settings) -> None:
    settings.PROVIDER_TOKENS_KEYS = [OLD]
    identity = identity_with({"access_token": "a1"})
    settings.PROVIDER_TOKENS_KEYS = [NEW, OLD]
    assert storage.read(identity)["access_token"] == "a1"
    settings.PROVIDER_TOKENS_KEYS = [NEW]
    with pytest.raises(crypto.UnreadableTokens):
        storage.read(identity)


def test_the_command_reencrypts_with_the_first_key(settings) -> None:
    settings.PROVIDER_TOKENS_KEYS = [OLD]
    identity_with({"access_token": "a1", "refresh_token": "r1"}, login="octo")
    settings.PROVIDER_TOKENS_KEYS = [NEW, OLD]

    call_command("reencrypt_provider_tokens")

    settings.PROVIDER_TOKENS_KEYS = [NEW]  # the old key is gone
    identity = UserSocialAuth.objects.get()
    assert storage.read(identity) == {"access_token": "a1", "refresh_token": "r1"}
    assert identity.extra_data["login"] == "octo"


def test_the_command_seals_tokens_stored_in_clear_before(settings) -> None:
    identity = identity_with({})
    UserSocialAuth.objects.filter(pk=identity.pk).update(
        extra_data={"auth_time": 1, "access_token": "legacy-token", "token_type": "bearer"}
    )
    call_command("reencrypt_provider_tokens")
    assert "legacy-token" not in raw_extra_data()
    assert storage.read(UserSocialAuth.objects.get())["access_token"] == "legacy-token"


def test_the_command_reports_tokens_no_key_opens(settings) -> None:
    settings.PROVIDER_TOKENS_KEYS = [OLD]
    identity_with({"access_token": "a1"})
    settings.PROVIDER_TOKENS_KEYS = [NEW]
    with pytest.raises(CommandError, match="1 identities hold tokens no key"):
        call_command("reencrypt_provider_tokens")
