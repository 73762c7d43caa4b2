from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from devidp.people import DevUser, save_user


class Command(BaseCommand):
    help = "Create or update a dev provider account (run with the devidp settings)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--password", required=True)
        parser.add_argument("--email", help="default: <username>@example.com")
        parser.add_argument("--name", default="", help='full name, e.g. "Carol Danvers"')

    def handle(self, *args: Any, **options: Any) -> None:
        username = options["username"]
        first_name, _, last_name = options["name"].strip().partition(" ")
        user = DevUser(
            username=username,
            password=options["password"],
            email=options["email"] or f"{username}@example.com",
            first_name=first_name,
            last_name=last_name.strip(),
        )
        _, changed = save_user(user)
        self.stdout.write(f"user {username}: {'saved' if changed else 'unchanged'}")
