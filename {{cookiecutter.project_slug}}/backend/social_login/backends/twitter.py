from social_core.backends.twitter import TwitterOAuth


class TwitterOAuth1(TwitterOAuth):
    """X's OAuth 1.0a login. The request token bound to the flow already ties the callback to
    the login that started it, so the callback URL stays exactly the registered one (social-core
    would append a `redirect_state` parameter)."""

    REDIRECT_STATE = False
