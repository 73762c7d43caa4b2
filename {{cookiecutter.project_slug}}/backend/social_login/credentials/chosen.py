"""The auth mode this project was generated with. The generator wrote the import below and
removed the other mode's package; each mode's interface.py answers the same names:

- `signed_in_response(request, user, *, is_new)`: the 200 answer of a successful sign-in,
  `{"user", "is_new"}` plus what keeps the user signed in (tokens, or a session);
- `check_login_request(request)`: what begin and complete check before anything else;
- `urlpatterns`: the mode's own endpoints under /api/auth/ (logout, refresh or csrf);
- `sign_ins`: the account center's list of the user's sign-ins and the ways to end them.
- for the schema: `SignedInSerializer` (the body of signed_in_response), `SIGN_IN_HEADERS`
  (the cookies it sets), `AUTHENTICATION_ERRORS` (the 401s of a call that needs a signed-in
  user) and `UNSAFE_REQUEST_ERRORS` (what any unsafe call may be refused with: csrf_failed).

The mode's DRF authentication classes and settings are in config/settings/auth_<mode>.py.
"""

from .jwt.interface import (
    AUTHENTICATION_ERRORS,
    SIGN_IN_HEADERS,
    UNSAFE_REQUEST_ERRORS,
    SignedInSerializer,
    check_login_request,
    sign_ins,
    signed_in_response,
    urlpatterns,
)

__all__ = [
    "AUTHENTICATION_ERRORS",
    "SIGN_IN_HEADERS",
    "UNSAFE_REQUEST_ERRORS",
    "SignedInSerializer",
    "check_login_request",
    "sign_ins",
    "signed_in_response",
    "urlpatterns",
]
