"""Bearer access tokens: valid only while their sign-in (family) is."""

from __future__ import annotations

import pytest
from django.test import Client
from rest_framework_simplejwt.settings import api_settings
from rest_framework_simplejwt.tokens import AccessToken

from social_login.credentials.jwt.models import RefreshFamily
from social_login.credentials.jwt.tokens import FAMILY_CLAIM, start_family

from .support import REFRESH_URL, assert_error, post_json, refresh_cookie

pytestmark = pytest.mark.django_db

ME = "/api/auth/me/"


def me(token) -> object:
    return Client().get(ME, HTTP_AUTHORIZATION=f"Bearer {token}")


def test_access_token_of_a_live_sign_in_works(signed_in) -> None:
    response = me(signed_in.access)
    assert response.status_code == 200
    assert response.json()["username"] == "alice"


def test_access_token_without_family_is_refused(user) -> None:
    plain = AccessToken.for_user(user)  # simplejwt's own token: no sign-in behind it
    assert_error(me(plain), 401, "token_invalid")


def test_access_token_of_a_deleted_family_is_refused(signed_in) -> None:
    RefreshFamily.objects.filter(pk=signed_in.access[FAMILY_CLAIM]).delete()
    assert_error(me(signed_in.access), 401, "token_invalid")


def test_access_token_cannot_borrow_another_users_family(user, signed_in) -> None:
    from accounts.models import User

    bob = User.objects.create_user("bob")
    forged = AccessToken.for_user(bob)
    forged[FAMILY_CLAIM] = signed_in.access[FAMILY_CLAIM]  # alice's live sign-in
    assert_error(me(forged), 401, "token_invalid")


def test_access_token_of_an_inactive_user_is_refused(user, signed_in) -> None:
    user.is_active = False
    user.save()
    response = me(signed_in.access)
    assert response.status_code == 401


def test_authentication_is_one_query(signed_in, django_assert_num_queries) -> None:
    with django_assert_num_queries(1):
        assert me(signed_in.access).status_code == 200


def test_check_revoke_token_option_ends_the_sign_in_on_password_change(user, monkeypatch) -> None:
    monkeypatch.setattr(api_settings, "CHECK_REVOKE_TOKEN", True, raising=False)
    credentials = start_family(user)
    assert me(credentials.access).status_code == 200
    rotated = post_json(Client(), REFRESH_URL, str(credentials.refresh))
    assert rotated.status_code == 200

    user.set_password("a-new-password-123")
    user.save()

    assert_error(me(credentials.access), 401, "not_authenticated")
    assert_error(post_json(Client(), REFRESH_URL, refresh_cookie(rotated)), 401, "token_invalid")
    family = RefreshFamily.objects.get(pk=credentials.refresh[FAMILY_CLAIM])
    assert family.revoked_reason == RefreshFamily.RevokedReason.PASSWORD_CHANGED
    later = start_family(user)  # the new password's sign-ins work
    assert me(later.access).status_code == 200
