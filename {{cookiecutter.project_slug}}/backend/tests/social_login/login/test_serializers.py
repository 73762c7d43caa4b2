"""The documented answer of complete uses the user serializer the setting names."""

import importlib

from django.test import override_settings
from rest_framework import serializers

from social_login.login import serializers as social_serializers


class NameOnlySerializer(serializers.Serializer):
    name = serializers.CharField(source="get_full_name")


def test_signed_in_answer_documents_the_configured_user_serializer() -> None:
    name_only = f"{__name__}.NameOnlySerializer"
    try:
        with override_settings(ACCOUNTS_USER_SERIALIZER=name_only):
            reloaded = importlib.reload(social_serializers)
            user_field = reloaded.SignedInSerializer().fields["user"]
            assert isinstance(user_field, NameOnlySerializer)
    finally:
        importlib.reload(social_serializers)
    assert type(social_serializers.SignedInSerializer().fields["user"]).__name__ == "UserSerializer"
