from django.urls import include, path

from .views import BeginView, CompleteView, ProvidersView

urlpatterns = [
    path("providers/", ProvidersView.as_view(), name="social-providers"),
    path("social/<str:provider>/begin/", BeginView.as_view(), name="social-begin"),
    path("social/<str:provider>/complete/", CompleteView.as_view(), name="social-complete"),
    path("", include("social_login.credentials.urls")),
    path("", include("social_login.connections_urls")),
]
