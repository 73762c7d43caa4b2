from django.apps import AppConfig


class SocialLoginConfig(AppConfig):
    name = "social_login"
    verbose_name = "Social login"

    def ready(self) -> None:
        from .login.last_login import replace_djangos_receiver

        replace_djangos_receiver()
