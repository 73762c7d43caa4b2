"""Refuses, before any view or authentication runs, the /api/ requests no view would read:
a body over API_MAX_BODY_BYTES (413) and a method the view does not have (405 with Allow).

Placed below the middleware that add security and CORS headers, so that these refusals carry
them like every other response.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from .errors import error_response
from .middleware import API_PREFIX


class ApiRequestChecksMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith(API_PREFIX):
            refused = _declared_body_too_large(request)
            if refused is not None:
                return refused
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view_func: Callable[..., Any], *args: Any
    ) -> HttpResponse | None:
        """DRF authenticates and checks permissions before it looks at the method, so without
        this a TRACE to a signed-in call would answer 401, and to refresh 415."""
        view_class = getattr(view_func, "cls", None)  # DRF's as_view() sets it
        if not request.path.startswith(API_PREFIX) or view_class is None:
            return None
        allowed = allowed_methods(view_class)
        if request.method in allowed:
            return None
        response = error_response(405, message=f'Method "{request.method}" is not allowed.')
        response["Allow"] = ", ".join(sorted(allowed))
        return response


def allowed_methods(view_class: type) -> set[str]:
    methods = {name.upper() for name in view_class.http_method_names if hasattr(view_class, name)}
    if "GET" in methods:
        methods.add("HEAD")  # Django's View.setup() answers HEAD with get()
    return methods


def sends_body(request: HttpRequest) -> bool:
    """Whether the request comes with a body, however short."""
    return "HTTP_TRANSFER_ENCODING" in request.META or _content_length(request) > 0


def _content_length(request: HttpRequest) -> int:
    return int(request.META.get("CONTENT_LENGTH") or "0")


def _declared_body_too_large(request: HttpRequest) -> HttpResponse | None:
    try:
        length = _content_length(request)
    except ValueError:
        return error_response(400, message="Content-Length is not a number.")
    if length > settings.API_MAX_BODY_BYTES:
        return error_response(
            413, message=f"The request body is larger than {settings.API_MAX_BODY_BYTES} bytes."
        )
    return None
