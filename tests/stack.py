"""The production stack of tests/test_stack.py, from the machine's own packages: a
self-signed certificate (openssl), Redis, nginx terminating TLS in front of two gunicorn
instances with the production settings, and the dev provider run as an outside OpenID Connect
provider. Each server is a child process of the test, on free loopback ports, stopped after."""

from __future__ import annotations

import base64
import os
import secrets
import shutil
import signal
import ssl
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import run
from tests.ports import free_port
from tests.uv import uv_argv

APP_HOST = "app.example.test"
UV = uv_argv()


@dataclass
class Stack:
    https_port: int
    devidp_port: int
    instances: dict[str, int]  # name -> port
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)

    @property
    def origin(self) -> str:
        return f"https://{APP_HOST}:{self.https_port}"


def self_signed_certificate(directory: Path) -> tuple[Path, Path]:
    cert, key = directory / "cert.pem", directory / "key.pem"
    request = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
    files = ["-keyout", str(key), "-out", str(cert)]
    names = ["-subj", f"/CN={APP_HOST}", "-addext", f"subjectAltName=DNS:{APP_HOST}"]
    run([*request, *files, *names], cwd=directory)
    return cert, key


NGINX_CONF = """
user root;
worker_processes 1;
daemon off;
pid {dir}/nginx.pid;
error_log {dir}/nginx-error.log;
events {{}}
http {{
  access_log {dir}/nginx-access.log;
  client_body_temp_path {dir}/body;
  proxy_temp_path {dir}/proxy;
  fastcgi_temp_path {dir}/fastcgi;
  uwsgi_temp_path {dir}/uwsgi;
  scgi_temp_path {dir}/scgi;
  upstream pool {{
    server 127.0.0.1:{a};
    server 127.0.0.1:{b};
  }}
  # A test may pin a request to one instance (X-Instance: a or b); the rest are balanced.
  map $http_x_instance $backend {{
    a 127.0.0.1:{a};
    b 127.0.0.1:{b};
    default pool;
  }}
  server {{
    listen 127.0.0.1:{port} ssl;
    server_name {host};
    ssl_certificate {cert};
    ssl_certificate_key {key};
    location / {{
      proxy_pass http://$backend;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-Proto https;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      # Which instance answered, for the test to read.
      add_header X-Upstream $upstream_addr always;
    }}
  }}
}}
"""


def start(stack: Stack, name: str, args: list[str], cwd: Path, env: dict, logs: Path) -> None:
    log = (logs / f"{name}.log").open("ab")
    stack.processes[name] = subprocess.Popen(
        args,
        cwd=cwd,
        env={**os.environ, **env},
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def stop(stack: Stack, name: str) -> None:
    process = stack.processes.pop(name, None)
    if process is None or process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def wait_http(url: str, host: str = "127.0.0.1", timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            request = urllib.request.Request(url, headers={"Host": host})
            with urllib.request.urlopen(request, timeout=2):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.25)


def api_env(stack: Stack, database_url: str, redis_url: str) -> dict[str, str]:
    return {
        "DJANGO_SETTINGS_MODULE": "config.settings.prod",
        "DJANGO_SECRET_KEY": "stack-test-secret-key-" + "s" * 40,
        "JWT_SIGNING_KEY": "stack-test-jwt-signing-key-" + "j" * 40,
        "PROVIDER_TOKENS_KEYS": base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "DJANGO_ALLOWED_HOSTS": f"{APP_HOST},127.0.0.1",
        "SOCIAL_LOGIN_REDIRECT_URIS": f"{stack.origin}/auth/callback",
        "API_NUM_PROXIES": "1",
        # The dev provider, run apart, is an outside OpenID Connect provider to these settings.
        "SOCIAL_AUTH_OIDC_OIDC_ENDPOINT": f"http://127.0.0.1:{stack.devidp_port}/o",
        "SOCIAL_AUTH_OIDC_KEY": "dev-spa",
        "SOCIAL_AUTH_OIDC_SECRET": "dev-spa-secret",
        "SOCIAL_LOGIN_OIDC_NAME": "Company login",
        "SOCIAL_LOGIN_BEGIN_RATE": "10/min",
        "WEB_CONCURRENCY": "1",
    }


def start_instance(stack: Stack, name: str, backend: Path, env: dict, logs: Path) -> None:
    port = stack.instances[name]
    gunicorn = [*UV, "run", "--locked", "gunicorn", "config.wsgi", "--workers", "1"]
    start(stack, f"api-{name}", [*gunicorn, "--bind", f"127.0.0.1:{port}"], backend, env, logs)
    wait_http(f"http://127.0.0.1:{port}/api/health/")


def start_devidp(stack: Stack, backend: Path, state: Path, logs: Path) -> None:
    env = {
        "DJANGO_SETTINGS_MODULE": "config.settings.devidp",
        "DEVIDP_DB_PATH": str(state / "devidp.sqlite3"),
        "DEVIDP_KEY_PATH": str(state / "devidp-key.pem"),
        "DEVIDP_REDIRECT_URIS": f"{stack.origin}/auth/callback",
    }
    manage = [*UV, "run", "--locked", "python", "manage.py"]
    run([*manage, "migrate", "--no-input"], cwd=backend, env=env)
    run([*manage, "devidp_seed"], cwd=backend, env=env)
    address = f"127.0.0.1:{stack.devidp_port}"
    start(stack, "devidp", [*manage, "runserver", address, "--noreload"], backend, env, logs)
    wait_http(f"http://{address}/o/.well-known/openid-configuration")


@contextmanager
def running_stack(backend: Path, database_url: str, state: Path) -> Iterator[tuple[Stack, dict]]:
    """Yields the stack and the API instances' environment, everything started."""
    stack = Stack(free_port(), free_port(), {"a": free_port(), "b": free_port()})
    logs = state / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    with ExitStack() as cleanup:
        cleanup.callback(lambda: [stop(stack, name) for name in list(stack.processes)])
        redis_port = free_port()
        redis = ["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1"]
        start(stack, "redis", [*redis, "--save", "", "--appendonly", "no"], state, {}, logs)
        env = api_env(stack, database_url, f"redis://127.0.0.1:{redis_port}/0")
        manage = [*UV, "run", "--locked", "python", "manage.py"]
        run([*manage, "migrate", "--no-input"], cwd=backend, env=env)
        run([*manage, "collectstatic", "--no-input"], cwd=backend, env=env)
        start_devidp(stack, backend, state, logs)
        for name in stack.instances:
            start_instance(stack, name, backend, env, logs)
        start_nginx(stack, state, logs)
        wait_https(stack)
        yield stack, env


def start_nginx(stack: Stack, state: Path, logs: Path) -> None:
    cert, key = self_signed_certificate(state)
    conf = state / "nginx.conf"
    ports = {"a": stack.instances["a"], "b": stack.instances["b"], "port": stack.https_port}
    conf.write_text(NGINX_CONF.format(dir=state, host=APP_HOST, cert=cert, key=key, **ports))
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    args = [nginx, "-e", "stderr", "-p", str(state), "-c", str(conf)]
    start(stack, "nginx", args, state, {}, logs)


def wait_https(stack: Stack, timeout: float = 30) -> None:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    deadline = time.monotonic() + timeout
    url = f"https://127.0.0.1:{stack.https_port}/api/health/"
    while True:
        try:
            request = urllib.request.Request(url, headers={"Host": APP_HOST})
            with urllib.request.urlopen(request, timeout=2, context=context):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.25)
