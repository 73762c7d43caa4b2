"""Policy steps of the sign-in pipeline: email association only with a verified address,
email_in_use, the domain allow-list."""

import pytest
from social_django.models import UserSocialAuth

from accounts.models import User

from .conftest import assert_error
from .fakes import Person, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def dora() -> User:
    return User.objects.create_user("dora", "dora@example.com")


@pytest.fixture
def associate(settings) -> None:
    settings.SOCIAL_LOGIN = {**settings.SOCIAL_LOGIN, "ASSOCIATE_BY_VERIFIED_EMAIL": True}


def dora_at(uid: str = "dora-sub", *, verified: bool = True) -> Person:
    return Person(uid=uid, username="dora", email="dora@example.com", email_verified=verified)


def test_email_of_another_account_is_refused_by_default(api_client, mocked, dora) -> None:
    response = sign_in(api_client, mocked, "dev", dora_at()).response
    assert_error(response, 409, "email_in_use", provider="dev")
    assert not UserSocialAuth.objects.exists()
    assert User.objects.count() == 1


def test_email_match_is_case_insensitive(api_client, mocked, dora) -> None:
    person = Person(uid="x", email="DORA@Example.com")
    assert_error(sign_in(api_client, mocked, "dev", person).response, 409, "email_in_use")


@pytest.mark.usefixtures("associate")
def test_verified_email_joins_the_existing_user(api_client, mocked, dora) -> None:
    response = sign_in(api_client, mocked, "dev", dora_at()).response
    assert response.status_code == 200, response.content
    assert response.json()["user"]["id"] == dora.pk
    assert response.json()["is_new"] is False
    assert UserSocialAuth.objects.get().user == dora


@pytest.mark.usefixtures("associate")
def test_unverified_email_is_not_associated(api_client, mocked, dora) -> None:
    response = sign_in(api_client, mocked, "dev", dora_at(verified=False)).response
    assert_error(response, 409, "email_in_use")
    assert not dora.social_auth.exists()


@pytest.mark.usefixtures("associate")
def test_github_unverified_primary_email_is_refused(
    api_client, all_providers, mocked, dora
) -> None:
    person = Person(uid="77", username="dora", email="dora@example.com", email_verified=False)
    response = sign_in(api_client, mocked, "github", person).response
    assert_error(response, 409, "email_in_use", provider="github")
    assert not dora.social_auth.exists()


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
    assert_error(response, 409, "email_in_use", provider=provider)


@pytest.mark.usefixtures("associate")
def test_inactive_user_is_not_joined_by_email(api_client, mocked, dora) -> None:
    dora.is_active = False
    dora.save()
    response = sign_in(api_client, mocked, "dev", dora_at()).response
    assert_error(response, 403, "login_not_allowed")


@pytest.fixture
def example_only(settings) -> None:
    settings.SOCIAL_LOGIN = {**settings.SOCIAL_LOGIN, "ALLOWED_EMAIL_DOMAINS": ["example.com"]}


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
