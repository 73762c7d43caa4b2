from django.contrib import admin

from .models import Note


@admin.register(Note)
class NoteAdmin(admin.ModelAdmin):
    list_display = ["text", "owner", "created_at"]
    raw_id_fields = ["owner"]
