from django.conf import settings
from social_core.backends.open_id_connect import OpenIdConnectAuth


class DevOpenIdConnect(OpenIdConnectAuth):
    """The development OpenID Connect provider (devidp, django-oauth-toolkit) that `make dev`
    runs next to the API: a real provider, with PKCE S256 and a nonce like any other."""

    name = "dev"
    title = "Dev login"
    DEFAULT_USE_PKCE = True
    PKCE_DEFAULT_CODE_CHALLENGE_METHOD = "S256"

    def oidc_endpoint(self) -> str:
        return f"{settings.DEV_PROVIDER_URL.rstrip('/')}/o"
