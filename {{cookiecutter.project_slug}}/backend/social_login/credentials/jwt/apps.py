from django.apps import AppConfig


class JwtCredentialsConfig(AppConfig):
    name = "social_login.credentials.jwt"
    label = "jwt_credentials"
    verbose_name = "Refresh token families"
