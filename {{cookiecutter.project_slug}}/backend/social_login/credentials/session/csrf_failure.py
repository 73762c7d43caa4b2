"""CSRF_FAILURE_VIEW of auth_mode=session (config/settings/auth_session.py): Django's CSRF
middleware failures answer the declared csrf_failed error under /api/."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.views.csrf import csrf_failure as django_csrf_failure

from core.errors import error_response
from core.middleware import API_PREFIX

from .errors import CsrfFailed


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """The JSON error envelope under /api/, Django's page elsewhere."""
    if request.path.startswith(API_PREFIX):
        return error_response(CsrfFailed.status_code, CsrfFailed.code, CsrfFailed.message)
    return django_csrf_failure(request, reason=reason)
