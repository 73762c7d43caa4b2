from typing import Any

from social_core.backends.azuread_tenant import AzureADV2TenantOAuth2
from social_core.exceptions import AuthResponseError
from social_core.utils import constant_time_compare

_NONCE = "entra_oidc_nonce"


class EntraIdOAuth2(AzureADV2TenantOAuth2):
    """Microsoft Entra ID (v2 endpoint, one tenant or `common`) with an OpenID Connect nonce:
    social-core's backend sends none, so an ID token obtained in another login would pass. The
    nonce lives in the login's flow token (the strategy's session), which is single use."""

    def auth_params(self, state: str | None = None) -> dict[str, str]:
        params = super().auth_params(state)
        nonce = self.strategy.random_string(43)
        self.strategy.session_set(_NONCE, nonce)
        params["nonce"] = nonce
        return params

    def validate_and_return_id_token(self, id_token: str) -> dict[str, Any]:
        claims = super().validate_and_return_id_token(id_token)
        expected = self.strategy.session_get(_NONCE)
        nonce = claims.get("nonce")
        if not (
            isinstance(expected, str)
            and isinstance(nonce, str)
            and expected
            and constant_time_compare(nonce, expected)
        ):
            raise AuthResponseError(
                self, "Incorrect id_token: nonce", code="nonce_mismatch", stage="token_validation"
            )
        return claims
