"""PATCH /api/auth/me/'s body: the display name the user chose."""

from __future__ import annotations

import unicodedata

from rest_framework import serializers

# Unicode categories a name never needs: control characters, and format characters such as
# bidirectional overrides, which can make a name render as something else.
REFUSED_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


def no_control_characters(value: str) -> None:
    if any(unicodedata.category(char) in REFUSED_CATEGORIES for char in value):
        raise serializers.ValidationError("Use letters, digits, spaces and punctuation only.")


class DisplayNameSerializer(serializers.Serializer):
    display_name = serializers.CharField(
        min_length=1,
        max_length=64,
        trim_whitespace=True,
        validators=[no_control_characters],
        help_text="1 to 64 characters once trimmed; no control or format characters.",
    )
