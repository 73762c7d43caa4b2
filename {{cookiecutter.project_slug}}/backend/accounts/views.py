from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from core.errors import InvalidRequest
from core.openapi import error_responses
from social_login.credentials import chosen

from .deletion import DeleteAccountSerializer, delete_account
from .display_name import DisplayNameSerializer
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

    @extend_schema(
        operation_id="auth_me_update",
        summary="Edit the profile (display name)",
        request=DisplayNameSerializer,
        responses={
            200: get_user_serializer_class(),
            **error_responses(
                [*chosen.AUTHENTICATION_ERRORS, *chosen.UNSAFE_REQUEST_ERRORS, InvalidRequest]
            ),
        },
    )
    def patch(self, request: Request) -> Response:
        body = DisplayNameSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        request.user.display_name = body.validated_data["display_name"]
        request.user.save(update_fields=["display_name"])
        return Response(get_user_serializer_class()(request.user).data)

    @extend_schema(
        operation_id="auth_me_delete",
        summary="Delete the account",
        description=(
            'Send {"confirm": "delete"}. Revokes the providers\' grants where they support '
            "it, ends every sign-in of the user, deletes the user, its connected accounts and "
            "its data, and signs the caller out (clears the refresh cookie / the session)."
        ),
        request=DeleteAccountSerializer,
        responses={
            204: OpenApiResponse(description="Deleted and signed out."),
            **error_responses(
                [*chosen.AUTHENTICATION_ERRORS, *chosen.UNSAFE_REQUEST_ERRORS, InvalidRequest]
            ),
        },
    )
    def delete(self, request: Request) -> Response:
        DeleteAccountSerializer(data=request.data).is_valid(raise_exception=True)
        response = Response(status=status.HTTP_204_NO_CONTENT)
        delete_account(request, response)
        return response
