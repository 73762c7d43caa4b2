from rest_framework import serializers

from .models import User


class UserSerializer(serializers.ModelSerializer):
    """What the API says about the signed-in user. To say more (or less), write your own and
    name it in the ACCOUNTS_USER_SERIALIZER setting rather than editing the views."""

    display_name = serializers.SerializerMethodField()

    class Meta:
        model = User
        fields = [
            "id",
            "username",
            "email",
            "first_name",
            "last_name",
            "display_name",
            "date_joined",
        ]
        read_only_fields = fields

    def get_display_name(self, user: User) -> str:
        return user.display_name or user.get_full_name() or user.username
