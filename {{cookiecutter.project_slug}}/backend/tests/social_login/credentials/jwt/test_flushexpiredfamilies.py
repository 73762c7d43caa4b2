from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from social_login.credentials.jwt.models import RefreshFamily

pytestmark = pytest.mark.django_db


def family(user, *, ends_in: timedelta, revoked_ago: timedelta | None = None) -> RefreshFamily:
    now = timezone.now()
    return RefreshFamily.objects.create(
        user=user,
        created_at=now - timedelta(days=1),
        expires_at=now + ends_in,
        revoked_at=now - revoked_ago if revoked_ago is not None else None,
    )


def test_deletes_ended_and_long_revoked_families_only(user) -> None:
    live = family(user, ends_in=timedelta(days=3))
    recently_revoked = family(user, ends_in=timedelta(days=3), revoked_ago=timedelta(days=1))
    family(user, ends_in=-timedelta(seconds=1))
    family(user, ends_in=timedelta(days=3), revoked_ago=timedelta(days=31))

    out = StringIO()
    call_command("flushexpiredfamilies", stdout=out)

    assert set(RefreshFamily.objects.all()) == {live, recently_revoked}
    assert "Deleted 2" in out.getvalue()


def test_keep_days_is_configurable(user) -> None:
    family(user, ends_in=timedelta(days=3), revoked_ago=timedelta(days=2))
    call_command("flushexpiredfamilies", "--keep-days", "1", stdout=StringIO())
    assert not RefreshFamily.objects.exists()
