"""POST /api/auth/social/{provider}/complete/ with the dev provider (a standard OpenID
provider): flow token checks, state, code exchange, provider failures, connect."""

import time

import pytest
import requests
from social_django.models import UserSocialAuth

from accounts.models import User
from social_login.login import flow_token
from tests.support.api import CALLBACK, assert_error, complete, form
from tests.support.fakes import FAKES, Person, callback_params, sign_in, start
from tests.support.providers import DEV_URL, s256

pytestmark = pytest.mark.django_db

TOKEN_URL = FAKES["dev"].token_url


def finish(api_client, login, **overrides):
    body = {"flow": login.flow, **callback_params("dev", login), **overrides}
    return complete(api_client, "dev", **body)


def test_first_sign_in_creates_the_user(api_client, mocked) -> None:
    person = Person(
        uid="alice-sub", username="alice", email="alice@example.com", name="Alice Liddell"
    )
    response = sign_in(api_client, mocked, "dev", person).response
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["is_new"] is True
    assert body["user"]["username"] == "alice"
    assert body["user"]["email"] == "alice@example.com"
    assert body["user"]["first_name"] == "Alice"
    assert body["user"]["last_name"] == "Liddell"
    assert UserSocialAuth.objects.get().uid == "alice-sub"


def test_returning_user_is_not_new(api_client, mocked) -> None:
    first = sign_in(api_client, mocked, "dev").response.json()
    again = sign_in(api_client, mocked, "dev").response
    assert again.status_code == 200
    assert again.json()["is_new"] is False
    assert again.json()["user"]["id"] == first["user"]["id"]
    assert User.objects.count() == 1


def test_returning_user_costs_a_fixed_number_of_queries(
    api_client, mocked, django_assert_max_num_queries
) -> None:
    sign_in(api_client, mocked, "dev")
    login = start(api_client, mocked, "dev")
    FAKES["dev"].serve(mocked, login.authorize, Person())
    # In jwt mode this browser still sends the first sign-in's refresh cookie: complete also
    # revokes that sign-in (5 queries of the 21).
    with django_assert_max_num_queries(21):
        response = finish(api_client, login)
    assert response.status_code == 200
    assert response.json()["is_new"] is False


# --- the flow token ------------------------------------------------------------------------


def test_flow_token_is_single_use(api_client, mocked) -> None:
    login = sign_in(api_client, mocked, "dev")
    assert login.response.status_code == 200
    assert_error(finish(api_client, login), 400, "invalid_flow", provider="dev")


def test_forged_flow_token_is_refused(api_client, mocked) -> None:
    login = start(api_client, mocked, "dev")
    assert_error(finish(api_client, login, flow="gAAAAABforged"), 400, "invalid_flow")


def test_tampered_flow_token_is_refused(api_client, mocked) -> None:
    login = start(api_client, mocked, "dev")
    middle = len(login.flow) // 2
    tampered = (
        login.flow[:middle] + ("A" if login.flow[middle] != "A" else "B") + login.flow[middle + 1 :]
    )
    assert_error(finish(api_client, login, flow=tampered), 400, "invalid_flow")


def test_flow_token_of_another_secret_key_is_refused(api_client, mocked, settings) -> None:
    login = start(api_client, mocked, "dev")
    settings.SECRET_KEY = "another-secret-key-of-another-deployment-0123456789"
    assert_error(finish(api_client, login), 400, "invalid_flow")


def test_expired_flow_token_is_refused(api_client, mocked) -> None:
    login = start(api_client, mocked, "dev")
    decoded = flow_token.decode(login.flow, provider="dev", redirect_uri=CALLBACK)
    decoded.issued_at = int(time.time()) - flow_token.FLOW_TTL_SECONDS - 5
    assert_error(finish(api_client, login, flow=flow_token.encode(decoded)), 400, "invalid_flow")


def test_flow_token_of_another_provider_is_refused(api_client, all_providers, mocked) -> None:
    login = start(api_client, mocked, "dev")
    response = complete(api_client, "oidc", flow=login.flow, **callback_params("dev", login))
    assert_error(response, 400, "invalid_flow", provider="oidc")


def test_flow_token_of_another_redirect_uri_is_refused(api_client, mocked) -> None:
    login = start(api_client, mocked, "dev")
    response = finish(api_client, login, redirect_uri="http://localhost:5173/auth/callback")
    assert_error(response, 400, "invalid_flow")


