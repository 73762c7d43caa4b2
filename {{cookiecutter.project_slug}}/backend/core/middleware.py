"""Keeps every /api/ answer JSON, whatever Django or a bug produces."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from .errors import error_response

logger = logging.getLogger(__name__)

API_PREFIX = "/api/"


class ApiJsonErrorsMiddleware:
    """Outermost middleware. For /api/ paths it

    - turns any exception a view lets escape into a logged JSON 500 (also under DEBUG, where
      Django would render its HTML debug page);
    - replaces any non-JSON error page (resolver 404, CSRF 403, 400 for a bad Host, APPEND_SLASH
      errors) with the JSON envelope of the same status, keeping the headers the other
      middleware gave that page (CORS, security headers, Allow, WWW-Authenticate).

    Refusals made before a view runs (413, 405) are core.request_checks', further in.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)

        response = self.get_response(request)
        if response.status_code >= 400 and not _is_json(response):
            return _as_json(response)
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not request.path.startswith(API_PREFIX):
            return None
        logger.exception("Unhandled error on %s %s", request.method, request.path)
        return error_response(500, message="Something went wrong on our side.")


def _as_json(response: HttpResponse) -> HttpResponse:
    converted = error_response(response.status_code)
    for name, value in response.items():
        if name.lower() not in ("content-type", "content-length"):
            converted[name] = value
    converted.cookies = response.cookies
    return converted


def _is_json(response: HttpResponse) -> bool:
    return response.get("Content-Type", "").startswith("application/json")
