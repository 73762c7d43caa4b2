from __future__ import annotations

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from ...models import RefreshFamily


class Command(BaseCommand):
    help = (
        "Deletes refresh-token families (sign-ins) that ended: past their absolute lifetime, "
        "or revoked more than --keep-days ago. Run it daily, after simplejwt's "
        "flushexpiredtokens."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--keep-days",
            type=int,
            default=30,
            help="Keep revoked sign-ins this long, for the admin's history (default 30).",
        )

    def handle(self, *args, keep_days: int, **options) -> None:
        now = timezone.now()
        ended = Q(expires_at__lte=now) | Q(revoked_at__lte=now - timedelta(days=keep_days))
        deleted, _ = RefreshFamily.objects.filter(ended).delete()
        self.stdout.write(f"Deleted {deleted} ended sign-ins.")
