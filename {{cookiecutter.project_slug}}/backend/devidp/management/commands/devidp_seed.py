from typing import Any

from django.core.management.base import BaseCommand

from devidp.people import SEED_USERS, save_client, save_user


class Command(BaseCommand):
    help = "Create or update the dev accounts (alice, bob) and the dev-spa client. Idempotent."

    def handle(self, *args: Any, **options: Any) -> None:
        for user in SEED_USERS:
            _, changed = save_user(user)
            self.stdout.write(f"user {user.username}: {'saved' if changed else 'unchanged'}")
        client, changed = save_client()
        self.stdout.write(f"client {client.client_id}: {'saved' if changed else 'unchanged'}")
        self.stdout.write(f"redirect URIs: {client.redirect_uris}")
