"""Every /api/ error is the JSON envelope of the API contract, never HTML."""

import pytest
from django.test import Client, override_settings
from django.urls import path
from rest_framework.decorators import api_view, authentication_classes, permission_classes
from rest_framework.response import Response

from config.urls import urlpatterns as project_urlpatterns


@api_view(["POST"])
@authentication_classes([])
@permission_classes([])
def echo(request):
    return Response({"received": request.data})


def crash(request):
    raise RuntimeError("boom: internal detail")


urlpatterns = [
    path("api/test/echo/", echo),
    path("api/test/crash/", crash),
    *project_urlpatterns,
]

pytestmark = [pytest.mark.django_db, pytest.mark.urls(__name__)]


def assert_envelope(response, status: int, code: str) -> dict:
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["error"]["code"] == code
    assert body["error"]["message"]
    return body


def test_unknown_api_path_is_json_404(client: Client) -> None:
    assert_envelope(client.get("/api/nope/"), 404, "not_found")


@override_settings(DEBUG=True)
def test_unknown_api_path_is_json_404_under_debug(client: Client) -> None:
    assert_envelope(client.get("/api/nope/"), 404, "not_found")


def test_wrong_method_is_json_405(client: Client) -> None:
    assert_envelope(client.get("/api/test/echo/"), 405, "method_not_allowed")


def test_form_body_is_json_415(client: Client) -> None:
    response = client.post("/api/test/echo/", {"a": "b"})
    assert_envelope(response, 415, "invalid_request")


def test_malformed_json_is_json_400(client: Client) -> None:
    response = client.post("/api/test/echo/", "{not json", content_type="application/json")
    assert_envelope(response, 400, "invalid_request")


def test_oversized_body_is_json_413(client: Client, settings) -> None:
    settings.API_MAX_BODY_BYTES = 100
    response = client.post("/api/test/echo/", {"x": "y" * 200}, content_type="application/json")
    assert_envelope(response, 413, "invalid_request")


def test_body_within_limit_is_accepted(client: Client) -> None:
    response = client.post("/api/test/echo/", {"x": "y"}, content_type="application/json")
    assert response.status_code == 200
    assert response.json() == {"received": {"x": "y"}}


@pytest.mark.parametrize("debug", [False, True])
def test_crash_is_json_500_without_internals(client: Client, settings, debug: bool) -> None:
    settings.DEBUG = debug
    client.raise_request_exception = False
    body = assert_envelope(client.get("/api/test/crash/"), 500, "server_error")
    assert "boom" not in str(body)


@override_settings(DEBUG=True)
def test_post_without_trailing_slash_is_json_under_debug(client: Client) -> None:
    client.raise_request_exception = False
    response = client.post("/api/test/echo", {}, content_type="application/json")
    assert response.status_code >= 400
    assert response["Content-Type"].startswith("application/json")
    assert "error" in response.json()


def test_non_api_404_is_left_to_django(client: Client) -> None:
    response = client.get("/not-api/")
    assert response.status_code == 404
    assert not response["Content-Type"].startswith("application/json")
