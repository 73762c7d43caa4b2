"""Everything social_login serves under /api/auth/: signing in with a provider (login/), the
chosen auth mode's own calls (credentials/), the user's connected accounts (connections/)."""

from django.urls import include, path

urlpatterns = [
    path("", include("social_login.login.urls")),
    path("", include("social_login.credentials.chosen")),
    path("", include("social_login.connections.urls")),
]
