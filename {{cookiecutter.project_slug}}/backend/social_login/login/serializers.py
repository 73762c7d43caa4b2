"""Request and response bodies of the login endpoints (also their OpenAPI description)."""

from __future__ import annotations

from rest_framework import serializers

from accounts.user_serializer import get_user_serializer_class

_URI_MAX = 2000
_PARAM_MAX = 4096


class ProviderSerializer(serializers.Serializer):
    id = serializers.CharField()
    name = serializers.CharField()
    protocol = serializers.ChoiceField(choices=["oauth2", "oidc", "oauth1"])


class ProvidersSerializer(serializers.Serializer):
    providers = ProviderSerializer(many=True)


class BeginRequestSerializer(serializers.Serializer):
    redirect_uri = serializers.CharField(max_length=_URI_MAX)
    intent = serializers.ChoiceField(
        choices=["login", "connect"],
        default="login",
        help_text="`connect` links the provider to the signed-in caller (credentials needed).",
    )
    scopes = serializers.ListField(
        child=serializers.CharField(max_length=200),
        max_length=20,
        default=list,
        help_text="`connect` only: scopes to ask for on top of the configured ones, from the "
        "provider's allow-list (to call its API later).",
    )


class BeginResponseSerializer(serializers.Serializer):
    authorization_url = serializers.URLField(help_text="Open it in the popup.")
    flow = serializers.CharField(
        help_text="Opaque, encrypted, single use, valid 10 minutes: send it to complete."
    )


class CompleteRequestSerializer(serializers.Serializer):
    flow = serializers.CharField(max_length=_PARAM_MAX)
    redirect_uri = serializers.CharField(max_length=_URI_MAX)
    code = serializers.CharField(max_length=_PARAM_MAX, required=False)
    state = serializers.CharField(max_length=_PARAM_MAX, required=False)
    oauth_token = serializers.CharField(
        max_length=_PARAM_MAX, required=False, help_text="OAuth 1.0a providers."
    )
    oauth_verifier = serializers.CharField(
        max_length=_PARAM_MAX, required=False, help_text="OAuth 1.0a providers."
    )
    error = serializers.CharField(
        max_length=_PARAM_MAX, required=False, help_text="The provider's error, if any."
    )
    error_description = serializers.CharField(max_length=_PARAM_MAX, required=False)
    denied = serializers.CharField(
        max_length=_PARAM_MAX, required=False, help_text="OAuth 1.0a: the user cancelled."
    )

    def validate(self, attrs: dict) -> dict:
        if not ({"code", "oauth_token", "error", "denied"} & attrs.keys()):
            raise serializers.ValidationError(
                {"code": ["Send the provider's code (or its error)."]}
            )
        return attrs

    def provider_params(self) -> dict[str, str]:
        """What the provider sent to the callback page, for social-core."""
        keep = (
            "code",
            "state",
            "oauth_token",
            "oauth_verifier",
            "error",
            "error_description",
            "denied",
        )
        return {name: self.validated_data[name] for name in keep if name in self.validated_data}


class SignedInSerializer(serializers.Serializer):
    """A sign-in's answer: the user, and whether this sign-in created them."""

    # The auth mode's own (credentials/chosen.SignedInSerializer) adds what keeps the user
    # signed in, where that is in the body.

    # The schema documents the serializer the answers really use (ACCOUNTS_USER_SERIALIZER).
    user = get_user_serializer_class()()
    is_new = serializers.BooleanField(help_text="True when this sign-in created the user.")
