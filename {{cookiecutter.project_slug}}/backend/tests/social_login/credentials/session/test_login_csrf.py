"""auth_mode=session: begin and complete check CSRF like every unsafe call of the SPA."""

import pytest
from django.contrib.sessions.models import Session
from rest_framework.test import APIClient

from tests.support.api import assert_error, begin
from tests.support.fakes import sign_in

pytestmark = pytest.mark.django_db


def test_begin_without_csrf_token_is_refused() -> None:
    assert_error(begin(APIClient(enforce_csrf_checks=True), "dev"), 403, "csrf_failed")


def test_sign_in_with_the_csrf_token(mocked) -> None:
    client = APIClient(enforce_csrf_checks=True)
    token = client.get("/api/auth/csrf/").json()["csrf_token"]
    client.credentials(HTTP_X_CSRFTOKEN=token)
    response = sign_in(client, mocked, "dev").response
    assert response.status_code == 200, response.content
    assert "access" not in response.json()
    session_key = response.cookies["sessionid"].value
    session = Session.objects.get(session_key=session_key).get_decoded()
    assert session["_auth_user_id"] == str(response.json()["user"]["id"])
