from django.urls import include, path

urlpatterns = [path("api/login/", include("rest_social_auth.urls_jwt_pair"))]
