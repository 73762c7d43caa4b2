"""POST /api/auth/social/{provider}/begin/"""

from urllib.parse import urlsplit

import pytest

from accounts.models import User
from social_login.login import flow_token
from tests.support.api import CALLBACK, assert_error, begin, query
from tests.support.providers import DEV_URL, ENTRA_TENANT, OIDC_ISSUER

pytestmark = pytest.mark.django_db

# provider id -> (authorization endpoint, api_client id, PKCE, OIDC nonce)
AUTHORIZE = {
    "github": ("https://github.com/login/oauth/authorize", "github-client", True, False),
    "google": ("https://accounts.google.com/o/oauth2/auth", "google-client", True, True),
    "gitlab": ("https://gitlab.com/oauth/authorize", "gitlab-client", True, False),
    "facebook": (
        "https://www.facebook.com/v24.0/dialog/oauth",
        "facebook-client",
        False,
        False,
    ),
    "microsoft": (
        f"https://login.microsoftonline.com/{ENTRA_TENANT}/oauth2/v2.0/authorize",
        "entra-client",
        True,
        True,  # social_login/backends/entra.py adds the OpenID Connect nonce
    ),
    "discord": ("https://discord.com/api/oauth2/authorize", "discord-client", True, False),
    "apple": ("https://appleid.apple.com/auth/authorize", "com.example.web", False, False),
    "x": ("https://twitter.com/i/oauth2/authorize", "x-client", True, False),
    "oidc": (f"{OIDC_ISSUER}/authorize/", "oidc-client", True, True),
    "dev": (f"{DEV_URL}/o/authorize/", "dev-spa", True, True),
}


@pytest.fixture
def discovery(mocked):
    from tests.support.providers import serve_discovery

    serve_discovery(mocked, "https://accounts.google.com")
    serve_discovery(mocked, OIDC_ISSUER)
    serve_discovery(mocked, f"{DEV_URL}/o")
    return mocked


@pytest.mark.parametrize("provider", sorted(AUTHORIZE))
def test_begin_builds_the_authorization_url(api_client, all_providers, discovery, provider) -> None:
    endpoint, client_id, pkce, nonce = AUTHORIZE[provider]
    response = begin(api_client, provider)
    assert response.status_code == 200, response.content
    body = response.json()
    assert set(body) == {"authorization_url", "flow"}
    url = body["authorization_url"]
    assert url.split("?")[0] == endpoint
    params = query(url)
    assert params["client_id"] == client_id
    assert params["redirect_uri"] == CALLBACK
    assert len(params["state"]) >= 32
    if pkce:
        assert params["code_challenge_method"] == "S256"
        assert len(params["code_challenge"]) == 43
    else:
        assert "code_challenge" not in params
    if nonce:
        assert len(params["nonce"]) >= 32
    else:
        assert "nonce" not in params
    if provider == "apple":
        # Name and email: Apple POSTs its answer to /auth/callback (apple_form_post.py).
        assert params["response_mode"] == "form_post"
        assert params["scope"] == "name email"
    # No cookie ties begin to complete.
    assert "sessionid" not in response.cookies


def test_flow_token_hides_the_login_secrets(api_client, discovery) -> None:
    response = begin(api_client, "dev")
    body = response.json()
    params = query(body["authorization_url"])
    token = body["flow"]
    # Long strings only: a short one ("dev") turns up in random base64 about once in a thousand.
    for secret in (params["state"], params["nonce"], "code_verifier", "oauth2_state"):
        assert secret not in token
    decoded = flow_token.decode(token, provider="dev", redirect_uri=CALLBACK)
    assert decoded.intent == "login"
    assert decoded.user_id is None
    transaction = decoded.session[f"dev_oauth2_state_{params['state']}"]
    assert transaction["oidc_nonce"] == params["nonce"]
    assert transaction["code_verifier"]


