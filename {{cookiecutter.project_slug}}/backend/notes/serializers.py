from rest_framework import serializers

from accounts.display_name import no_control_characters

from .models import Note


class NoteSerializer(serializers.ModelSerializer):
    text = serializers.CharField(
        min_length=1, max_length=500, trim_whitespace=True, validators=[no_control_characters]
    )

    class Meta:
        model = Note
        fields = ["id", "text", "created_at"]
        read_only_fields = ["id", "created_at"]
