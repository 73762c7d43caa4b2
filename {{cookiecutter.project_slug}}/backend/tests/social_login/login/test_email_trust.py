"""Account pre-hijacking: an attacker signs up first with a provider that returns the victim's
address unverified; the victim then signs in with a provider that vouches for it. The victim
must never land in the attacker's account and never be locked out, with association by email
on or off."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from accounts.models import User
from tests.support.fakes import Person, sign_in

pytestmark = pytest.mark.django_db

VICTIM_EMAIL = "victim@example.com"

# One provider of each kind that can return an address it does not vouch for
# (social_login.login.providers.EmailVerification).
UNVERIFIED_SOURCES = [
    "dev",  # email_verified_claim false (Google, Apple and any OIDC provider alike)
    "github",  # an unverified primary address
    "gitlab",  # no confirmed_at
    "discord",  # verified false
    "facebook",  # never vouches
    "microsoft",  # never vouches
    "twitter",  # X, OAuth 1.0a: returns an address, never vouches (X's OAuth 2.0 API returns none)
]


@pytest.fixture(params=[True, False], ids=["associate", "no-associate"])
def association(request, settings) -> bool:
    settings.SOCIAL_LOGIN_ASSOCIATE_BY_VERIFIED_EMAIL = request.param
    return request.param


@pytest.mark.usefixtures("all_providers", "association")
@pytest.mark.parametrize("attacker_provider", UNVERIFIED_SOURCES)
@pytest.mark.parametrize("victim_provider", ["google", "github"])
def test_unverified_claim_neither_captures_nor_locks_out_the_owner(
    mocked, attacker_provider, victim_provider
) -> None:
    attacker = Person(uid="666", username="mallory", email=VICTIM_EMAIL, email_verified=False)
    first = sign_in(APIClient(), mocked, attacker_provider, attacker).response
    assert first.status_code == 200, first.content
    attacker_id = first.json()["user"]["id"]

    victim = Person(uid="1001", username="victim", email=VICTIM_EMAIL, email_verified=True)
    second = sign_in(APIClient(), mocked, victim_provider, victim).response
    assert second.status_code == 200, second.content
    assert second.json()["user"]["id"] != attacker_id
    victim_user = User.objects.get(pk=second.json()["user"]["id"])
    assert victim_user.email_verified
    assert victim_user.social_auth.get().uid == "1001"
    # The attacker's account keeps its unverified label; nothing trusts it.
    assert not User.objects.get(pk=attacker_id).email_verified


@pytest.mark.usefixtures("all_providers", "association")
@pytest.mark.parametrize("attacker_provider", UNVERIFIED_SOURCES)
def test_unverified_claim_after_the_owner_does_not_join_or_reveal(
    mocked, attacker_provider
) -> None:
    victim = Person(uid="1001", username="victim", email=VICTIM_EMAIL, email_verified=True)
    owner = sign_in(APIClient(), mocked, "google", victim).response.json()["user"]["id"]

    attacker = Person(uid="666", username="mallory", email=VICTIM_EMAIL, email_verified=False)
    response = sign_in(APIClient(), mocked, attacker_provider, attacker).response
    # Same answer as for an address nobody holds: no 409 telling that the victim has an account.
    assert response.status_code == 200, response.content
    assert response.json()["user"]["id"] != owner
    assert User.objects.get(pk=owner).social_auth.count() == 1
