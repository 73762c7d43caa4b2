"""DEVIDP_SKIP_CONSENT=false makes every client ask for consent, whatever its stored
`skip_authorization` says, so browser tests can reach the consent screen and deny it.

It acts on each client as it is loaded (post_init), never on the database: restarting without
the variable brings the stored choice back, with no re-seeding."""

from typing import Any

from django.conf import settings
from oauth2_provider.models import AbstractApplication


def force_consent_unless_skipping(sender: type, instance: AbstractApplication, **_: Any) -> None:
    if not settings.DEVIDP_SKIP_CONSENT:
        instance.skip_authorization = False
