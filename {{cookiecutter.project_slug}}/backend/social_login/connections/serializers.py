from __future__ import annotations

from rest_framework import serializers
from social_django.models import UserSocialAuth

from .label import label_of
from .services import provider_id


class ConnectionSerializer(serializers.ModelSerializer):
    provider = serializers.SerializerMethodField(help_text="Provider id, as in /providers/.")
    label = serializers.SerializerMethodField(
        help_text="The account's email or username at the provider, as given at its last "
        'sign-in; "" when unknown (show `uid` then).'
    )

    class Meta:
        model = UserSocialAuth
        fields = ["id", "provider", "uid", "label", "created"]
        read_only_fields = fields

    def get_provider(self, association: UserSocialAuth) -> str:
        return provider_id(association.provider)

    def get_label(self, association: UserSocialAuth) -> str:
        return label_of(association)
