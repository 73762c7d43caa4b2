"""A returning user's complete in jwt mode: one transaction of a fixed number of statements."""

import pytest

from tests.social_login.login.test_budgets import finish, returning_login
from tests.support.budget import measured

pytestmark = pytest.mark.django_db(transaction=True)

# Outside the transaction: the flow's used-mark read (a replay stops before the provider).
# Inside it: the flow's used-mark insert, the identity (with its user), the refresh token and
# its family (two INSERTs). Nothing changed, so no UPDATE; no savepoint.
STATEMENTS = 5


def test_returning_user_complete_statements(api_client, all_providers, mocked) -> None:
    login = returning_login(api_client, mocked, "github")
    with measured() as budget:
        response = finish(api_client, login)
    assert response.status_code == 200, response.content
    assert budget.commits == 1
    assert len(budget.statements) == STATEMENTS, "\n".join(budget.statements)
