"""Microsoft Entra ID: the authorization asks with a nonce, and an ID token whose nonce is not
this login's (one obtained in another login, or none) is refused."""

from __future__ import annotations

import pytest

from accounts.models import User
from tests.support.api import assert_error
from tests.support.fakes import Person, sign_in, start

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("all_providers")]


def test_the_authorization_carries_a_fresh_nonce(api_client, mocked) -> None:
    first = start(api_client, mocked, "microsoft").authorize["nonce"]
    second = start(api_client, mocked, "microsoft").authorize["nonce"]
    assert len(first) >= 32
    assert first != second


def test_the_id_token_with_this_logins_nonce_signs_in(api_client, mocked) -> None:
    response = sign_in(api_client, mocked, "microsoft").response
    assert response.status_code == 200, response.content


@pytest.mark.parametrize("nonce", ["nonce-of-another-login", None])
def test_a_nonce_mismatch_is_refused(api_client, mocked, nonce) -> None:
    person = Person(extra={"id_token": {"nonce": nonce}})
    response = sign_in(api_client, mocked, "microsoft", person).response
    assert_error(response, 400, "invalid_code", provider="microsoft")
    assert not User.objects.exists()
