"""The providers this API can sign in with, as data.

Each entry names a social-core backend; the backend's own settings keep social-core's names
(`SOCIAL_AUTH_<BACKEND NAME>_KEY`, `_SECRET`, ...) and are read from the environment when used
(social_login/conf.py). A provider is offered only once all its `required` settings have a
value. To add a provider supported by social-core, add one entry below and document its
settings in docs/providers.md. `pkce` is the one place that turns PKCE on or off.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from django.conf import settings

from ..conf import provider_setting

Protocol = Literal["oauth2", "oidc", "oauth1"]

# How a provider vouches that the email address it returns belongs to the user; used by
# social_login.login.pipeline before trusting an address (association by email, domain allow-list).
#   "email_verified_claim": an `email_verified` claim that is true (OpenID Connect)
#   "github_emails": GitHub's /user/emails entry for that address has `verified: true`
#   "gitlab_confirmed": GitLab's user has a `confirmed_at` date
#   "discord_verified": Discord's user has `verified: true`
#   "never": the provider gives no such guarantee
EmailVerification = Literal[
    "email_verified_claim", "github_emails", "gitlab_confirmed", "discord_verified", "never"
]


@dataclass(frozen=True)
class Provider:
    id: str  # in URLs and in the SPA
    name: str  # shown on the button
    protocol: Protocol
    backend: str  # dotted path of a social-core backend class
    backend_name: str  # that class's `name`: prefix of its settings, stored on each identity
    pkce: bool  # send an S256 code challenge (the backend must derive from BaseOAuth2PKCE)
    email_verification: EmailVerification = "never"
    # Settings (without the SOCIAL_AUTH_<BACKEND NAME>_ prefix) that must be set to offer it.
    required: tuple[str, ...] = ("KEY", "SECRET")
    # Optional settings read from the environment too (same prefix).
    optional: tuple[str, ...] = ()
    # Backend settings applied unless the project sets them.
    defaults: dict[str, object] = field(default_factory=dict)
    # Scopes a connect may ask for on top of the configured ones (begin's `scopes`), to call
    # the provider's API later (social_login/provider_tokens/). Anything else is refused.
    extra_scopes: tuple[str, ...] = ()

    def setting_name(self, name: str) -> str:
        return f"SOCIAL_AUTH_{self.backend_name.upper().replace('-', '_')}_{name}"

    def env_setting_names(self) -> list[str]:
        return [self.setting_name(name) for name in (*self.required, *self.optional)]


PROVIDERS: tuple[Provider, ...] = (
    Provider(
        id="github",
        name="GitHub",
        protocol="oauth2",
        backend="social_login.backends.pkce.GithubOAuth2PKCE",
        backend_name="github",
        pkce=True,
        email_verification="github_emails",
        # The emails API tells verified addresses from unverified ones.
        defaults={"SCOPE": ["user:email"]},
        # GitHub OAuth apps: a new consent adds scopes to the grant (docs/customising.md).
        extra_scopes=("read:user", "public_repo", "gist"),
    ),
    Provider(
        id="google",
        name="Google",
        protocol="oidc",
        backend="social_login.backends.google.GoogleOpenIdConnect",
        backend_name="google-openidconnect",
        pkce=True,
        email_verification="email_verified_claim",
        # Incremental authorization: a connect asking for more keeps the scopes granted before;
        # "offline" gets a refresh token (at the first consent) to call Google's APIs later.
        defaults={
            "AUTH_EXTRA_ARGUMENTS": {"include_granted_scopes": "true", "access_type": "offline"}
        },
        extra_scopes=(
            "https://www.googleapis.com/auth/calendar.readonly",
            "https://www.googleapis.com/auth/drive.file",
        ),
    ),
    Provider(
        id="gitlab",
        name="GitLab",
        protocol="oauth2",
        backend="social_login.backends.pkce.GitLabOAuth2PKCE",
        backend_name="gitlab",
        pkce=True,
        email_verification="gitlab_confirmed",
        optional=("API_URL",),
    ),
    Provider(
        id="facebook",
        name="Facebook",
        protocol="oauth2",
        backend="social_core.backends.facebook.FacebookOAuth2",
        backend_name="facebook",
        # social-core's Facebook backend builds its token request itself, without a verifier.
        pkce=False,
        defaults={"SCOPE": ["email"], "PROFILE_EXTRA_PARAMS": {"fields": "id,name,email"}},
    ),
    Provider(
        id="microsoft",
        name="Microsoft",
        protocol="oauth2",
        # social-core's AzureADV2TenantOAuth2, with an OpenID Connect nonce.
        backend="social_login.backends.entra.EntraIdOAuth2",
        backend_name="azuread-v2-tenant-oauth2",
        pkce=True,
        # Entra ID does not verify the email claim of every account: never trust it.
        optional=("TENANT_ID",),
    ),
    Provider(
        id="discord",
        name="Discord",
        protocol="oauth2",
        backend="social_login.backends.pkce.DiscordOAuth2PKCE",
        backend_name="discord",
        pkce=True,
        email_verification="discord_verified",
        defaults={"SCOPE": ["email"]},
    ),
    Provider(
        id="apple",
        name="Apple",
        protocol="oauth2",
        backend="social_login.backends.apple.AppleIdAuth",
        backend_name="apple-id",
        # Sign in with Apple documents no PKCE support.
        pkce=False,
        # Name and email: Apple then answers with a form POST (backends/apple_form_post.py).
        defaults={"SCOPE": ["name", "email"]},
        email_verification="email_verified_claim",
        required=("CLIENT", "TEAM", "KEY", "SECRET"),
    ),
    Provider(
        id="x",
        name="X",
        protocol="oauth2",
        backend="social_core.backends.twitter_oauth2.TwitterOAuth2",
        backend_name="twitter-oauth2",
        pkce=True,
    ),
    Provider(
        id="twitter",
        name="X (OAuth 1.0a)",
        protocol="oauth1",
        backend="social_login.backends.twitter.TwitterOAuth1",
        backend_name="twitter",
        pkce=False,
    ),
    Provider(
        id="oidc",
        name="OpenID Connect",  # SOCIAL_LOGIN_OIDC_NAME renames it
        protocol="oidc",
        backend="social_core.backends.open_id_connect.OpenIdConnectAuth",
        backend_name="oidc",
        pkce=True,
        email_verification="email_verified_claim",
        required=("OIDC_ENDPOINT", "KEY", "SECRET"),
    ),
    Provider(
        id="dev",
        name="Dev login",
        protocol="oidc",
        backend="social_login.backends.dev.DevOpenIdConnect",
        backend_name="dev",
        pkce=True,
        email_verification="email_verified_claim",
        # Its public client id and secret are in the backend (backends/dev_client.py); it is
        # offered where DEV_PROVIDER_ENABLED is on.
        required=(),
    ),
)

BY_ID: dict[str, Provider] = {provider.id: provider for provider in PROVIDERS}
BY_BACKEND_NAME: dict[str, Provider] = {provider.backend_name: provider for provider in PROVIDERS}


def env_setting_names() -> list[str]:
    """Every provider setting that social_login/conf.py reads from the environment."""
    return [name for provider in PROVIDERS for name in provider.env_setting_names()]


def is_configured(provider: Provider) -> bool:
    if provider.id == "dev" and not settings.DEV_PROVIDER_ENABLED:
        return False
    return all(provider_setting(provider.setting_name(name)) for name in provider.required)


def configured_providers() -> list[Provider]:
    return [provider for provider in PROVIDERS if is_configured(provider)]


def get_configured(provider_id: str) -> Provider | None:
    provider = BY_ID.get(provider_id)
    return provider if provider is not None and is_configured(provider) else None


def display_name(provider: Provider) -> str:
    if provider.id == "oidc":
        return settings.SOCIAL_LOGIN_OIDC_NAME or provider.name
    return provider.name
