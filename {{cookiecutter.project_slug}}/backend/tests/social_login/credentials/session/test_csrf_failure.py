"""Django's CSRF middleware failures answer JSON csrf_failed under /api/ (CSRF_FAILURE_VIEW)."""

from __future__ import annotations

import pytest
from django.http import HttpRequest, JsonResponse
from django.test import Client
from django.urls import path

from config.urls import urlpatterns as project_urlpatterns


def plain_django_view(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"ok": True})


urlpatterns = [
    path("api/test/plain/", plain_django_view),
    path("not-api/plain/", plain_django_view),
    *project_urlpatterns,
]

pytestmark = [pytest.mark.django_db, pytest.mark.urls(__name__)]


def test_csrf_failure_under_api_is_json_csrf_failed() -> None:
    response = Client(enforce_csrf_checks=True).post("/api/test/plain/", {})
    assert response.status_code == 403
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["error"]["code"] == "csrf_failed"
    assert "X-CSRFToken" in response.json()["error"]["message"]


def test_csrf_failure_elsewhere_is_djangos_page() -> None:
    response = Client(enforce_csrf_checks=True).post("/not-api/plain/", {})
    assert response.status_code == 403
    assert response["Content-Type"].startswith("text/html")


def test_valid_csrf_token_passes() -> None:
    client = Client(enforce_csrf_checks=True)
    client.cookies["csrftoken"] = "a" * 32
    response = client.post("/api/test/plain/", {}, HTTP_X_CSRFTOKEN="a" * 32)
    assert response.status_code == 200
