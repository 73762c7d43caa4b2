"""When the browser's user last signed in at the provider, for `prompt=none` and `max_age`
(OpenID Connect Core 3.1.2.1). It is the user's `last_login`, which the toolkit also puts in the
ID token's `auth_time`, so the check and the claim agree.

oauthlib's request carries the HTTP headers only, never the Django user: the backend class adds
this time under a header name no client can send (client headers arrive prefixed HTTP_)."""

from django.http import HttpRequest

HEADER = "DEVIDP_SIGNED_IN_AT"


def signed_in_at(request: HttpRequest) -> int | None:
    user = request.user
    if not user.is_authenticated or user.last_login is None:
        return None
    return int(user.last_login.timestamp())


def is_older_than(signed_in: int, max_age: str | None, now: float) -> bool:
    """True if `max_age` (seconds, as sent) asks for a sign-in newer than `signed_in`. A
    max_age that is not a whole number is ignored, as an unknown parameter would be."""
    if max_age is None or not max_age.isdigit():
        return False
    return now - signed_in > int(max_age)
