"""The dev provider runs with its own settings module, so its tests talk to a real server in a
subprocess instead of loading it into this (API-configured) process."""

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from tests.devidp.server import DevIdpServer


@pytest.fixture(scope="session")
def migrated_devidp_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty provider database that each test server starts from a copy of."""
    server = DevIdpServer(tmp_path_factory.mktemp("devidp-migrated"))
    server.migrate()
    return server.db_path


@pytest.fixture(scope="session")
def devidp(
    tmp_path_factory: pytest.TempPathFactory, migrated_devidp_db: Path
) -> Iterator[DevIdpServer]:
    """The provider as `make dev` runs it: consent skipped for dev-spa, no COOP header."""
    workdir = tmp_path_factory.mktemp("devidp")
    with DevIdpServer(workdir, migrated_db=migrated_devidp_db) as server:
        yield server


@pytest.fixture(scope="session")
def strict_devidp(
    tmp_path_factory: pytest.TempPathFactory, migrated_devidp_db: Path
) -> Iterator[DevIdpServer]:
    """The provider as the e2e popup tests run it: COOP on, consent asked every time."""
    workdir = tmp_path_factory.mktemp("devidp-strict")
    server = DevIdpServer(
        workdir, coop="same-origin", skip_consent=False, migrated_db=migrated_devidp_db
    )
    with server:
        yield server


@pytest.fixture
def browser() -> Iterator[requests.Session]:
    with requests.Session() as session:
        yield session
