"""The API serves the built SPA: files through whitenoise, page paths through core.spa."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core import checks
from django.test import Client
from django.test.utils import override_settings

from core.spa import check_cors_origins

INDEX = "<!doctype html><title>index</title><div id=root></div>"
CALLBACK = "<!doctype html><title>callback</title>"
ASSET = "export const answer = 42;"


@pytest.fixture
def dist(tmp_path: Path, settings) -> Path:
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text(INDEX)
    (tmp_path / "callback.html").write_text(CALLBACK)
    (tmp_path / "assets" / "index-Ab12_-Yz.js").write_text(ASSET)
    settings.SPA_DIST_DIR = tmp_path
    settings.WHITENOISE_ROOT = tmp_path
    return tmp_path


def body(response) -> str:
    return b"".join(response.streaming_content).decode()


@pytest.mark.parametrize("url", ["/auth/callback", "/auth/callback?code=c&state=s"])
def test_callback_path_serves_callback_html_keeping_the_opener(dist: Path, url: str) -> None:
    response = Client().get(url)
    assert response.status_code == 200
    assert body(response) == CALLBACK
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert response["Cross-Origin-Opener-Policy"] == "unsafe-none"
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["Cache-Control"] == "no-cache"


@pytest.mark.parametrize("url", ["/", "/settings", "/settings/accounts/", "/auth/other"])
def test_page_paths_serve_index_html(dist: Path, url: str) -> None:
    response = Client().get(url)
    assert response.status_code == 200
    assert body(response) == INDEX
    # The SPA opens the sign-in popup: COOP must allow it to keep a handle on it.
    assert response["Cross-Origin-Opener-Policy"] == "same-origin-allow-popups"
    assert response["Cache-Control"] == "no-cache"


def test_hashed_assets_are_served_by_whitenoise_and_cached_for_good(dist: Path) -> None:
    response = Client().get("/assets/index-Ab12_-Yz.js")
    assert response.status_code == 200
    assert body(response) == ASSET
    assert "immutable" in response["Cache-Control"]


@pytest.mark.parametrize("url", ["/assets/missing-Ab12_-Yz.js", "/favicon.ico", "/robots.txt"])
def test_missing_files_are_404_not_index_html(dist: Path, url: str) -> None:
    response = Client().get(url)
    assert response.status_code == 404
    assert INDEX not in response.content.decode()


def test_api_paths_never_get_the_spa(dist: Path) -> None:
    response = Client().get("/api/nothing-here/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    bare = Client().get("/api")
    assert bare.status_code == 404
    assert INDEX not in bare.content.decode()


@pytest.mark.django_db
def test_api_pages_keep_coop_same_origin_allow_popups(dist: Path) -> None:
    response = Client().get("/api/health/")
    assert response.status_code == 200
    assert response["Cross-Origin-Opener-Policy"] == "same-origin-allow-popups"


def test_admin_is_not_the_spa(dist: Path) -> None:
    response = Client().get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_pages_refuse_writes(dist: Path) -> None:
    response = Client().post("/settings")
    assert response.status_code == 405


def test_without_a_build_pages_say_how_to_build(tmp_path: Path, settings) -> None:
    settings.SPA_DIST_DIR = tmp_path / "missing"
    response = Client().get("/auth/callback")
    assert response.status_code == 404
    assert "make build" in response.content.decode()


@pytest.mark.parametrize(
    "overrides",
    [
        {"CORS_ALLOWED_ORIGINS": ["*"]},
        {"CORS_ALLOWED_ORIGINS": ["https://*.example.com"]},
        {"CORS_ALLOW_ALL_ORIGINS": True},
    ],
)
def test_check_refuses_a_cors_wildcard_with_credentials(overrides: dict) -> None:
    with override_settings(CORS_ALLOW_CREDENTIALS=True, **overrides):
        errors = check_cors_origins()
    assert [error.id for error in errors] == ["core.E001"]
    assert isinstance(errors[0], checks.Error)


def test_check_accepts_exact_origins() -> None:
    with override_settings(
        CORS_ALLOW_CREDENTIALS=True, CORS_ALLOWED_ORIGINS=["https://app.example.com"]
    ):
        assert check_cors_origins() == []


def test_check_is_registered() -> None:
    with override_settings(CORS_ALLOWED_ORIGINS=["*"]):
        ids = [message.id for message in checks.run_checks(tags=[checks.Tags.security])]
    assert "core.E001" in ids


def csp_directives(response) -> dict[str, str]:
    csp = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in csp.split(";") if part.strip())


@pytest.mark.parametrize(
    "url",
    # The page paths (core.spa) and the same files served directly by whitenoise.
    ["/", "/settings", "/auth/callback", "/index.html", "/callback.html"],
)
def test_every_page_refuses_framing_and_foreign_scripts(dist: Path, url: str) -> None:
    response = Client().get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert response["X-Frame-Options"] == "DENY"
    directives = csp_directives(response)
    assert directives["frame-ancestors"] == "'none'"
    assert directives["script-src"] == "'self'"
    assert directives["object-src"] == "'none'"