def test_refused_flow_does_not_reach_the_provider(api_client, mocked) -> None:
    login = start(api_client, mocked, "dev")
    FAKES["dev"].serve(mocked, login.authorize, Person())
    calls = len(mocked.calls)
    finish(api_client, login, flow="garbage")
    assert len(mocked.calls) == calls


# --- state ---------------------------------------------------------------------------------


def test_state_mismatch(api_client, mocked) -> None:
    login = start(api_client, mocked, "dev")
    FAKES["dev"].serve(mocked, login.authorize, Person())
    response = finish(api_client, login, state="x" * 32)
    assert_error(response, 400, "state_mismatch", provider="dev")
    assert not User.objects.exists()


def test_missing_state_is_a_mismatch(api_client, mocked) -> None:
    login = start(api_client, mocked, "dev")
    response = complete(api_client, "dev", flow=login.flow, code="auth-code-1")
    assert_error(response, 400, "state_mismatch")


def test_state_of_another_login_is_refused(api_client, mocked) -> None:
    first = start(api_client, mocked, "dev")
    second = start(api_client, mocked, "dev")
    FAKES["dev"].serve(mocked, second.authorize, Person())
    response = finish(api_client, second, state=first.authorize["state"])
    assert_error(response, 400, "state_mismatch")


def test_replayed_state_is_refused(api_client, mocked) -> None:
    """A captured callback (code + state) replayed with a fresh flow of the attacker's."""
    victim = sign_in(api_client, mocked, "dev")
    attacker = start(api_client, mocked, "dev")
    response = finish(api_client, attacker, state=victim.authorize["state"])
    assert_error(response, 400, "state_mismatch")


# --- the provider's answer -----------------------------------------------------------------


def test_user_cancelled_at_the_provider(api_client, mocked) -> None:
    login = start(api_client, mocked, "dev")
    response = complete(
        api_client,
        "dev",
        flow=login.flow,
        state=login.authorize["state"],
        error="access_denied",
        error_description="The user denied the request <script>",
    )
    error = assert_error(response, 400, "authorization_denied", provider="dev")
    assert "script" not in error["message"]


@pytest.mark.parametrize("provider_error", ["invalid_scope", "server_error", "junk <b>"])
def test_provider_refusing_the_request_is_a_400_logged_without_traceback(
    api_client, mocked, caplog, provider_error: str
) -> None:
    """Anyone can send a provider error to complete: it is the provider refusing the request
    (RFC 6749 4.1.2.1), not the provider failing, and no reason to log an ERROR."""
    login = start(api_client, mocked, "dev")
    with caplog.at_level("INFO", logger="social_login"):
        response = complete(
            api_client,
            "dev",
            flow=login.flow,
            state=login.authorize["state"],
            error=provider_error,
            error_description="internal-id-78",
        )
    error = assert_error(response, 400, "provider_refused", provider="dev")
    assert "internal-id-78" not in error["message"]
    ours = [r for r in caplog.records if r.name.startswith("social_login")]
    assert ours, "the refusal is logged"
    assert all(r.levelname == "INFO" and not r.exc_info for r in ours)


def test_code_rejected_by_the_provider(api_client, mocked) -> None:
    login = start(api_client, mocked, "dev")
    FAKES["dev"].serve(mocked, login.authorize, Person())
    mocked.replace(
        "POST",
        TOKEN_URL,
        status=400,
        json={"error": "invalid_grant", "error_description": "Invalid code: internal-id-77"},
    )
    error = assert_error(finish(api_client, login), 400, "invalid_code", provider="dev")
    assert "internal-id-77" not in error["message"]


def test_code_of_another_login_is_refused(api_client, mocked) -> None:
    """The provider binds each code to its login's PKCE challenge (as DOT does): a code from
    another flow fails at the token endpoint because this flow's verifier does not match."""
    first = start(api_client, mocked, "dev")
    second = start(api_client, mocked, "dev")
    challenges = {"code-of-first": first.authorize["code_challenge"]}
    FAKES["dev"].serve(mocked, second.authorize, Person())

    def token_endpoint(request):
        sent = form(request.body)
        if s256(sent["code_verifier"]) != challenges.get(sent["code"]):
            return 400, {}, '{"error": "invalid_grant"}'
        return 500, {}, "unexpected"

    mocked.replace(responses_callback(mocked, token_endpoint))
    response = finish(api_client, second, code="code-of-first")
    assert_error(response, 400, "invalid_code")


