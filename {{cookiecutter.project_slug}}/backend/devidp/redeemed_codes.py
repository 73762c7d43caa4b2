"""RFC 6749 4.1.2: a code presented twice means it leaked, so the tokens it bought are revoked.

The toolkit deletes a grant once it is exchanged and keeps no link from tokens to codes: this
remembers, per redeemed code (by digest), the refresh-token family the exchange started, and
revokes that whole family (including tokens rotated from it) when the code comes back."""

import hashlib

from django.db import models
from oauth2_provider.models import get_refresh_token_model


def digest(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


class RedeemedCode(models.Model):
    code_digest = models.CharField(max_length=64, unique=True)
    token_family = models.UUIDField()
    redeemed = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"code {self.code_digest[:8]}… redeemed {self.redeemed:%Y-%m-%d %H:%M:%S}"


def remember(code: str, refresh_token_value: str) -> None:
    refresh_token = (
        get_refresh_token_model().objects.filter(token_checksum=digest(refresh_token_value)).first()
    )
    if refresh_token is not None and refresh_token.token_family:
        RedeemedCode.objects.get_or_create(
            code_digest=digest(code), defaults={"token_family": refresh_token.token_family}
        )


def revoke_tokens_of(code: str) -> None:
    """Revokes what `code` was exchanged for, if it was exchanged."""
    redeemed = RedeemedCode.objects.filter(code_digest=digest(code)).first()
    if redeemed is not None:
        get_refresh_token_model().revoke_family(redeemed.token_family)
