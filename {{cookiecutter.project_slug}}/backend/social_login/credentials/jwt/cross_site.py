"""Refresh and logout run on a cookie alone, so they must refuse cross-site requests. A JSON
body cannot be sent cross-site without a CORS preflight, and the Origin header, which browsers
send with every POST, must name this API or an origin listed in CORS_ALLOWED_ORIGINS."""

from __future__ import annotations

from django.conf import settings
from rest_framework.exceptions import UnsupportedMediaType
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request
from rest_framework.views import APIView

from core.request_checks import sends_body

from .errors import OriginNotAllowed

JSON = "application/json"


class SameSiteJsonOnly(BasePermission):
    def has_permission(self, request: Request, view: APIView) -> bool:
        if request.method in SAFE_METHODS:
            return True  # nothing to protect; the view answers 405
        media_type = request.content_type.split(";", 1)[0].strip().lower()
        if media_type != JSON and (media_type or sends_body(request)):  # empty bodies pass
            raise UnsupportedMediaType(media_type or "none", detail=f"Send {JSON}.")
        origin = request.headers.get("Origin")
        if origin is not None and origin not in allowed_origins(request):
            raise OriginNotAllowed()
        return True


def allowed_origins(request: Request) -> set[str]:
    own = f"{request.scheme}://{request.get_host()}"
    return {own, *settings.CORS_ALLOWED_ORIGINS}
