from django.urls import path

from .views import ConnectionDetailView, ConnectionsView, ProviderProfileView

urlpatterns = [
    path("connections/", ConnectionsView.as_view(), name="connections"),
    path("connections/<int:pk>/", ConnectionDetailView.as_view(), name="connection-detail"),
    path(
        "connections/<int:pk>/provider-profile/",
        ProviderProfileView.as_view(),
        name="connection-provider-profile",
    ),
]
