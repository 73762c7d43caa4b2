"""A whole session-mode visit through the real views, CSRF enforced as in a browser."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from tests.support.fakes import Person, sign_in

pytestmark = pytest.mark.django_db


def test_sign_in_use_and_sign_out_with_csrf(mocked) -> None:
    browser = APIClient(enforce_csrf_checks=True)
    csrf = browser.get("/api/auth/csrf/").json()["csrf_token"]
    browser.credentials(HTTP_X_CSRFTOKEN=csrf)

    login = sign_in(browser, mocked, "dev", Person(uid="ada-1", username="ada"))
    assert login.response.status_code == 200, login.response.content
    assert "access" not in login.response.json()
    assert browser.get("/api/auth/me/").json()["username"] == "ada"
    connections = browser.get("/api/auth/connections/").json()["connections"]
    assert [(c["provider"], c["uid"]) for c in connections] == [("dev", "ada-1")]

    # Login rotated the CSRF token: the old one no longer passes.
    stale = browser.post("/api/auth/logout/", {}, format="json")
    assert stale.status_code == 403
    assert stale.json()["error"]["code"] == "csrf_failed"

    browser.credentials(HTTP_X_CSRFTOKEN=login.response.cookies["csrftoken"].value)
    assert browser.post("/api/auth/logout/", {}, format="json").status_code == 204
    me = browser.get("/api/auth/me/")
    assert me.status_code == 401
    assert me.json()["error"]["code"] == "not_authenticated"
