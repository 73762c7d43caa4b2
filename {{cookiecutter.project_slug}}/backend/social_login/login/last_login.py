"""last_login, written at most once a minute per user.

Django's own receiver of `user_logged_in` (django.contrib.auth.models.update_last_login) writes
it on every sign-in; a returning user signing in again within a minute then costs an UPDATE
that changes nothing anyone reads at that precision. This receiver takes its place (same
dispatch_uid) for every sign-in, in both auth modes and the admin.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.contrib.auth.signals import user_logged_in
from django.utils import timezone

PRECISION = timedelta(minutes=1)
DISPATCH_UID = "update_last_login"  # Django's own receiver's


def update_last_login(sender: Any, user: Any, **kwargs: Any) -> None:
    now = timezone.now()
    if user.last_login is not None and timedelta(0) <= now - user.last_login < PRECISION:
        return
    user.last_login = now
    user.save(update_fields=["last_login"])


def replace_djangos_receiver() -> None:
    user_logged_in.disconnect(dispatch_uid=DISPATCH_UID)
    user_logged_in.connect(update_last_login, dispatch_uid=DISPATCH_UID)
