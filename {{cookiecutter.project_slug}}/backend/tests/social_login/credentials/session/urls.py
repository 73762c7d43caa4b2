"""The project's URLs plus a sign-in endpoint, for tests that start signed in."""

from __future__ import annotations

from django.urls import path
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.models import User
from config.urls import urlpatterns as project_urlpatterns
from social_login.credentials.chosen import signed_in_response

SIGN_IN_URL = "/api/test/sign-in/"


@api_view(["POST"])
@permission_classes([AllowAny])
def sign_in_as(request: Request) -> Response:
    """Stands in for the end of a successful social login."""
    user = User.objects.get(username=request.data["username"])
    return signed_in_response(request, user, is_new=False)


urlpatterns = [path("api/test/sign-in/", sign_in_as), *project_urlpatterns]
