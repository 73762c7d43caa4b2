from django.apps import AppConfig


class ProviderTokensConfig(AppConfig):
    # An app of its own for its management command (reencrypt_provider_tokens); no models.
    name = "social_login.provider_tokens"
    label = "social_login_provider_tokens"
