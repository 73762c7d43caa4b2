"""Each auth mode bakes only its own credentials code, settings and tests, wired by plain
imports: no trace of the other mode, no runtime choice between them. The same holds for the
SPA's sources (frontend/src/auth/mode/)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

CREDENTIALS = Path("backend/social_login/credentials")
CREDENTIALS_TESTS = Path("backend/tests/social_login/credentials")
SETTINGS = Path("backend/config/settings")

# What only one mode's code, settings and tests name. Words, so that "session" in a flow
# token's "social-core session data" is not taken for the session mode.
MODE_NAMES = {
    "jwt": [
        r"credentials[./]jwt",
        r"auth_jwt",
        r"JWT_SIGNING_KEY",
        r"SIMPLE_JWT",
        r"simplejwt",
        r"REFRESH_COOKIE",
        r"REFRESH_TOKEN_(FAMILY|REUSE_GRACE|THROTTLE)",
        r"JWT_REFRESH",
        r"JWT_ACCESS",
        r"token_blacklist",
    ],
    "session": [
        r"credentials[./]session",
        r"auth_session",
        r"SessionAuthentication\b",
        r"\benforce_csrf\(",
        r"CsrfTokenView",
    ],
}
# What only one mode's SPA module is named by (src/auth/mode/chosen.ts imports it).
SPA_MODE_NAMES = {
    "jwt": [r"mode/jwt\b", r"""["']\./jwt/"""],
    "session": [r"mode/session\b", r"""["']\./session/"""],
}
# Either mode: the runtime choice this layout replaces (VITE_AUTH_MODE: the SPA's).
NO_MODE_SWITCH = [r"\bAUTH_MODE\b", r"import_module\(", r"VITE_AUTH_MODE"]


def is_backend_source(path: Path) -> bool:
    """Python files and env files (the backend's venv, if any, aside)."""
    return ".venv" not in path.parts and (path.suffix == ".py" or path.name.startswith(".env"))


# Where a bake's sources are, and which of their files count: the whole backend, and the SPA's
# TypeScript sources (its tests and e2e/ aside).
SOURCES = {
    Path("backend"): is_backend_source,
    Path("frontend/src"): lambda path: path.suffix in (".ts", ".tsx"),
}


def sources(project: Path) -> dict[Path, str]:
    return {
        path.relative_to(project): path.read_text()
        for folder, counts in SOURCES.items()
        for path in (project / folder).rglob("*")
        if path.is_file() and counts(path)
    }


def traces(project: Path, patterns: list[str]) -> list[str]:
    found = []
    for path, text in sources(project).items():
        for number, line in enumerate(text.splitlines(), 1):
            if any(re.search(pattern, line) for pattern in patterns):
                found.append(f"{path}:{number}: {line.strip()}")
    return found


@pytest.mark.parametrize(("auth_mode", "other"), [("jwt", "session"), ("session", "jwt")])
def test_only_the_chosen_modes_code_and_tests_are_baked(bake, auth_mode: str, other: str) -> None:
    project = bake(auth_mode=auth_mode)
    assert (project / CREDENTIALS / auth_mode / "interface.py").is_file()
    assert (project / SETTINGS / f"auth_{auth_mode}.py").is_file()
    assert any((project / CREDENTIALS_TESTS / auth_mode).glob("test_*.py"))
    assert not (project / CREDENTIALS / other).exists()
    assert not (project / SETTINGS / f"auth_{other}.py").exists()
    assert not (project / CREDENTIALS_TESTS / other).exists()
    # Session bakes keep the app that links each session to its user (the sign-ins list).
    migrations = project / CREDENTIALS / "session" / "migrations"
    assert (migrations / "0001_initial.py").is_file() == (auth_mode == "session")


@pytest.mark.parametrize(("auth_mode", "other"), [("jwt", "session"), ("session", "jwt")])
def test_a_bake_names_nothing_of_the_other_mode(bake, auth_mode: str, other: str) -> None:
    project = bake(auth_mode=auth_mode)
    assert traces(project, MODE_NAMES[other] + SPA_MODE_NAMES[other] + NO_MODE_SWITCH) == []
    # The detector sees this mode's own names: it would see the other's.
    assert traces(project, MODE_NAMES[auth_mode])
    assert traces(project, SPA_MODE_NAMES[auth_mode])


@pytest.mark.parametrize("auth_mode", ["jwt", "session"])
def test_the_chosen_mode_is_wired_by_plain_imports(bake, auth_mode: str) -> None:
    project = bake(auth_mode=auth_mode)
    chosen = (project / CREDENTIALS / "chosen.py").read_text()
    assert f"from .{auth_mode}.interface import " in chosen
    base = (project / SETTINGS / "base.py").read_text()
    assert base.count(f"from .auth_{auth_mode} import ") == 2
    spa_chosen = (project / "frontend/src/auth/mode/chosen.ts").read_text()
    assert spa_chosen.count(f'from "./{auth_mode}/') == 2


@pytest.mark.parametrize(
    ("relative", "line", "after"),
    [
        ("backend/core/leftover.py", 'if settings.AUTH_MODE == "jwt":', "    pass\n"),
        ("frontend/src/leftover.tsx", 'if (import.meta.env.VITE_AUTH_MODE === "jwt") {}', ""),
    ],
)
def test_the_detector_finds_a_leftover(
    tmp_path: Path, relative: str, line: str, after: str
) -> None:
    leftover = tmp_path / relative
    leftover.parent.mkdir(parents=True)
    leftover.write_text(f"{line}\n{after}")
    assert traces(tmp_path, NO_MODE_SWITCH) == [f"{relative}:1: {line}"]
