"""Each auth mode bakes only its own credentials code, settings and tests."""

from __future__ import annotations

from pathlib import Path

import pytest

CREDENTIALS = Path("backend/social_login/credentials")
CREDENTIALS_TESTS = Path("backend/tests/social_login/credentials")
SETTINGS = Path("backend/config/settings/base.py")


@pytest.mark.parametrize(("auth_mode", "other"), [("jwt", "session"), ("session", "jwt")])
def test_only_the_chosen_modes_code_and_tests_are_baked(bake, auth_mode: str, other: str) -> None:
    project = bake(auth_mode=auth_mode)
    assert (project / CREDENTIALS / auth_mode / "sign_in.py").is_file()
    assert (project / CREDENTIALS / auth_mode / "urls.py").is_file()
    assert any((project / CREDENTIALS_TESTS / auth_mode).glob("test_*.py"))
    assert not (project / CREDENTIALS / other).exists()
    assert not (project / CREDENTIALS_TESTS / other).exists()
    # Shared by both modes.
    assert (project / CREDENTIALS / "__init__.py").is_file()
    assert (project / CREDENTIALS / "csrf.py").is_file()


def test_jwt_bake_installs_the_token_apps(bake) -> None:
    settings = (bake(auth_mode="jwt") / SETTINGS).read_text()
    assert '"rest_framework_simplejwt.token_blacklist",' in settings
    assert '"social_login.credentials.jwt",' in settings
    assert '"refreshCookie"' in settings
    assert 'INSTALLED_APPS += ["social_login.credentials.session"]' not in settings


def test_session_bake_installs_the_session_sign_ins_app(bake) -> None:
    project = bake(auth_mode="session")
    settings = (project / SETTINGS).read_text()
    assert 'INSTALLED_APPS += ["social_login.credentials.session"]' in settings
    assert (project / CREDENTIALS / "session" / "migrations" / "0001_initial.py").is_file()


def test_session_bake_has_no_trace_of_the_token_apps(bake) -> None:
    settings = (bake(auth_mode="session") / SETTINGS).read_text()
    assert 'AUTH_MODE = "session"' in settings
    assert "token_blacklist" not in settings
    assert 'social_login.credentials.jwt"' not in settings
    assert "refreshCookie" not in settings
    assert 'CSRF_FAILURE_VIEW = "social_login.credentials.csrf.csrf_failure"' in settings
