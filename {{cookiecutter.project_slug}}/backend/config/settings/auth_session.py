"""Settings of auth_mode=session, imported by base.py: the auth mode this project was
generated with. The SPA stays signed in with Django's session cookie; every unsafe request
carries the CSRF token (social_login/credentials/session/)."""

# Links each session to its user, for the account center's list of sign-ins.
AUTH_APPS = ["social_login.credentials.session"]
AUTH_CLASSES = ["social_login.credentials.session.authentication.SessionAuthentication"]
# Secrets of this mode besides DJANGO_SECRET_KEY: none, the session is signed with that one.
AUTH_SECRETS: dict[str, str] = {}
AUTH_SCHEMA_COMPONENTS: dict[str, object] = {}
# Database sessions whose row a sign-in writes once, inside its transaction.
SESSION_ENGINE = "social_login.credentials.session.session_store"
