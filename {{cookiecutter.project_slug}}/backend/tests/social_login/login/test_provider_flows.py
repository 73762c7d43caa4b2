"""A whole sign-in with every provider of the registry, against its real reply shapes:
begin, the provider's token and user endpoints, complete."""

import pytest

from accounts.models import User
from social_login.login.providers import PROVIDERS
from tests.support.api import CALLBACK, form, query
from tests.support.fakes import FAKES, Person, sign_in, token_request
from tests.support.providers import s256

pytestmark = pytest.mark.django_db


def test_every_registry_provider_has_a_fake() -> None:
    assert set(FAKES) == {provider.id for provider in PROVIDERS}


@pytest.mark.parametrize("provider", PROVIDERS, ids=lambda p: p.id)
def test_full_sign_in(api_client, all_providers, mocked, settings, provider) -> None:
    person = Person(uid="1001", username="ada", email="ada@example.com", name="Ada Lovelace")
    login = sign_in(api_client, mocked, provider.id, person)
    response = login.response

    assert response.status_code == 200, response.content
    body = response.json()
    assert body["is_new"] is True
    user = User.objects.get(pk=body["user"]["id"])
    assert user.social_auth.get().provider == provider.backend_name
    assert user.social_auth.get().uid == "1001"
    assert not user.has_usable_password()

    token = token_request(mocked, provider.id)
    if provider.protocol == "oauth1":
        signed = token.headers["Authorization"].decode()
        assert 'oauth_token="req-token"' in signed
        assert 'oauth_verifier="verifier-1"' in signed
        return
    sent = query(token.url) if FAKES[provider.id].token_method == "GET" else form(token.body)
    assert sent["code"] == "auth-code-1"
    assert sent["redirect_uri"] == CALLBACK
    if provider.pkce:
        # The verifier sent to the token endpoint is the one behind the challenge.
        assert s256(sent["code_verifier"]) == login.authorize["code_challenge"]
    else:
        assert "code_verifier" not in sent


@pytest.mark.parametrize("provider", ["dev", "oidc", "google"])
def test_oidc_id_token_with_another_nonce_is_refused(
    api_client, all_providers, mocked, provider
) -> None:
    from tests.support.api import assert_error, complete
    from tests.support.fakes import callback_params, start

    login = start(api_client, mocked, provider)
    forged = {**login.authorize, "nonce": "nonce-of-another-login"}
    FAKES[provider].serve(mocked, forged, Person())
    response = complete(api_client, provider, flow=login.flow, **callback_params(provider, login))
    assert_error(response, 400, "invalid_code", provider=provider)
    assert not User.objects.exists()


@pytest.mark.parametrize("provider", ["dev", "oidc", "google"])
def test_oidc_id_token_without_nonce_is_refused(api_client, all_providers, mocked, provider):
    from tests.support.api import assert_error, complete
    from tests.support.fakes import callback_params, start

    login = start(api_client, mocked, provider)
    FAKES[provider].serve(mocked, {**login.authorize, "nonce": None}, Person())
    response = complete(api_client, provider, flow=login.flow, **callback_params(provider, login))
    assert_error(response, 400, "invalid_code", provider=provider)


def test_google_id_token_with_the_bare_issuer_is_accepted(api_client, all_providers, mocked):
    from tests.support.api import complete
    from tests.support.fakes import ACCESS_TOKEN, at_hash, start
    from tests.support.providers import sign_id_token

    login = start(api_client, mocked, "google")
    FAKES["google"].serve(mocked, login.authorize, Person())
    bare = sign_id_token(
        {
            "iss": "accounts.google.com",
            "aud": "google-client",
            "azp": "google-client",
            "sub": "4242",
            "email": "octo@example.com",
            "email_verified": True,
            "at_hash": at_hash(ACCESS_TOKEN),
            "nonce": login.authorize["nonce"],
        }
    )
    mocked.replace(
        "POST",
        FAKES["google"].token_url,
        json={"access_token": ACCESS_TOKEN, "token_type": "Bearer", "id_token": bare},
    )
    response = complete(
        api_client, "google", flow=login.flow, code="c", state=login.authorize["state"]
    )
    assert response.status_code == 200, response.content
    assert response.json()["user"]["email"] == "octo@example.com"
