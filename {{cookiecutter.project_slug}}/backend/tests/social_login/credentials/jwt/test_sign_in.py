from __future__ import annotations

import pytest
from django.conf import settings
from rest_framework.test import APIRequestFactory
from rest_framework_simplejwt.tokens import AccessToken

from social_login.credentials.chosen import signed_in_response
from social_login.credentials.jwt.models import RefreshFamily
from social_login.credentials.jwt.tokens import FAMILY_CLAIM, FamilyRefreshToken

pytestmark = pytest.mark.django_db


def test_signed_in_response_gives_access_in_body_and_refresh_in_cookie(user) -> None:
    request = APIRequestFactory().post("/api/auth/social/dev/complete/")
    response = signed_in_response(request, user, is_new=True)

    assert response.status_code == 200
    assert set(response.data) == {"user", "is_new", "access"}
    assert response.data["is_new"] is True
    assert response.data["user"]["username"] == "alice"
    access = AccessToken(response.data["access"])
    assert access["user_id"] == str(user.pk)

    cookie = response.cookies[settings.REFRESH_COOKIE_NAME]
    refresh = FamilyRefreshToken(cookie.value)
    assert refresh["user_id"] == str(user.pk)
    assert refresh[FAMILY_CLAIM] == access[FAMILY_CLAIM]
    assert cookie.value not in str(response.data)


def test_each_sign_in_starts_its_own_family(user) -> None:
    request = APIRequestFactory().post("/")
    first = signed_in_response(request, user, is_new=True)
    second = signed_in_response(request, user, is_new=False)

    families = RefreshFamily.objects.filter(user=user)
    assert families.count() == 2
    fam_ids = {
        FamilyRefreshToken(r.cookies[settings.REFRESH_COOKIE_NAME].value)[FAMILY_CLAIM]
        for r in (first, second)
    }
    assert fam_ids == {str(f.pk) for f in families}
    assert second.data["is_new"] is False


def test_family_lasts_the_configured_absolute_lifetime(signed_in) -> None:
    family = RefreshFamily.objects.get(pk=signed_in.refresh[FAMILY_CLAIM])
    assert family.expires_at - family.created_at == settings.REFRESH_TOKEN_FAMILY_LIFETIME
    assert family.current_token.jti == signed_in.refresh["jti"]
    assert family.revoked_at is None


def test_sign_in_records_last_login_like_a_session_login(user) -> None:
    assert user.last_login is None
    signed_in_response(APIRequestFactory().post("/"), user, is_new=False)
    user.refresh_from_db()
    assert user.last_login is not None


def test_signing_in_again_ends_the_browsers_previous_sign_in(user, signed_in) -> None:
    request = APIRequestFactory().post("/")
    request.COOKIES[settings.REFRESH_COOKIE_NAME] = str(signed_in.refresh)

    response = signed_in_response(request, user, is_new=False)

    previous = RefreshFamily.objects.get(pk=signed_in.refresh[FAMILY_CLAIM])
    assert previous.revoked_reason == RefreshFamily.RevokedReason.REPLACED
    new = FamilyRefreshToken(response.cookies[settings.REFRESH_COOKIE_NAME].value)
    assert RefreshFamily.objects.get(pk=new[FAMILY_CLAIM]).revoked_at is None


def test_a_stale_cookie_does_not_stop_a_sign_in(user) -> None:
    request = APIRequestFactory().post("/")
    request.COOKIES[settings.REFRESH_COOKIE_NAME] = "garbage"
    assert signed_in_response(request, user, is_new=False).status_code == 200
