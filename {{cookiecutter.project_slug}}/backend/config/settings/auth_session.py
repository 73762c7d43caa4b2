"""Settings of auth_mode=session, imported by base.py: the auth mode this project was
generated with. The SPA stays signed in with Django's session cookie; every unsafe request
carries the CSRF token (social_login/credentials/session/)."""

# Links each session to its user, for the account center's list of sign-ins.
AUTH_APPS = ["social_login.credentials.session"]
AUTH_CLASSES = ["social_login.credentials.session.authentication.SessionAuthentication"]
# Secrets of this mode besides DJANGO_SECRET_KEY: none, the session is signed with that one.
AUTH_SECRETS: dict[str, str] = {}
# /api/ answers a CSRF failure with the JSON error envelope (code "csrf_failed").
CSRF_FAILURE_VIEW = "social_login.credentials.session.csrf_failure.csrf_failure"
# The session cookie's scheme (cookieAuth) comes from the authentication class; the CSRF token
# travels as a cookie and, on unsafe calls, in the X-CSRFToken header.
AUTH_SCHEMA_COMPONENTS = {
    "securitySchemes": {
        "csrfCookie": {"type": "apiKey", "in": "cookie", "name": "csrftoken"},
        "csrfHeader": {"type": "apiKey", "in": "header", "name": "X-CSRFToken"},
    },
}
# Every unsafe operation requires the pair, next to whatever else it accepts.
AUTH_SCHEMA_HOOKS = ["social_login.credentials.session.openapi.require_csrf_on_unsafe_calls"]
# Database sessions whose row a sign-in writes once, inside its transaction.
SESSION_ENGINE = "social_login.credentials.session.session_store"
