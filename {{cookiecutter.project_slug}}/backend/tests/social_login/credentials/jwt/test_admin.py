from __future__ import annotations

import pytest
from django.test import Client

from accounts.models import User
from social_login.credentials.jwt.models import RefreshFamily
from social_login.credentials.jwt.tokens import FAMILY_CLAIM, start_family

from .support import REFRESH_URL, assert_error, post_json

pytestmark = pytest.mark.django_db


def test_admin_lists_sign_ins_and_revokes_them(user) -> None:
    credentials = start_family(user)
    family_id = credentials.refresh[FAMILY_CLAIM]
    admin_user = User.objects.create_superuser("root", "root@example.com", "root-password-1")
    browser = Client()
    browser.force_login(admin_user)

    listing = browser.get("/admin/jwt_credentials/refreshfamily/")
    assert listing.status_code == 200
    assert family_id.encode() in listing.content

    response = browser.post(
        "/admin/jwt_credentials/refreshfamily/",
        {"action": "revoke", "_selected_action": [family_id]},
    )
    assert response.status_code == 302
    family = RefreshFamily.objects.get(pk=family_id)
    assert family.revoked_reason == RefreshFamily.RevokedReason.ADMIN
    assert_error(post_json(Client(), REFRESH_URL, str(credentials.refresh)), 401, "token_invalid")
