from django.contrib import admin, messages
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone

from .models import RefreshFamily


@admin.register(RefreshFamily)
class RefreshFamilyAdmin(admin.ModelAdmin):
    list_display = ["id", "user", "created_at", "expires_at", "revoked_at", "revoked_reason"]
    list_filter = ["revoked_reason"]
    search_fields = ["user__username", "user__email"]
    raw_id_fields = ["user"]
    readonly_fields = [
        "id",
        "user",
        "created_at",
        "expires_at",
        "current_token",
        "previous_jti",
        "rotated_at",
        "revoked_at",
        "revoked_reason",
    ]
    actions = ["revoke"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # sign-ins start at login only

    @admin.action(description="Sign out: revoke the selected sign-ins")
    def revoke(self, request: HttpRequest, queryset: QuerySet[RefreshFamily]) -> None:
        now = timezone.now()
        revoked = 0
        with transaction.atomic():
            for family in queryset.select_for_update().filter(revoked_at__isnull=True):
                family.revoke(RefreshFamily.RevokedReason.ADMIN, now)
                revoked += 1
        self.message_user(request, f"Revoked {revoked} sign-ins.", messages.SUCCESS)
