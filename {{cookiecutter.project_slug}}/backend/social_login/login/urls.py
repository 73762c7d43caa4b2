from django.urls import path

from .views import BeginView, CompleteView, ProvidersView

urlpatterns = [
    path("providers/", ProvidersView.as_view(), name="social-providers"),
    path("social/<str:provider>/begin/", BeginView.as_view(), name="social-begin"),
    path("social/<str:provider>/complete/", CompleteView.as_view(), name="social-complete"),
]
