from typing import Any

from social_core.backends.google_openidconnect import GoogleOpenIdConnect as _GoogleOpenIdConnect


class GoogleOpenIdConnect(_GoogleOpenIdConnect):
    """Google's OpenID Connect login. Google signs ID tokens with either issuer spelling
    (https://developers.google.com/identity/openid-connect/openid-connect#validatinganidtoken);
    social-core accepts only the bare one."""

    ID_TOKEN_ISSUERS = ("https://accounts.google.com", "accounts.google.com")

    def id_token_issuer(self) -> Any:
        return self.setting("ID_TOKEN_ISSUER") or self.ID_TOKEN_ISSUERS
