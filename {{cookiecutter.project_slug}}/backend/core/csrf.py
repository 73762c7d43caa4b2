from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.views.csrf import csrf_failure as django_csrf_failure

from core.errors import error_response
from core.middleware import API_PREFIX

CSRF_FAILED_MESSAGE = "CSRF check failed: send the token of GET /api/auth/csrf/ in X-CSRFToken."


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """CSRF_FAILURE_VIEW: the JSON error envelope under /api/, Django's page elsewhere."""
    if request.path.startswith(API_PREFIX):
        return error_response(403, "csrf_failed", CSRF_FAILED_MESSAGE)
    return django_csrf_failure(request, reason=reason)
