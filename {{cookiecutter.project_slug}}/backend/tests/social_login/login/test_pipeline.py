"""Policy steps of the sign-in pipeline: email association only between verified addresses,
email_in_use among verified addresses, the domain allow-list, the verification mark."""

import pytest
from rest_framework.test import APIClient
from social_django.models import UserSocialAuth

from accounts.models import User
from social_login.login.pipeline import PIPELINE
from tests.support.api import assert_error
from tests.support.fakes import Person, sign_in
from tests.support.users import verified_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def dora() -> User:
    return verified_user("dora", "dora@example.com")


@pytest.fixture
def associate(settings) -> None:
    settings.SOCIAL_LOGIN_ASSOCIATE_BY_VERIFIED_EMAIL = True


def dora_at(uid: str = "dora-sub", *, verified: bool = True) -> Person:
    return Person(uid=uid, username="dora", email="dora@example.com", email_verified=verified)


STEPS_SEEN: list[str] = []


def record_step(backend, *args, **kwargs) -> None:
    STEPS_SEEN.append(backend.name)


def test_a_setting_replaces_the_pipeline(api_client, mocked, settings) -> None:
    settings.SOCIAL_AUTH_PIPELINE = (*PIPELINE, f"{__name__}.record_step")
    STEPS_SEEN.clear()
    response = sign_in(api_client, mocked, "dev").response
    assert response.status_code == 200, response.content
    assert STEPS_SEEN == ["dev"]


def test_email_of_another_account_is_refused_by_default(api_client, mocked, dora) -> None:
    response = sign_in(api_client, mocked, "dev", dora_at()).response
    assert_error(response, 409, "email_in_use", provider="dev")
    assert UserSocialAuth.objects.get().user == dora
    assert User.objects.count() == 1


def test_unverified_holder_does_not_make_the_address_in_use(api_client, mocked) -> None:
    User.objects.create_user("mallory", "dora@example.com")
    response = sign_in(api_client, mocked, "dev", dora_at()).response
    assert response.status_code == 200, response.content
    assert User.objects.get(pk=response.json()["user"]["id"]).email_verified


def test_email_match_is_case_insensitive(api_client, mocked, dora) -> None:
    person = Person(uid="x", email="DORA@Example.com")
    assert_error(sign_in(api_client, mocked, "dev", person).response, 409, "email_in_use")


@pytest.mark.usefixtures("associate")
def test_verified_email_joins_the_existing_user(api_client, mocked, dora) -> None:
    response = sign_in(api_client, mocked, "dev", dora_at()).response
    assert response.status_code == 200, response.content
    assert response.json()["user"]["id"] == dora.pk
    assert response.json()["is_new"] is False
    assert UserSocialAuth.objects.get(uid="dora-sub").user == dora


def assert_separate_account(response, dora: User) -> None:
    """An unverified copy of dora's address neither joins her account nor is refused."""
    assert response.status_code == 200, response.content
    assert response.json()["user"]["id"] != dora.pk
    assert response.json()["is_new"] is True
    assert dora.social_auth.count() == 1
    assert not User.objects.get(pk=response.json()["user"]["id"]).email_verified


@pytest.mark.parametrize("associate_by_email", [True, False])
def test_unverified_email_gets_a_separate_account(
    api_client, mocked, settings, dora, associate_by_email
) -> None:
    settings.SOCIAL_LOGIN_ASSOCIATE_BY_VERIFIED_EMAIL = associate_by_email
    response = sign_in(api_client, mocked, "dev", dora_at(verified=False)).response
    assert_separate_account(response, dora)


@pytest.mark.usefixtures("associate")
def test_github_unverified_primary_email_is_not_associated(
    api_client, all_providers, mocked, dora
) -> None:
    person = Person(uid="77", username="dora", email="dora@example.com", email_verified=False)
    response = sign_in(api_client, mocked, "github", person).response
    assert_separate_account(response, dora)


@pytest.mark.usefixtures("associate")
@pytest.mark.parametrize("provider", ["github", "gitlab", "discord", "google", "apple", "oidc"])
def test_providers_that_vouch_for_the_address_associate(
    api_client, all_providers, mocked, dora, provider
) -> None:
    response = sign_in(api_client, mocked, provider, dora_at(uid="91")).response
    assert response.status_code == 200, response.content
    assert response.json()["user"]["id"] == dora.pk


