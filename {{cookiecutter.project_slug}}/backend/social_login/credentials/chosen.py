"""The auth mode this project was generated with. The generator wrote the import below and
removed the other mode's package; each mode's interface.py answers the same names:

- `signed_in_response(request, user, *, is_new)`: the 200 answer of a successful sign-in,
  `{"user", "is_new"}` plus what keeps the user signed in (tokens, or a session);
- `check_login_request(request)`: what begin and complete check before anything else;
- `urlpatterns`: the mode's own endpoints under /api/auth/ (logout, refresh or csrf);
- `sign_ins`: the account center's list of the user's sign-ins and the ways to end them.

The mode's DRF authentication classes and settings are in config/settings/auth_<mode>.py.
"""

from .jwt.interface import check_login_request, sign_ins, signed_in_response, urlpatterns

__all__ = ["check_login_request", "sign_ins", "signed_in_response", "urlpatterns"]
