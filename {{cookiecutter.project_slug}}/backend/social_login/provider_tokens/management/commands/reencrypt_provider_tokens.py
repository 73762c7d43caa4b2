"""Moves every identity's sealed tokens to the first key of PROVIDER_TOKENS_KEYS (and seals
tokens stored in clear before encryption existed). Run after putting a new key in front; then
the old key can be removed."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from social_django.models import UserSocialAuth

from ... import crypto, storage


class Command(BaseCommand):
    help = "Re-encrypt every identity's provider tokens with the newest PROVIDER_TOKENS_KEYS key."

    def handle(self, *args: Any, **options: Any) -> None:
        moved = unreadable = 0
        for pk in UserSocialAuth.objects.order_by("pk").values_list("pk", flat=True).iterator():
            with transaction.atomic():
                identity = UserSocialAuth.objects.select_for_update().filter(pk=pk).first()
                if identity is None or not isinstance(identity.extra_data, dict):
                    continue
                try:
                    moved += self.reencrypt(identity)
                except crypto.UnreadableTokens:
                    unreadable += 1
        self.stdout.write(f"Re-encrypted the tokens of {moved} identities.")
        if unreadable:
            raise CommandError(
                f"{unreadable} identities hold tokens no key of PROVIDER_TOKENS_KEYS opens: "
                "was a key removed before this command ran?"
            )

    @staticmethod
    def reencrypt(identity: UserSocialAuth) -> int:
        clear, legacy = storage.split(identity.extra_data)
        sealed = identity.extra_data.get(storage.SEALED)
        if legacy:
            storage.write(identity, clear, storage.read(identity))
            return 1
        if not isinstance(sealed, str):
            return 0
        identity.extra_data = {**clear, storage.SEALED: crypto.reseal(sealed)}
        identity.save(update_fields=["extra_data"])
        return 1
