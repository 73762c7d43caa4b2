"""social-core backends of providers that support PKCE but whose social-core class predates it.

The classes keep the backend `name`, so settings (SOCIAL_AUTH_GITHUB_KEY, ...) and stored
identities are the same as with the original backend. Whether PKCE is used is the registry's
`pkce` (social_login/login/providers.py), answered by the strategy.
"""

from social_core.backends.discord import DiscordOAuth2
from social_core.backends.github import GithubOAuth2
from social_core.backends.gitlab import GitLabOAuth2
from social_core.backends.oauth import BaseOAuth2PKCE


class GithubOAuth2PKCE(GithubOAuth2, BaseOAuth2PKCE):
    pass


class GitLabOAuth2PKCE(GitLabOAuth2, BaseOAuth2PKCE):
    pass


class DiscordOAuth2PKCE(DiscordOAuth2, BaseOAuth2PKCE):
    pass
