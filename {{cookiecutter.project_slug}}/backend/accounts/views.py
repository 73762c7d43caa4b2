from drf_spectacular.utils import extend_schema
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from core.openapi import error_responses
from social_login.credentials import chosen

from .user_serializer import get_user_serializer_class


class MeView(APIView):
    permission_classes = [IsAuthenticated]

    def get_serializer_class(self):
        return get_user_serializer_class()

    @extend_schema(
        operation_id="auth_me",
        summary="The signed-in user",
        responses={
            200: get_user_serializer_class(),
            **error_responses(chosen.AUTHENTICATION_ERRORS),
        },
    )
    def get(self, request: Request) -> Response:
        return Response(get_user_serializer_class()(request.user).data)
