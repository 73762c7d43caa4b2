"""The production stack, for real: nginx terminating TLS in front of two gunicorn instances
(production settings, the built SPA served by whitenoise), one PostgreSQL, one Redis, and a
browser signing in with the generic OpenID Connect entry pointed at the dev provider, run
apart as an outside provider (tests/stack.py starts it all)."""

from __future__ import annotations

import http.client
import json
import os
import shutil
import ssl
import subprocess
from pathlib import Path

import pytest

from tests.conftest import run
from tests.stack import APP_HOST, UV, Stack, running_stack, start_instance
from tests.test_e2e import ARTIFACTS

pytestmark = pytest.mark.deep

SPEC_DIR = Path(__file__).resolve().parent / "stack_e2e"


def plain_http_status(port: int, path: str) -> tuple[int, str | None]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path, headers={"Host": APP_HOST})
    response = connection.getresponse()
    return response.status, response.getheader("Location")


def post_begin(stack: Stack, instance: str) -> tuple[int, str | None]:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # the test's self-signed certificate
    connection = http.client.HTTPSConnection("127.0.0.1", stack.https_port, context=context)
    body = json.dumps({"redirect_uri": f"{stack.origin}/auth/callback"})
    headers = {
        "Host": f"{APP_HOST}:{stack.https_port}",
        "Origin": stack.origin,
        "Content-Type": "application/json",
        "X-Instance": instance,
    }
    connection.request("POST", "/api/auth/social/oidc/begin/", body, headers)
    response = connection.getresponse()
    response.read()
    return response.status, response.getheader("X-Upstream")


def run_browser(frontend: Path, stack: Stack) -> None:
    target = frontend / "stack-e2e"
    shutil.copytree(SPEC_DIR, target, dirs_exist_ok=True)
    env = {
        "STACK_ORIGIN": stack.origin,
        "STACK_PORT_A": str(stack.instances["a"]),
        "STACK_PORT_B": str(stack.instances["b"]),
        # start_new_session: the instance's process group is its pid.
        "STACK_STOP_PGID": str(stack.processes["api-a"].pid),
        "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD": "1",
    }
    command = ["npx", "playwright", "test", "--config", "stack-e2e/playwright.config.ts"]
    completed = subprocess.run(
        command, cwd=frontend, env={**os.environ, **env}, capture_output=True, text=True
    )
    if completed.returncode != 0:
        kept = ARTIFACTS / "stack"
        shutil.rmtree(kept, ignore_errors=True)
        if (frontend / "test-results").exists():
            shutil.copytree(frontend / "test-results", kept)
        pytest.fail(f"stack browser test failed; artifacts in {kept}\n{completed.stdout[-6000:]}")
    assert "1 passed" in completed.stdout


def test_production_stack_signs_in_across_instances(bake, postgres_url: str, tmp_path) -> None:
    project = bake(database="postgres")
    backend, frontend = project / "backend", project / "frontend"
    run([*UV, "sync", "--locked", "--quiet"], cwd=backend)
    run(["npm", "ci", "--no-audit", "--no-fund"], cwd=frontend)
    run(["npm", "run", "build"], cwd=frontend)

    with running_stack(backend, postgres_url, tmp_path / "stack") as (stack, env):
        # A probe speaks plain HTTP to an instance: 200, while any other path redirects.
        for port in stack.instances.values():
            assert plain_http_status(port, "/api/health/") == (200, None)
            status, location = plain_http_status(port, "/")
            assert status == 301
            assert location.startswith("https://")

        run_browser(frontend, stack)

        # Instance a back; the begin throttle (10/min per client) counts across both.
        start_instance(stack, "a", backend, env, tmp_path / "stack" / "logs")
        answers = [post_begin(stack, "ab"[i % 2]) for i in range(22)]
        statuses = [status for status, _ in answers]
        assert 429 in statuses
        # One shared count in Redis: never more than 10 begins in all (the browser used some);
        # two counts of their own would let 20 through.
        assert 0 < statuses.count(200) <= 10
        assert {upstream for _, upstream in answers} == {
            f"127.0.0.1:{port}" for port in stack.instances.values()
        }