def test_begin_oauth1_fetches_a_request_token(api_client, all_providers, mocked) -> None:
    mocked.post(
        "https://api.twitter.com/oauth/request_token",
        body="oauth_token=req-token&oauth_token_secret=req-secret&oauth_callback_confirmed=true",
    )
    response = begin(api_client, "twitter")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["authorization_url"] == (
        "https://api.twitter.com/oauth/authenticate?oauth_token=req-token"
        "&redirect_uri=http%3A%2F%2F127.0.0.1%3A5173%2Fauth%2Fcallback"
    )
    signed = mocked.calls[0].request.headers["Authorization"].decode()
    assert 'oauth_callback="http%3A%2F%2F127.0.0.1%3A5173%2Fauth%2Fcallback"' in signed
    # The request token's secret travels only inside the encrypted flow token.
    assert "req-secret" not in body["flow"]
    decoded = flow_token.decode(body["flow"], provider="twitter", redirect_uri=CALLBACK)
    assert "req-secret" in str(decoded.session)


def test_unknown_provider_is_404(api_client) -> None:
    assert_error(begin(api_client, "myspace"), 404, "unknown_provider")


def test_unconfigured_provider_is_404(api_client, settings) -> None:
    settings.SOCIAL_AUTH_GITHUB_KEY = "only-the-key"
    assert_error(begin(api_client, "github"), 404, "unknown_provider")


def test_disabled_dev_provider_is_404(api_client, settings) -> None:
    settings.DEV_PROVIDER_ENABLED = False
    assert_error(begin(api_client, "dev"), 404, "unknown_provider")


@pytest.mark.parametrize(
    "redirect_uri",
    [
        "https://evil.example/auth/callback",
        "http://127.0.0.1:5173/auth/callback/",
        "http://127.0.0.1:5173/auth/callback?next=https://evil.example",
        "http://127.0.0.1:5174/auth/callback",
        "HTTP://127.0.0.1:5173/auth/callback",
    ],
)
def test_redirect_uri_outside_the_allow_list_is_refused(api_client, redirect_uri) -> None:
    response = begin(api_client, "dev", redirect_uri=redirect_uri)
    assert_error(response, 400, "redirect_uri_not_allowed")


def test_missing_redirect_uri_is_invalid_request(api_client) -> None:
    response = api_client.post("/api/auth/social/dev/begin/", {}, format="json")
    error = assert_error(response, 400, "invalid_request")
    assert "redirect_uri" in error["fields"]


def test_unknown_intent_is_invalid_request(api_client) -> None:
    assert_error(begin(api_client, "dev", intent="hijack"), 400, "invalid_request")


def test_connect_needs_a_signed_in_caller(api_client) -> None:
    response = begin(api_client, "dev", intent="connect")
    assert_error(response, 401, "not_authenticated")
    # The same challenge as any other 401 of this auth mode.
    assert response["WWW-Authenticate"] == api_client.get("/api/auth/me/")["WWW-Authenticate"]


def test_connect_binds_the_flow_to_the_caller(api_client, discovery) -> None:
    user = User.objects.create_user("carol", "carol@example.com")
    api_client.force_authenticate(user)
    response = begin(api_client, "dev", intent="connect")
    assert response.status_code == 200, response.content
    decoded = flow_token.decode(response.json()["flow"], provider="dev", redirect_uri=CALLBACK)
    assert decoded.intent == "connect"
    assert decoded.user_id == str(user.pk)


def test_plain_login_ignores_a_stale_bearer_token(api_client, discovery) -> None:
    api_client.credentials(HTTP_AUTHORIZATION="Bearer not-a-token")
    assert begin(api_client, "dev").status_code == 200


def test_provider_down_at_begin_is_503(api_client, mocked) -> None:
    import requests

    mocked.get(
        f"{DEV_URL}/o/.well-known/openid-configuration",
        body=requests.ConnectionError("refused"),
    )
    assert_error(begin(api_client, "dev"), 503, "provider_unavailable", provider="dev")


def test_authorization_url_is_the_providers(api_client, discovery) -> None:
    url = begin(api_client, "dev").json()["authorization_url"]
    assert urlsplit(url).netloc == urlsplit(DEV_URL).netloc
