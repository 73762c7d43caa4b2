from django.contrib import admin

from .models import RefreshFamily


@admin.register(RefreshFamily)
class RefreshFamilyAdmin(admin.ModelAdmin):
    list_display = ["id", "user", "created_at", "expires_at", "revoked_at", "revoked_reason"]
    list_filter = ["revoked_reason"]
    search_fields = ["user__username", "user__email"]
    raw_id_fields = ["user", "current_token"]
    readonly_fields = ["id", "created_at", "current_token"]
