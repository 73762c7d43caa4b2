"""The SPA of every auth mode: the baked project's own lint, unit tests, build and size budgets."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from tests.conftest import run

pytestmark = pytest.mark.deep

NPM = shutil.which("npm") or "npm"
# Nothing here needs a browser; never let an install fetch one.
ENV = {"PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD": "1", "CI": "1"}


@pytest.mark.parametrize("auth_mode", ["jwt", "session"])
def test_frontend_lints_tests_builds_and_fits_its_budgets(bake, auth_mode: str) -> None:
    project = bake(auth_mode=auth_mode)
    frontend = project / "frontend"
    assert (frontend / ".env").read_text() == f"VITE_AUTH_MODE={auth_mode}\n"
    assert "<title>Acme Portal</title>" in (frontend / "index.html").read_text()
    # The API client is the one of this mode's schema (`npm test` checks it is not stale).
    assert not (project / ".api-variants").exists()
    schema = json.loads((frontend / "openapi.json").read_text())
    assert schema["info"]["title"] == "Acme Portal API"
    assert ("/api/auth/token/refresh/" in schema["paths"]) == (auth_mode == "jwt")

    run([NPM, "ci", "--no-audit", "--no-fund"], cwd=frontend, env=ENV)
    run([NPM, "run", "lint"], cwd=frontend, env=ENV)
    output = run([NPM, "test"], cwd=frontend, env=ENV)
    assert " passed" in output
    assert " failed" not in output
    run([NPM, "run", "build"], cwd=frontend, env=ENV)
    for page in ("index.html", "callback.html"):
        html = (frontend / "dist" / page).read_text()
        # The API serves these under script-src 'self' and style-src 'self' (docs/security.md).
        assert not re.search(r"<script(?![^>]*\ssrc=)[^>]*>", html), page
        assert "<style" not in html, page
        assert " style=" not in html, page
    budgets = run([NPM, "run", "check-budgets"], cwd=frontend, env=ENV)
    assert "ok   sign-in helper + callback page" in budgets
    assert "ok   initial JS of index.html" in budgets
