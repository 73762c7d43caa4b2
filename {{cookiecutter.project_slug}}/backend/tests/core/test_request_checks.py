"""What the API refuses before a view reads the request, and the headers of those refusals:
nested JSON, unsupported methods, bodyless calls, bodies over API_MAX_BODY_BYTES."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from drf_spectacular.generators import SchemaGenerator

from tests.config.settings.loader import fresh_secrets, load_settings

# Deeper than Python's recursion limit, smaller than API_MAX_BODY_BYTES.
NESTED = "[" * 5000 + "]" * 5000
FLOW_CALLS = ["/api/auth/social/dev/begin/", "/api/auth/social/dev/complete/"]
# Where a path parameter of the schema is filled in to reach a real view.
PATH_VALUES = {"{provider}": "dev", "{id}": "1"}
METHODS = {"get", "post", "put", "patch", "delete"}

pytestmark = pytest.mark.django_db


def schema_operations() -> list[tuple[str, str, dict]]:
    schema = SchemaGenerator().get_schema(request=None, public=True)
    return [
        (path, method, operation)
        for path, operations in schema["paths"].items()
        for method, operation in operations.items()
    ]


def concrete(path: str) -> str:
    for name, value in PATH_VALUES.items():
        path = path.replace(name, value)
    return path


def assert_error(response, status: int, code: str) -> None:
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["error"]["code"] == code


@pytest.mark.parametrize("path", FLOW_CALLS)
def test_deeply_nested_json_is_invalid_request(client: Client, path: str) -> None:
    response = client.post(path, NESTED, content_type="application/json")
    assert_error(response, 400, "invalid_request")


@pytest.mark.parametrize("path", FLOW_CALLS)
@pytest.mark.parametrize("body", [b"\xff\xfe{}", b'{"redirect_uri": NaN}', b"1e999999"])
def test_json_the_api_cannot_read_is_invalid_request(client: Client, path: str, body) -> None:
    response = client.post(path, body, content_type="application/json")
    assert_error(response, 400, "invalid_request")


def refused_methods() -> list[tuple[str, str, frozenset[str]]]:
    """(path, method, methods of the path) for each method the schema gives no path."""
    allowed: dict[str, set[str]] = {}
    for path, method, _ in schema_operations():
        allowed.setdefault(concrete(path), set()).add(method.upper())
    return [
        (path, method, frozenset(methods))
        for path, methods in sorted(allowed.items())
        for method in ("TRACE", "PUT", "PATCH", "DELETE", "POST", "GET")
        if method not in methods
    ]


@pytest.mark.parametrize(("path", "method", "allowed"), refused_methods())
def test_unsupported_methods_are_405_with_allow(
    client: Client, path: str, method: str, allowed: frozenset[str]
) -> None:
    response = client.generic(method, path, b"x", content_type="text/plain")
    assert_error(response, 405, "method_not_allowed")
    assert set(response["Allow"].replace(" ", "").split(",")) >= allowed


@pytest.mark.parametrize(
    ("path", "method"),
    [
        (concrete(path), method)
        for path, method, operation in schema_operations()
        if method == "post" and "requestBody" not in operation
    ],
)
def test_calls_without_a_request_body_accept_an_empty_one(
    client: Client, path: str, method: str
) -> None:
    """Schema-driven clients send nothing, not even a Content-Type, where no body is declared."""
    response = client.generic(method.upper(), path)
    assert response.status_code != 415, response.content
    assert response.status_code < 500


@pytest.mark.parametrize(
    ("path", "method", "operation"),
    [op for op in schema_operations() if op[1] in {"post", "put", "patch", "delete"}],
)
def test_body_refusals_are_documented_where_they_can_occur(
    path: str, method: str, operation: dict
) -> None:
    responses = operation["responses"]
    assert "413" in responses
    if method != "delete":
        assert "415" in responses
    for status in ("413", "415"):
        if status in responses:
            content = responses[status]["content"]["application/json"]["schema"]
            assert content == {"$ref": "#/components/schemas/Error"}


SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin-allow-popups",
}
SPA = "https://app.example.com"


@pytest.fixture
def cross_origin(settings) -> None:
    settings.CORS_ALLOWED_ORIGINS = [SPA]
    settings.SECURE_HSTS_SECONDS = 3600
    settings.API_MAX_BODY_BYTES = 100


@pytest.mark.usefixtures("cross_origin")
@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("GET", "/api/health/", b"", 200),
        ("GET", "/api/nope/", b"", 404),
        ("POST", "/api/auth/social/dev/begin/", b"[" + b" " * 200 + b"]", 413),
        ("TRACE", "/api/auth/logout/", b"", 405),
    ],
)
def test_every_response_gets_the_same_headers(
    client: Client, method: str, path: str, body: bytes, status: int
) -> None:
    response = client.generic(
        method, path, body, content_type="application/json", secure=True, HTTP_ORIGIN=SPA
    )
    assert response.status_code == status
    for name, value in SECURITY_HEADERS.items():
        assert response[name] == value, name
    assert response["Strict-Transport-Security"].startswith("max-age=3600")
    assert response["Access-Control-Allow-Origin"] == SPA
    assert response["Access-Control-Allow-Credentials"] == "true"


PROD_PROBE = """
import django, json; django.setup()
from django.test import Client
client = Client(HTTP_ORIGIN="https://app.example.com")
nested = "[" * 5000 + "]" * 5000
answers = [
    client.post(path, nested, content_type="application/json", secure=True)
    for path in ("/api/auth/social/github/begin/", "/api/auth/social/github/complete/")
]
answers.append(client.get("/api/nope/", secure=True))
answers.append(client.post("/api/auth/social/github/begin/", "x" * 20000,
                           content_type="application/json", secure=True))
print(json.dumps([
    [a.status_code, a.json()["error"]["code"], a.get("Strict-Transport-Security"),
     a.get("Access-Control-Allow-Origin"), a.get("X-Content-Type-Options")]
    for a in answers
]))
"""


def test_prod_settings_refuse_nested_json_and_keep_the_headers_of_errors() -> None:
    loaded = load_settings(
        "config.settings.prod",
        **fresh_secrets(),  # the auth mode's own secrets too
        DATABASE_URL="sqlite://:memory:",
        DJANGO_ALLOWED_HOSTS="testserver",
        CORS_ALLOWED_ORIGINS="https://app.example.com",
        SOCIAL_AUTH_GITHUB_KEY="github-key",
        SOCIAL_AUTH_GITHUB_SECRET="github-secret",
        show=PROD_PROBE,
    )
    assert loaded.returncode == 0, loaded.stderr
    begin, complete, unknown, too_large = json.loads(loaded.stdout.splitlines()[-1])
    assert begin[:2] == [400, "invalid_request"]
    assert complete[:2] == [400, "invalid_request"]
    assert unknown[:2] == [404, "not_found"]
    assert too_large[:2] == [413, "invalid_request"]
    for answer in (begin, complete, unknown, too_large):
        hsts, cors, nosniff = answer[2:]
        assert hsts.startswith("max-age=")
        assert cors == "https://app.example.com"
        assert nosniff == "nosniff"
