"""What a login costs the database: begin nothing, a returning user's complete one transaction
that writes nothing the login did not change. (The exact statement count of complete depends
on the auth mode: tests/social_login/credentials/<mode>/test_budget.py.)"""

from datetime import timedelta

import pytest
from django.utils import timezone
from social_django.models import UserSocialAuth

from accounts.models import User
from tests.support.api import complete
from tests.support.budget import measured
from tests.support.fakes import FAKES, Person, callback_params, sign_in, start

pytestmark = pytest.mark.django_db(transaction=True)


def returning_login(api_client, mocked, provider: str, person: Person | None = None):
    """A second login of the person, begun and answered by the provider, not yet completed."""
    assert sign_in(api_client, mocked, provider).response.status_code == 200
    api_client.cookies.clear()  # a fresh browser: no earlier sign-in to revoke
    login = start(api_client, mocked, provider)
    FAKES[provider].serve(mocked, login.authorize, person or Person())
    return login


def finish(api_client, login, provider: str = "github"):
    return complete(api_client, provider, flow=login.flow, **callback_params(provider, login))


@pytest.mark.parametrize("provider", ["dev", "github"])
def test_begin_touches_no_database(
    api_client, all_providers, mocked, provider, django_assert_num_queries
) -> None:
    with django_assert_num_queries(0):
        start(api_client, mocked, provider)


@pytest.mark.parametrize("provider", ["dev", "github"])
def test_returning_user_complete_is_one_transaction(
    api_client, all_providers, mocked, provider
) -> None:
    login = returning_login(api_client, mocked, provider)
    with measured() as budget:
        response = finish(api_client, login, provider)
    assert response.status_code == 200, response.content
    assert budget.autocommitted_writes == []
    assert budget.commits == 1


def test_unchanged_returning_login_updates_nothing(api_client, all_providers, mocked) -> None:
    # GitHub's reply is the same as last time (an OpenID provider's ID token never is).
    login = returning_login(api_client, mocked, "github")
    with measured() as budget:
        response = finish(api_client, login)
    assert response.status_code == 200, response.content
    assert budget.updates() == []


def test_changed_provider_data_is_written(api_client, all_providers, mocked) -> None:
    login = returning_login(api_client, mocked, "github", Person(username="octo-renamed"))
    stored = UserSocialAuth.objects.get().extra_data
    with measured() as budget:
        response = finish(api_client, login)
    assert response.status_code == 200, response.content
    assert any("social_auth_usersocialauth" in sql for sql in budget.updates())
    assert UserSocialAuth.objects.get().extra_data != stored


def test_last_login_older_than_a_minute_is_updated(api_client, all_providers, mocked) -> None:
    login = returning_login(api_client, mocked, "github")
    earlier = timezone.now() - timedelta(minutes=2)
    User.objects.update(last_login=earlier)
    with measured() as budget:
        response = finish(api_client, login)
    assert response.status_code == 200, response.content
    assert any("last_login" in sql for sql in budget.updates())
    assert User.objects.get().last_login > earlier
    assert budget.commits == 1


def test_failed_complete_still_uses_up_the_flow(api_client, mocked) -> None:
    login = start(api_client, mocked, "dev")
    mocked.post(FAKES["dev"].token_url, status=400, json={"error": "invalid_grant"})
    assert finish(api_client, login, "dev").status_code == 400
    FAKES["dev"].serve(mocked, login.authorize, Person())
    again = finish(api_client, login, "dev")
    assert again.status_code == 400
    assert again.json()["error"]["code"] == "invalid_flow"
