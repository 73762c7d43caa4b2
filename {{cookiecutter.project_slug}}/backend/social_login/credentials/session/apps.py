from django.apps import AppConfig


class SessionCredentialsConfig(AppConfig):
    name = "social_login.credentials.session"
    label = "session_credentials"
    verbose_name = "Sign-ins (sessions)"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from .sign_ins import record_sign_in

        user_logged_in.connect(record_sign_in, dispatch_uid="session_credentials.sign_in")
