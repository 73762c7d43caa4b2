from django.urls import path

from .views import LogoutView

# No refresh call: the session cookie is the credential. /api/auth/token/refresh/ is a 404.
urlpatterns = [
    path("logout/", LogoutView.as_view(), name="logout"),
]
