from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from .models import User


@admin.register(User)
class ProjectUserAdmin(UserAdmin):
    # Set by sign-ins only (social_login.login.pipeline.record_email_verification): read-only here.
    fieldsets = (*UserAdmin.fieldsets, ("Email verification", {"fields": ("email_verified_by",)}))
    readonly_fields = ("email_verified_by",)
