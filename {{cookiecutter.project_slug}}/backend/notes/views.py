"""The example resource's API. Every query starts from the signed-in user's own rows, so
another user's note is a 404, never a 403 that would tell it exists."""

from __future__ import annotations

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import generics

from core.errors import InvalidRequest, NotFound
from core.openapi import error_responses
from social_login.credentials import chosen

from .models import Note
from .serializers import NoteSerializer

SIGNED_IN = chosen.AUTHENTICATION_ERRORS
UNSAFE = [*SIGNED_IN, *chosen.UNSAFE_REQUEST_ERRORS]


class OwnNotes:
    def get_queryset(self) -> QuerySet[Note]:
        return Note.objects.filter(owner=self.request.user)  # type: ignore[attr-defined]


@extend_schema_view(
    get=extend_schema(
        operation_id="notes_list",
        summary="Your notes, newest first",
        responses={200: NoteSerializer(many=True), **error_responses(SIGNED_IN)},
    ),
    post=extend_schema(
        operation_id="notes_create",
        summary="Add a note",
        responses={201: NoteSerializer, **error_responses([*UNSAFE, InvalidRequest])},
    ),
)
class NoteListView(OwnNotes, generics.ListCreateAPIView):
    serializer_class = NoteSerializer

    def perform_create(self, serializer: NoteSerializer) -> None:
        serializer.save(owner=self.request.user)


@extend_schema_view(
    delete=extend_schema(
        operation_id="notes_destroy",
        summary="Delete one of your notes",
        responses={204: None, **error_responses([*UNSAFE, NotFound])},
    ),
)
class NoteView(OwnNotes, generics.DestroyAPIView):
    serializer_class = NoteSerializer
