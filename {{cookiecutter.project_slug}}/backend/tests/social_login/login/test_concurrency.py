"""Twenty simultaneous first sign-ins of one new identity: one user, everyone signed in as it.
Needs PostgreSQL (SQLite serialises writers); the Postgres bake of the template runs it."""

import json
import threading
from typing import Any

import pytest
import responses
from django.db import connection
from rest_framework.test import APIClient
from social_django.models import UserSocialAuth

from accounts.models import User
from tests.support.api import complete, form
from tests.support.fakes import ACCESS_TOKEN, FAKES, Person, callback_params, id_token, start
from tests.support.providers import DEV_URL

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

RACERS = 20


def start_logins(mocked, person: Person) -> list[tuple[APIClient, Any, str]]:
    """RACERS begun logins of `person` at the dev provider, each with its own code, whose ID
    token carries that login's nonce."""
    logins = []
    nonces = {}
    for number in range(RACERS):
        client = APIClient()
        login = start(client, mocked, "dev")
        nonces[f"code-{number}"] = login.authorize["nonce"]
        logins.append((client, login, f"code-{number}"))
    FAKES["dev"].serve(mocked, logins[0][1].authorize, person)

    def token_endpoint(request):
        authorize = {"nonce": nonces[form(request.body)["code"]]}
        token = {"access_token": ACCESS_TOKEN, "token_type": "Bearer"}
        token["id_token"] = id_token(f"{DEV_URL}/o", "dev-spa", authorize, person)
        return 200, {}, json.dumps(token)

    mocked.replace(responses.CallbackResponse("POST", FAKES["dev"].token_url, token_endpoint))
    return logins


def complete_all_at_once(logins: list[tuple[APIClient, Any, str]]) -> list[tuple[int, dict]]:
    """Completes every login in its own thread, all released together; their answers."""
    barrier = threading.Barrier(RACERS)
    results: list[tuple[int, dict]] = []
    lock = threading.Lock()

    def race(client: APIClient, login, code: str) -> None:
        try:
            barrier.wait(timeout=30)
            params = {**callback_params("dev", login), "code": code}
            response = complete(client, "dev", flow=login.flow, **params)
            with lock:
                results.append((response.status_code, response.json()))
        finally:
            connection.close()

    threads = [threading.Thread(target=race, args=racer) for racer in logins]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def test_concurrent_first_sign_ins_make_one_user(mocked) -> None:
    person = Person(uid="racer", username="racer", email="racer@example.com")
    results = complete_all_at_once(start_logins(mocked, person))

    assert len(results) == RACERS
    statuses = sorted(status for status, _ in results)
    assert all(status < 500 for status in statuses), results
    assert statuses == [200] * RACERS, results
    assert User.objects.count() == 1
    user = User.objects.get()
    assert UserSocialAuth.objects.get().user == user
    assert {body["user"]["id"] for _, body in results} == {user.pk}
    assert sum(body["is_new"] for _, body in results) == 1


def test_one_flow_token_used_concurrently_signs_in_once(mocked) -> None:
    client = APIClient()
    login = start(client, mocked, "dev")
    FAKES["dev"].serve(mocked, login.authorize, Person(uid="twice"))
    tries = 10
    barrier = threading.Barrier(tries)
    results: list[tuple[int, dict]] = []
    lock = threading.Lock()

    def race() -> None:
        try:
            barrier.wait(timeout=30)
            response = complete(
                APIClient(), "dev", flow=login.flow, **callback_params("dev", login)
            )
            with lock:
                results.append((response.status_code, response.json()))
        finally:
            connection.close()

    threads = [threading.Thread(target=race) for _ in range(tries)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    statuses = sorted(status for status, _ in results)
    assert statuses == [200] + [400] * (tries - 1), results
    assert {body["error"]["code"] for status, body in results if status == 400} == {"invalid_flow"}
    assert User.objects.count() == 1
