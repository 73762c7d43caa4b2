"""A whole jwt-mode visit through the real views: social sign-in, refresh, connections, logout."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from tests.support.fakes import Person, sign_in

from .support import assert_error

pytestmark = pytest.mark.django_db


def test_sign_in_refresh_and_sign_out(mocked) -> None:
    browser = APIClient()  # keeps cookies like a browser; the SPA keeps the access token
    login = sign_in(browser, mocked, "dev", Person(uid="ada-1", username="ada"))
    assert login.response.status_code == 200, login.response.content
    access = login.response.json()["access"]
    assert login.response.cookies["refresh_token"]["httponly"]

    bearer = {"HTTP_AUTHORIZATION": f"Bearer {access}"}
    assert browser.get("/api/auth/me/", **bearer).json()["username"] == "ada"
    connections = browser.get("/api/auth/connections/", **bearer).json()["connections"]
    assert [(c["provider"], c["uid"]) for c in connections] == [("dev", "ada-1")]
    last = browser.delete(f"/api/auth/connections/{connections[0]['id']}/", **bearer)
    assert_error(last, 409, "last_login_method")

    refreshed = browser.post("/api/auth/token/refresh/", {}, format="json")
    assert refreshed.status_code == 200
    new_bearer = {"HTTP_AUTHORIZATION": f"Bearer {refreshed.json()['access']}"}
    assert browser.get("/api/auth/me/", **new_bearer).status_code == 200

    assert browser.post("/api/auth/logout/", {}, format="json").status_code == 204
    assert_error(browser.get("/api/auth/me/", **new_bearer), 401, "token_invalid")
    assert_error(
        browser.post("/api/auth/token/refresh/", {}, format="json"), 401, "not_authenticated"
    )
