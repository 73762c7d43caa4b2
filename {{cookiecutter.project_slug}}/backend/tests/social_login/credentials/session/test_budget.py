"""A returning user's complete in session mode: one transaction of a fixed number of
statements, the new session written once (an INSERT with its data, no UPDATE after)."""

import pytest
from django.contrib.sessions.models import Session

from tests.social_login.login.test_budgets import finish, returning_login
from tests.support.budget import measured

pytestmark = pytest.mark.django_db(transaction=True)

# Outside the transaction: the flow's used-mark read. Inside it: the flow's used-mark insert,
# the identity (with its user), the new session key's uniqueness check, the sign-in's link to
# its user (SessionSignIn, for the account center), and the session's INSERT in its savepoint
# (Django's session save). No UPDATE.
STATEMENTS = 8


def test_returning_user_complete_statements(api_client, all_providers, mocked) -> None:
    login = returning_login(api_client, mocked, "github")
    with measured() as budget:
        response = finish(api_client, login)
    assert response.status_code == 200, response.content
    assert budget.commits == 1
    assert budget.autocommitted_writes == []
    assert len(budget.statements) == STATEMENTS, "\n".join(budget.statements)


def test_the_session_is_written_with_its_data(api_client, all_providers, mocked) -> None:
    login = returning_login(api_client, mocked, "github")
    assert finish(api_client, login).status_code == 200
    key = api_client.cookies["sessionid"].value
    assert Session.objects.get(session_key=key).get_decoded()["_auth_user_id"]
    assert api_client.get("/api/auth/me/").json()["username"] == "octo"
