from django.conf import settings
from django.urls import include, path

urlpatterns = [
    path("", include(f"social_login.credentials.{settings.AUTH_MODE}.urls")),
]
