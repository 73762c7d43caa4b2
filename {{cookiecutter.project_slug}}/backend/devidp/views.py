from typing import Any

from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from .people import SEED_USERS


class LoginView(auth_views.LoginView):
    """A plain login form that lists the seeded dev accounts and their passwords."""

    template_name = "devidp/login.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return {**super().get_context_data(**kwargs), "seed_users": SEED_USERS}


def home(request: HttpRequest) -> HttpResponse:
    discovery = reverse("oauth2_provider:oidc-connect-discovery-info")
    return render(
        request,
        "devidp/home.html",
        {"discovery_url": request.build_absolute_uri(discovery), "seed_users": SEED_USERS},
    )
