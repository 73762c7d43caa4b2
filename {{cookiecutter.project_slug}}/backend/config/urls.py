from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView

from core.docs import api_docs
from core.views import health
from social_login.backends import apple_form_post

api_patterns = [
    path("health/", health, name="health"),
    path("auth/", include("accounts.urls")),
    path("auth/", include("social_login.urls")),
    path("notes/", include("notes.urls")),  # the example resource (docs/customising.md)
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", api_docs, name="docs"),
]

urlpatterns = [
    path("api/", include(api_patterns)),
    path("admin/", admin.site.urls),
    # The SPA's callback page, which also receives Apple's form_post answer.
    path("auth/callback", apple_form_post.callback, name="apple-form-post"),
    # Last: the built SPA's pages (core.spa); its catch-all leaves /api/ and /admin/ alone.
    path("", include("core.spa")),
]
