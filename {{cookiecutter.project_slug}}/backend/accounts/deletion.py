"""DELETE /api/auth/me/: the account, its identities and every credential go."""

from __future__ import annotations

from django.db import transaction
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response

from social_login.credentials.chosen import sign_ins

from .grants import revoke_provider_grants

# What the user types to confirm, as the SPA asks for it.
CONFIRMATION = "delete"


class DeleteAccountSerializer(serializers.Serializer):
    confirm = serializers.CharField(
        help_text=f'Must be "{CONFIRMATION}": the user typed it to confirm.',
    )

    def validate_confirm(self, value: str) -> str:
        if value.strip().lower() != CONFIRMATION:
            raise serializers.ValidationError(f'Type "{CONFIRMATION}" to confirm.')
        return value


def delete_account(request: Request, response: Response) -> None:
    """Provider grants first (they need the stored tokens), then the credentials and the
    user; its identities (UserSocialAuth) and rows that belong to it cascade."""
    user = request.user
    revoke_provider_grants(request._request, user)
    with transaction.atomic():
        sign_ins.end_every_credential(user)
        user.delete()
    sign_ins.sign_out_caller(request, response)
