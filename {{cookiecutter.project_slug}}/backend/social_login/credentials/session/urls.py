from django.urls import path

from .csrf_token import CsrfTokenView
from .views import LogoutView

# No refresh call: the session cookie is the credential. /api/auth/token/refresh/ is a 404.
urlpatterns = [
    path("csrf/", CsrfTokenView.as_view(), name="csrf-token"),
    path("logout/", LogoutView.as_view(), name="logout"),
]
