"""Provider HTTP through one keep-alive connection pool per process, for every provider.

social-core's `BaseAuth.request` calls `requests.request`, which opens a new connection for
every call and looks up proxy, CA bundle and netrc settings in the environment each time. The
`PooledHTTP` layer (put under every provider's backend class by `pooled`, so that a backend's
own `request` override, e.g. Facebook's appsecret_proof, still runs first) sends the same
requests through one `requests.Session` per process instead, with social-core's settings kept:
REQUESTS_TIMEOUT (or URLOPEN_TIMEOUT, default 5 s), PROXIES (over the environment's proxies),
VERIFY_SSL, USER_AGENT; and the same social-core errors for the same failures. The environment's
proxies are resolved once per provider host, its CA bundle once per process.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Literal
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from social_core.backends.base import BaseAuth
from social_core.exceptions import AuthConfigurationError, AuthProviderError, ErrorStage
from social_core.utils import http_error, redact_request_error, user_agent

_DEFAULT_TIMEOUT = 5.0
_pool: tuple[int, requests.Session] | None = None


def session() -> requests.Session:
    """This process's session (a forked worker makes its own: sockets are not shared)."""
    global _pool
    if _pool is None or _pool[0] != os.getpid():
        pooled_session = requests.Session()
        # Environment settings are resolved here and in `_environment_proxies`, once.
        pooled_session.trust_env = False
        pooled_session.verify = (
            os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True
        )
        for scheme in ("https://", "http://"):
            pooled_session.mount(scheme, HTTPAdapter(pool_connections=16, pool_maxsize=16))
        _pool = (os.getpid(), pooled_session)
    return _pool[1]


@functools.lru_cache(maxsize=256)
def _environment_proxies(origin: str) -> dict[str, str]:
    # Honours HTTP(S)_PROXY, ALL_PROXY and NO_PROXY as requests would, per provider host.
    return requests.utils.get_environ_proxies(origin)


class PooledHTTP(BaseAuth):
    """BaseAuth.request through the pooled session."""

    def request(
        self,
        url: str,
        *,
        method: Literal["GET", "POST", "DELETE"] = "GET",
        headers: Mapping[str, str | bytes] | None = None,
        data: dict | None = None,
        json: dict | None = None,
        auth: Any = None,
        params: dict | None = None,
        timeout: float | None = None,
        stage: ErrorStage = "user_info",
    ) -> requests.Response:
        backend = self
        headers = dict(headers or {})
        if backend.SEND_USER_AGENT and "User-Agent" not in headers:
            headers["User-Agent"] = backend.setting("USER_AGENT") or user_agent()
        if timeout is None:
            timeout = (
                backend.setting("REQUESTS_TIMEOUT")
                or backend.setting("URLOPEN_TIMEOUT")
                or _DEFAULT_TIMEOUT
            )
        verify = backend.setting("VERIFY_SSL", True)
        with _social_core_errors(backend, url, stage):
            response = session().request(
                method,
                url,
                headers=headers,
                data=data,
                json=json,
                auth=auth,
                params=params,
                timeout=timeout,
                proxies=_proxies(url, backend.setting("PROXIES")),
                verify=session().verify if verify is True else verify,
            )
            response.raise_for_status()
        return response


def _proxies(url: str, configured: Mapping[str, str] | None) -> dict[str, str]:
    parts = urlsplit(url)
    proxies = dict(_environment_proxies(f"{parts.scheme}://{parts.netloc}"))
    proxies.update(configured or {})
    return proxies


@contextmanager
def _social_core_errors(backend: BaseAuth, url: str, stage: ErrorStage) -> Iterator[None]:
    """requests' failures as social-core reports them (its BaseAuth.request does the same),
    with the URL's secrets redacted from the error."""
    try:
        yield
    except requests.RequestException as error:
        redact_request_error(error, request_url=url)
        raise _classified(backend, error, stage) from error


def _classified(
    backend: BaseAuth, error: requests.RequestException, stage: ErrorStage
) -> Exception:
    if isinstance(error, requests.exceptions.SSLError):
        return AuthProviderError(backend, code="tls_error", stage=stage)
    if isinstance(error, requests.Timeout):
        return AuthProviderError(backend, code="timeout", stage=stage)
    if isinstance(
        error,
        requests.exceptions.InvalidURL
        | requests.exceptions.InvalidSchema
        | requests.exceptions.MissingSchema,
    ):
        return AuthConfigurationError(backend, code="invalid_setting", parameter="url", stage=stage)
    if isinstance(error, requests.ConnectionError):
        return AuthProviderError(backend, code="connection_failed", stage=stage)
    if isinstance(error, requests.HTTPError):
        return http_error(backend, error, stage=stage)
    return AuthProviderError(backend, stage=stage)


@functools.cache
def pooled(backend_class: type) -> type:
    """`backend_class` with its provider HTTP through this process's pooled session."""
    return type(backend_class.__name__, (backend_class, PooledHTTP), {"__module__": __name__})
