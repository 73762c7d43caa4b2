from django.apps import AppConfig


class NotesConfig(AppConfig):
    """The example protected resource: copy it for your own, or delete it (docs/customising.md)."""

    name = "notes"
    verbose_name = "Notes (example)"
