"""The account center's "where you're signed in": list and end the user's sign-ins.

A sign-in is a refresh-token family in jwt mode and a session in session mode; the chosen
mode's social_login/credentials/<mode>/sign_ins.py does the work.
"""

from __future__ import annotations

from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from core.errors import InvalidRequest, NotFound
from core.openapi import error_responses
from social_login.credentials import chosen
from social_login.credentials.chosen import sign_ins

SIGNED_IN_ERRORS = chosen.AUTHENTICATION_ERRORS
UNSAFE_ERRORS = [*SIGNED_IN_ERRORS, *chosen.UNSAFE_REQUEST_ERRORS, InvalidRequest]
EmptyBody = inline_serializer("SignOutBody", {})


class SignInSerializer(serializers.Serializer):
    id = serializers.CharField(help_text="Opaque; DELETE /api/auth/sign-ins/{id}/ ends it.")
    device = serializers.CharField(help_text='From the User-Agent, e.g. "Firefox on Ubuntu".')
    started_at = serializers.DateTimeField()
    last_used_at = serializers.DateTimeField()
    current = serializers.BooleanField(help_text="The sign-in of this request.")


class SignInListView(APIView):
    @extend_schema(
        operation_id="auth_sign_ins_list",
        summary="Where you're signed in",
        responses={200: SignInSerializer(many=True), **error_responses(SIGNED_IN_ERRORS)},
    )
    def get(self, request: Request) -> Response:
        found = sign_ins.list_sign_ins(request)
        return Response(SignInSerializer(found, many=True).data)


class SignInView(APIView):
    @extend_schema(
        operation_id="auth_sign_ins_destroy",
        summary="Sign out one sign-in",
        description="Ending the caller's own sign-in signs the caller out.",
        responses={
            204: OpenApiResponse(description="Signed out there."),
            **error_responses([*UNSAFE_ERRORS, NotFound]),
        },
    )
    def delete(self, request: Request, sign_in_id: str) -> Response:
        response = Response(status=status.HTTP_204_NO_CONTENT)
        if not sign_ins.end_sign_in(request, response, sign_in_id):
            raise NotFound("No such sign-in.")
        return response


class SignOutOthersView(APIView):
    @extend_schema(
        operation_id="auth_sign_ins_sign_out_others",
        summary="Sign out everywhere else",
        request=EmptyBody,
        responses={
            204: OpenApiResponse(description="Only this sign-in is left."),
            **error_responses(UNSAFE_ERRORS),
        },
    )
    def post(self, request: Request) -> Response:
        sign_ins.end_other_sign_ins(request)
        return Response(status=status.HTTP_204_NO_CONTENT)


class SignOutAllView(APIView):
    @extend_schema(
        operation_id="auth_sign_ins_sign_out_all",
        summary="Sign out everywhere, here too",
        request=EmptyBody,
        responses={
            204: OpenApiResponse(description="Signed out everywhere."),
            **error_responses(UNSAFE_ERRORS),
        },
    )
    def post(self, request: Request) -> Response:
        response = Response(status=status.HTTP_204_NO_CONTENT)
        sign_ins.end_all_sign_ins(request, response)
        return response
