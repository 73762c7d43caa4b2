from django.apps import AppConfig
from django.db.models.signals import post_init


class DevIdpConfig(AppConfig):
    name = "devidp"
    verbose_name = "Dev OpenID Connect provider"

    def ready(self) -> None:
        from oauth2_provider.models import get_application_model

        from .consent import force_consent_unless_skipping

        post_init.connect(force_consent_unless_skipping, sender=get_application_model())
