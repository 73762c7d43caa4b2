from __future__ import annotations

from rest_framework import serializers
from social_django.models import UserSocialAuth

from .services import provider_id


class ConnectionSerializer(serializers.ModelSerializer):
    provider = serializers.SerializerMethodField(help_text="Provider id, as in /providers/.")

    class Meta:
        model = UserSocialAuth
        fields = ["id", "provider", "uid", "created"]
        read_only_fields = fields

    def get_provider(self, association: UserSocialAuth) -> str:
        return provider_id(association.provider)
