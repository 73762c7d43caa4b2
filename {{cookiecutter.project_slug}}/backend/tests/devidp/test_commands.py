import sqlite3
from pathlib import Path

import pytest
import requests

from tests.devidp import browser as b
from tests.devidp.server import DevIdpServer


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as connection:
        return connection.execute(sql).fetchall()


@pytest.fixture
def fresh(tmp_path: Path, migrated_devidp_db: Path) -> DevIdpServer:
    """A provider database that is migrated but not seeded; no server running."""
    server = DevIdpServer(
        tmp_path,
        redirect_uris="http://127.0.0.1:4000/cb, https://x.test/cb",
        migrated_db=migrated_devidp_db,
    )
    server.migrate()
    return server


def test_seed_creates_the_accounts_and_client_once(fresh: DevIdpServer) -> None:
    first = fresh.manage("devidp_seed")
    assert "user alice: saved" in first
    assert "client dev-spa: saved" in first
    second = fresh.manage("devidp_seed")
    assert "user alice: unchanged" in second
    assert "user bob: unchanged" in second
    assert "client dev-spa: unchanged" in second

    users = rows(fresh.db_path, "select username, email, first_name, last_name from auth_user")
    assert sorted(users) == [
        ("alice", "alice@example.com", "Alice", "Liddell"),
        ("bob", "bob@example.com", "Bob", "Builder"),
    ]
    [client] = rows(
        fresh.db_path,
        "select client_secret, client_type, authorization_grant_type, algorithm,"
        " skip_authorization, redirect_uris from oauth2_provider_application",
    )
    secret, client_type, grant, algorithm, skip, redirect_uris = client
    assert secret != "dev-spa-secret"
    assert secret.startswith("pbkdf2_sha256$")  # stored hashed
    assert (client_type, grant, algorithm, skip) == (
        "confidential",
        "authorization-code",
        "RS256",
        1,
    )
    assert redirect_uris.split() == [
        "http://127.0.0.1:5173/auth/callback",
        "http://localhost:5173/auth/callback",
        "http://127.0.0.1:4000/cb",
        "https://x.test/cb",
    ]


def test_adduser_creates_an_account_that_can_sign_in(
    devidp: DevIdpServer, browser: requests.Session
) -> None:
    output = devidp.manage(
        "devidp_adduser", "carol", "--password", "carol-password", "--name", "Carol Danvers"
    )
    assert "user carol: saved" in output
    [user] = rows(
        devidp.db_path,
        "select email, first_name, last_name from auth_user where username = 'carol'",
    )
    assert user == ("carol@example.com", "Carol", "Danvers")
    answer = b.sign_in(browser, browser.get(f"{devidp.url}/login/"), "carol", "carol-password")
    assert answer.status_code == 302
    assert "Signed in as <strong>Carol Danvers</strong>" in browser.get(f"{devidp.url}/").text


def test_adduser_updates_an_existing_account(fresh: DevIdpServer) -> None:
    fresh.manage("devidp_seed")
    fresh.manage("devidp_adduser", "bob", "--password", "new-password", "--email", "b@b.test")
    [email] = rows(fresh.db_path, "select email from auth_user where username = 'bob'")
    assert email == ("b@b.test",)
    assert len(rows(fresh.db_path, "select id from auth_user")) == 2
