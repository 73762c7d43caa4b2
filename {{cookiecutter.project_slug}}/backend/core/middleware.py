"""Keeps every /api/ answer JSON, whatever Django or a bug produces."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from .errors import error_response

logger = logging.getLogger(__name__)

API_PREFIX = "/api/"


class ApiJsonErrorsMiddleware:
    """Outermost middleware. For /api/ paths it

    - refuses a declared body larger than API_MAX_BODY_BYTES with a JSON 413 before anything
      reads it;
    - turns any exception a view lets escape into a logged JSON 500 (also under DEBUG, where
      Django would render its HTML debug page);
    - replaces any non-JSON error page (resolver 404, CSRF 403, 400 for a bad Host, APPEND_SLASH
      errors) with the JSON envelope of the same status.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)

        too_large = self._declared_body_too_large(request)
        if too_large is not None:
            return too_large

        response = self.get_response(request)
        if response.status_code >= 400 and not _is_json(response):
            return error_response(response.status_code)
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not request.path.startswith(API_PREFIX):
            return None
        logger.exception("Unhandled error on %s %s", request.method, request.path)
        return error_response(500, message="Something went wrong on our side.")

    @staticmethod
    def _declared_body_too_large(request: HttpRequest) -> HttpResponse | None:
        raw = request.META.get("CONTENT_LENGTH") or "0"
        try:
            length = int(raw)
        except ValueError:
            return error_response(400, message="Content-Length is not a number.")
        if length > settings.API_MAX_BODY_BYTES:
            return error_response(
                413, message=f"The request body is larger than {settings.API_MAX_BODY_BYTES} bytes."
            )
        return None


def _is_json(response: HttpResponse) -> bool:
    return response.get("Content-Type", "").startswith("application/json")
