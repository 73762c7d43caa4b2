"""Refresh and logout act on a cookie alone: cross-site requests are refused."""

from __future__ import annotations

import pytest
from django.test import Client

from .support import LOGOUT_URL, REFRESH_URL, assert_error, post_json

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", [REFRESH_URL, LOGOUT_URL])
@pytest.mark.parametrize("origin", ["https://evil.example", "null", "http://testserver:8080"])
def test_foreign_origin_is_refused(client: Client, signed_in, url: str, origin: str) -> None:
    response = post_json(client, url, str(signed_in.refresh), HTTP_ORIGIN=origin)
    assert_error(response, 403, "origin_not_allowed")
    assert "refresh_token" not in response.cookies or response.cookies["refresh_token"].value == ""


def test_cross_site_logout_does_not_revoke(client: Client, signed_in) -> None:
    post_json(client, LOGOUT_URL, str(signed_in.refresh), HTTP_ORIGIN="https://evil.example")
    assert post_json(Client(), REFRESH_URL, str(signed_in.refresh)).status_code == 200


@pytest.mark.parametrize("origin", ["http://testserver", "https://spa.example"])
def test_own_and_listed_origins_are_accepted(client: Client, signed_in, settings, origin) -> None:
    settings.CORS_ALLOWED_ORIGINS = ["https://spa.example"]
    response = post_json(client, REFRESH_URL, str(signed_in.refresh), HTTP_ORIGIN=origin)
    assert response.status_code == 200
    assert response.json()["access"]


@pytest.mark.parametrize("url", [REFRESH_URL, LOGOUT_URL])
def test_form_encoded_post_is_refused(client: Client, signed_in, url: str) -> None:
    client.cookies["refresh_token"] = str(signed_in.refresh)
    response = client.post(url, {"x": "1"})
    assert_error(response, 415, "invalid_request")


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded"])
def test_simple_request_content_types_are_refused(client: Client, signed_in, content_type) -> None:
    client.cookies["refresh_token"] = str(signed_in.refresh)
    response = client.post(REFRESH_URL, "{}", content_type=content_type)
    assert_error(response, 415, "invalid_request")


def test_json_with_charset_is_accepted(client: Client, signed_in) -> None:
    client.cookies["refresh_token"] = str(signed_in.refresh)
    response = client.post(REFRESH_URL, "{}", content_type="application/json; charset=utf-8")
    assert response.status_code == 200


@pytest.mark.parametrize("url", [REFRESH_URL, LOGOUT_URL])
def test_get_is_not_allowed(client: Client, url: str) -> None:
    assert_error(client.get(url), 405, "method_not_allowed")
