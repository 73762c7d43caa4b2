from django.urls import path

from .views import LogoutView, RefreshView

urlpatterns = [
    path("token/refresh/", RefreshView.as_view(), name="token-refresh"),
    path("logout/", LogoutView.as_view(), name="logout"),
]