def responses_callback(mocked, callback):
    import responses

    return responses.CallbackResponse("POST", TOKEN_URL, callback=callback)


@pytest.mark.parametrize(
    ("reply", "status"),
    [
        ({"status": 500, "body": "<html>Internal Server Error</html>"}, 502),
        ({"status": 503, "json": {"error": "temporarily_unavailable"}}, 502),
        ({"status": 500, "json": {"error": "invalid_grant"}}, 502),
        ({"status": 200, "body": "<html>not json</html>"}, 502),
        ({"status": 200, "json": ["not", "an", "object"]}, 502),
        ({"status": 200, "json": {"token_type": "Bearer"}}, 502),  # no tokens at all
        ({"body": requests.ConnectionError("refused")}, 503),
        ({"body": requests.ConnectTimeout("slow")}, 504),
        ({"body": requests.ReadTimeout("slow")}, 504),
    ],
)
def test_token_endpoint_failures(api_client, mocked, reply, status) -> None:
    login = start(api_client, mocked, "dev")
    FAKES["dev"].serve(mocked, login.authorize, Person())
    mocked.replace("POST", TOKEN_URL, **reply)
    error = assert_error(finish(api_client, login), status, "provider_unavailable", provider="dev")
    assert "html" not in error["message"]
    assert not User.objects.exists()


@pytest.mark.parametrize(
    "reply",
    [
        {"status": 500, "body": "oops"},
        {"status": 200, "body": "not json"},
        {"status": 200, "json": {"sub": "someone-else"}},  # not the ID token's subject
    ],
)
def test_userinfo_failures_are_502(api_client, mocked, reply) -> None:
    login = start(api_client, mocked, "dev")
    FAKES["dev"].serve(mocked, login.authorize, Person())
    mocked.replace("GET", f"{DEV_URL}/o/userinfo/", **reply)
    assert_error(finish(api_client, login), 502, "provider_unavailable", provider="dev")


def test_id_token_signed_by_another_key_is_502(api_client, mocked) -> None:
    from cryptography.hazmat.primitives.asymmetric import rsa

    from tests.support.providers import sign_id_token

    login = start(api_client, mocked, "dev")
    FAKES["dev"].serve(mocked, login.authorize, Person())
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    forged = sign_id_token(
        {"iss": f"{DEV_URL}/o", "aud": "dev-spa", "sub": "4242", "nonce": login.authorize["nonce"]},
        key=other,
    )
    mocked.replace(
        "POST", TOKEN_URL, json={"access_token": "a", "token_type": "Bearer", "id_token": forged}
    )
    assert_error(finish(api_client, login), 502, "provider_unavailable")
    assert not User.objects.exists()


def test_missing_code_is_invalid_request(api_client, mocked) -> None:
    login = start(api_client, mocked, "dev")
    response = complete(api_client, "dev", flow=login.flow, state=login.authorize["state"])
    assert_error(response, 400, "invalid_request")


def test_complete_for_an_unknown_provider_is_404(api_client) -> None:
    response = complete(api_client, "myspace", flow="x", code="y", state="z")
    assert_error(response, 404, "unknown_provider")


# --- policy --------------------------------------------------------------------------------


def test_inactive_user_is_refused(api_client, mocked) -> None:
    first = sign_in(api_client, mocked, "dev").response.json()
    User.objects.filter(pk=first["user"]["id"]).update(is_active=False)
    response = sign_in(api_client, mocked, "dev").response
    assert_error(response, 403, "login_not_allowed", provider="dev")
    assert "access" not in response.json()


# --- OAuth 1.0a ----------------------------------------------------------------------------


def test_oauth1_token_of_another_login_is_a_state_mismatch(api_client, all_providers, mocked):
    login = start(api_client, mocked, "twitter")
    FAKES["twitter"].serve(mocked, login.authorize, Person())
    response = complete(
        api_client, "twitter", flow=login.flow, oauth_token="not-ours", oauth_verifier="v"
    )
    assert_error(response, 400, "state_mismatch", provider="twitter")


def test_oauth1_denied_is_authorization_denied(api_client, all_providers, mocked) -> None:
    login = start(api_client, mocked, "twitter")
    response = complete(api_client, "twitter", flow=login.flow, denied="req-token")
    assert_error(response, 400, "authorization_denied", provider="twitter")
