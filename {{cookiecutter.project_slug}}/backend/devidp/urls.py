from django.contrib.auth.views import LogoutView
from django.urls import include, path, re_path

from . import oidc_views, views

urlpatterns = [
    path("", views.home, name="home"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", LogoutView.as_view(), name="logout"),
    # Ahead of the toolkit's own routes for the same paths, whose names still reverse here.
    path("o/authorize/", oidc_views.AuthorizationView.as_view()),
    re_path(
        r"^o/\.well-known/openid-configuration/?$",
        oidc_views.ConnectDiscoveryInfoView.as_view(),
    ),
    path("o/", include("oauth2_provider.urls", namespace="oauth2_provider")),
]
