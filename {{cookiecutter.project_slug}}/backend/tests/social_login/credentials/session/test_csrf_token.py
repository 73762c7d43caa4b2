"""GET /api/auth/csrf/: the token in the body, for an SPA on a sibling subdomain."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client

from .urls import SIGN_IN_URL

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.urls("tests.social_login.credentials.session.urls"),
]

CSRF_URL = "/api/auth/csrf/"
SPA = "https://app.example.com"
API_HOST = "api.example.com"


@pytest.fixture
def split(settings) -> None:
    settings.ALLOWED_HOSTS = [API_HOST]
    settings.CORS_ALLOWED_ORIGINS = [SPA]
    settings.CSRF_TRUSTED_ORIGINS = [SPA]


def test_answers_the_token_and_sets_the_cookie_it_belongs_to(split) -> None:
    client = Client(enforce_csrf_checks=True, HTTP_HOST=API_HOST)
    response = client.get(CSRF_URL, HTTP_ORIGIN=SPA, secure=True)

    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == SPA
    assert response["Access-Control-Allow-Credentials"] == "true"
    assert "no-store" in response["Cache-Control"]
    assert response.json()["csrf_token"]
    assert settings.CSRF_COOKIE_NAME in response.cookies


def test_a_spa_on_a_sibling_subdomain_signs_in_and_out_with_the_body_token(split, user) -> None:
    """What the SPA at app.example.com does: it never sees api.example.com's cookie."""
    client = Client(enforce_csrf_checks=True, HTTP_HOST=API_HOST)
    cross = {"HTTP_ORIGIN": SPA, "secure": True, "content_type": "application/json"}

    token = client.get(CSRF_URL, secure=True).json()["csrf_token"]
    signed_in = client.post(SIGN_IN_URL, {"username": "alice"}, HTTP_X_CSRFTOKEN=token, **cross)
    assert signed_in.status_code == 200

    # Signing in rotates the token: the old one now fails, a fresh one works.
    stale = client.post("/api/auth/logout/", {}, HTTP_X_CSRFTOKEN=token, **cross)
    assert stale.status_code == 403
    assert stale.json()["error"]["code"] == "csrf_failed"
    fresh = client.get(CSRF_URL, secure=True).json()["csrf_token"]
    logged_out = client.post("/api/auth/logout/", {}, HTTP_X_CSRFTOKEN=fresh, **cross)
    assert logged_out.status_code == 204


def test_an_origin_not_listed_gets_no_cors_answer_and_fails_csrf(split, user) -> None:
    client = Client(enforce_csrf_checks=True, HTTP_HOST=API_HOST)
    evil = "https://evil.example.net"
    read = client.get(CSRF_URL, HTTP_ORIGIN=evil, secure=True)
    assert "Access-Control-Allow-Origin" not in read
    token = read.json()["csrf_token"]  # what a server-side attacker could fetch for itself
    response = client.post(
        SIGN_IN_URL,
        {"username": "alice"},
        content_type="application/json",
        HTTP_X_CSRFTOKEN=token,
        HTTP_ORIGIN=evil,
        secure=True,
    )
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "csrf_failed"
