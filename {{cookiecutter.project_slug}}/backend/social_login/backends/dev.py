from django.conf import settings
from social_core.backends.open_id_connect import OpenIdConnectAuth

from .dev_client import CLIENT_ID, CLIENT_SECRET


class DevOpenIdConnect(OpenIdConnectAuth):
    """The development OpenID Connect provider (devidp, django-oauth-toolkit) that `make dev`
    runs next to the API: a real provider, with PKCE S256 and a nonce like any other."""

    name = "dev"
    title = "Dev login"

    def get_key_and_secret(self) -> tuple[str, str]:
        return CLIENT_ID, CLIENT_SECRET

    def oidc_endpoint(self) -> str:
        return f"{settings.DEV_PROVIDER_URL.rstrip('/')}/o"
