"""Provider HTTP goes through one keep-alive connection pool per process, for every provider,
with social-core's timeout and proxy settings; the flow key is derived once per process."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import RequestFactory

from social_login.login import flow_token
from social_login.login.providers import get_configured
from social_login.login.strategy import load_backend
from tests.support.api import CALLBACK


class _Counting(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive

    def setup(self) -> None:
        super().setup()
        self.server.connections += 1  # type: ignore[attr-defined]

    def do_GET(self) -> None:
        self.server.paths.append(self.path)  # type: ignore[attr-defined]
        body = b'{"ok": true}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[ThreadingHTTPServer]:
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Counting)
    httpd.connections = 0  # type: ignore[attr-defined]
    httpd.paths = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def backend_of(provider_id: str):
    entry = get_configured(provider_id)
    assert entry is not None
    request = RequestFactory().post("/")
    return load_backend(entry, request, redirect_uri=CALLBACK, session={})


def test_every_provider_shares_one_keep_alive_connection(server, all_providers) -> None:
    url = f"http://127.0.0.1:{server.server_port}/user"
    for provider_id in ("github", "dev", "google", "github"):
        assert backend_of(provider_id).get_json(url) == {"ok": True}
    assert len(server.paths) == 4
    assert server.connections == 1


def test_proxy_setting_is_kept(server, all_providers, settings) -> None:
    settings.SOCIAL_AUTH_PROXIES = {"http": f"http://127.0.0.1:{server.server_port}"}
    assert backend_of("github").get_json("http://provider.invalid/user") == {"ok": True}
    assert server.paths == ["http://provider.invalid/user"]


def test_flow_key_is_derived_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    derived = []
    real = flow_token.HKDF.derive

    def counting(self, key_material: bytes) -> bytes:
        derived.append(key_material)
        return real(self, key_material)

    monkeypatch.setattr(flow_token.HKDF, "derive", counting)
    flow = flow_token.Flow(provider="dev", redirect_uri=CALLBACK)
    for _ in range(3):
        token = flow_token.encode(flow)
        flow_token.decode(token, provider="dev", redirect_uri=CALLBACK)
    assert len(derived) <= 1