@pytest.mark.usefixtures("associate")
@pytest.mark.parametrize("provider", ["facebook", "microsoft", "twitter"])
def test_providers_that_do_not_vouch_never_associate(
    api_client, all_providers, mocked, dora, provider
) -> None:
    response = sign_in(api_client, mocked, provider, dora_at(uid="92")).response
    assert_separate_account(response, dora)


@pytest.mark.usefixtures("associate")
def test_inactive_user_is_not_joined_by_email(api_client, mocked, dora) -> None:
    dora.is_active = False
    dora.save()
    response = sign_in(api_client, mocked, "dev", dora_at()).response
    assert_error(response, 403, "login_not_allowed")


@pytest.fixture
def example_only(settings) -> None:
    settings.SOCIAL_LOGIN_ALLOWED_EMAIL_DOMAINS = ["example.com"]


@pytest.mark.usefixtures("example_only")
def test_domain_allow_list_admits_verified_addresses(api_client, mocked) -> None:
    response = sign_in(api_client, mocked, "dev", Person(email="eve@example.com")).response
    assert response.status_code == 200, response.content


@pytest.mark.usefixtures("example_only")
def test_domain_allow_list_refuses_other_domains(api_client, mocked) -> None:
    response = sign_in(api_client, mocked, "dev", Person(email="eve@example.org")).response
    assert_error(response, 403, "login_not_allowed", provider="dev")
    assert not User.objects.exists()


@pytest.mark.usefixtures("example_only")
def test_domain_allow_list_refuses_unverified_addresses(api_client, mocked) -> None:
    person = Person(email="eve@example.com", email_verified=False)
    response = sign_in(api_client, mocked, "dev", person).response
    assert_error(response, 403, "login_not_allowed")


def test_verified_sign_in_marks_the_address_verified_by_that_identity(api_client, mocked) -> None:
    response = sign_in(api_client, mocked, "dev", dora_at()).response
    user = User.objects.get(pk=response.json()["user"]["id"])
    assert user.email == "dora@example.com"
    assert user.email_verified_by == UserSocialAuth.objects.get(uid="dora-sub")
    assert user.verified_email == "dora@example.com"


def test_unverified_sign_in_stores_the_address_unverified(api_client, mocked) -> None:
    response = sign_in(api_client, mocked, "dev", dora_at(verified=False)).response
    user = User.objects.get(pk=response.json()["user"]["id"])
    assert (user.email, user.email_verified_by, user.verified_email) == (
        "dora@example.com",
        None,
        "",
    )


def test_later_verified_sign_in_marks_the_stored_address(api_client, mocked) -> None:
    sign_in(api_client, mocked, "dev", dora_at(verified=False))
    response = sign_in(APIClient(), mocked, "dev", dora_at()).response
    assert response.json()["is_new"] is False
    assert User.objects.get().email_verified


def test_disconnecting_the_vouching_identity_unverifies_the_address(dora) -> None:
    dora.email_verified_by.delete()
    dora.refresh_from_db()
    assert not dora.email_verified


def test_verified_address_replaces_an_unverified_one(api_client, mocked) -> None:
    sign_in(
        api_client, mocked, "dev", Person(uid="u1", email="typo@example.com", email_verified=False)
    )
    connected = Person(uid="u1", email="real@example.com")  # the provider verified it since
    response = sign_in(APIClient(), mocked, "dev", connected).response
    user = User.objects.get(pk=response.json()["user"]["id"])
    assert (user.email, user.email_verified) == ("real@example.com", True)


def test_verified_address_is_never_replaced(api_client, mocked, dora) -> None:
    api_client.force_authenticate(dora)
    sign_in(
        api_client, mocked, "dev", Person(uid="d2", email="other@example.com"), intent="connect"
    )
    dora.refresh_from_db()
    assert (dora.email, dora.email_verified) == ("dora@example.com", True)


def test_an_address_verified_by_another_user_is_not_taken(api_client, mocked, dora) -> None:
    sign_in(
        api_client,
        mocked,
        "dev",
        Person(uid="m1", email="mallory@example.com", email_verified=False),
    )
    # Mallory's identity now reports dora's address as verified (e.g. a misconfigured provider).
    response = sign_in(APIClient(), mocked, "dev", dora_at(uid="m1")).response
    mallory = User.objects.get(pk=response.json()["user"]["id"])
    assert mallory != dora
    assert (mallory.email, mallory.email_verified) == ("mallory@example.com", False)
