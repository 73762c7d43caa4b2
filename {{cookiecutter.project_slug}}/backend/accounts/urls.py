from django.urls import path

from .sign_in_views import SignInListView, SignInView, SignOutAllView, SignOutOthersView
from .views import MeView

urlpatterns = [
    path("me/", MeView.as_view(), name="me"),
    path("sign-ins/", SignInListView.as_view(), name="sign-ins"),
    path("sign-ins/sign-out-others/", SignOutOthersView.as_view(), name="sign-out-others"),
    path("sign-ins/sign-out-all/", SignOutAllView.as_view(), name="sign-out-all"),
    path("sign-ins/<str:sign_in_id>/", SignInView.as_view(), name="sign-in"),
]
