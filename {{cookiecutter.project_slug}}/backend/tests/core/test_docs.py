"""/api/docs/: Swagger UI from the installed sidecar package, only where enabled."""

from __future__ import annotations

import re

import pytest
from django.contrib.staticfiles import finders
from django.test import Client

from tests.config.settings.test_prod import load_prod_settings

SRC = re.compile(r'(?:src|href)="([^"]+)"')


@pytest.fixture
def docs_enabled(settings) -> None:
    settings.API_DOCS_ENABLED = True


def test_docs_are_off_unless_enabled() -> None:
    response = Client().get("/api/docs/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["error"]["code"] == "not_found"


def test_prod_settings_leave_the_docs_off() -> None:
    loaded = load_prod_settings(DEV_PROVIDER_ENABLED="false", SHOW="API_DOCS_ENABLED")
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.splitlines()[-1] == "False"


@pytest.mark.usefixtures("docs_enabled")
def test_docs_page_loads_swagger_ui_from_this_origin_only() -> None:
    response = Client().get("/api/docs/")
    assert response.status_code == 200
    page = response.content.decode()
    urls = SRC.findall(page)
    assert urls, page
    # Nothing from a CDN (or anywhere else): every file is one of the installed package's.
    for url in urls:
        assert url.startswith("/"), url
        if url.startswith("/static/"):
            path = url.removeprefix("/static/")
            assert path.startswith("drf_spectacular_sidecar/swagger-ui-dist/"), url
            assert finders.find(path), f"{url} is not an installed static file"
    assert "<script>" not in page  # the start-up script is a file too (CSP: no inline script)
    script = next(url for url in urls if "?script" in url)
    started = Client().get(script)
    assert started.status_code == 200
    assert "SwaggerUIBundle" in started.content.decode()
    assert "/api/schema/" in started.content.decode()


@pytest.mark.usefixtures("docs_enabled")
def test_docs_page_runs_under_a_content_security_policy() -> None:
    csp = Client().get("/api/docs/")["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";") if part.strip())
    assert directives["script-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "'unsafe-inline'" in directives["style-src"]  # the page's own <style> block
