from django.urls import path

from .views import ConnectionDetailView, ConnectionsView

urlpatterns = [
    path("connections/", ConnectionsView.as_view(), name="connections"),
    path("connections/<int:pk>/", ConnectionDetailView.as_view(), name="connection-detail"),
]
