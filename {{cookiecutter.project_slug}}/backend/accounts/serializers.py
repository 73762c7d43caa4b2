from rest_framework import serializers

from .models import User


class UserSerializer(serializers.ModelSerializer):
    """What the API says about the signed-in user. Replace it with the SOCIAL_LOGIN
    USER_SERIALIZER setting rather than editing the views."""

    class Meta:
        model = User
        fields = ["id", "username", "email", "first_name", "last_name", "date_joined"]
        read_only_fields = fields
