from __future__ import annotations

import pytest
from drf_spectacular.generators import SchemaGenerator


@pytest.fixture(scope="module")
def schema() -> dict:
    return SchemaGenerator().get_schema(request=None, public=True)


def error_ref(operation: dict, status: str) -> str:
    return operation["responses"][status]["content"]["application/json"]["schema"]["$ref"]


def test_refresh_is_described_with_its_cookie_and_errors(schema: dict) -> None:
    operation = schema["paths"]["/api/auth/token/refresh/"]["post"]
    assert operation["security"] == [{"refreshCookie": []}]
    assert schema["components"]["securitySchemes"]["refreshCookie"] == {
        "type": "apiKey",
        "in": "cookie",
        "name": "refresh_token",
    }
    ok = operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    assert schema["components"]["schemas"][ok.rsplit("/", 1)[1]]["properties"] == {
        "access": {"type": "string"}
    }
    for status in ("401", "403", "415", "429"):
        assert error_ref(operation, status) == "#/components/schemas/Error"


def test_logout_is_described(schema: dict) -> None:
    operation = schema["paths"]["/api/auth/logout/"]["post"]
    # The cookie, or the access token when the cookie did not come, or neither (204 anyway).
    assert operation["security"] == [{"refreshCookie": []}, {"jwtAuth": []}, {}]
    assert "204" in operation["responses"]
    assert error_ref(operation, "403") == "#/components/schemas/Error"


def test_signed_in_calls_use_the_bearer_scheme(schema: dict) -> None:
    assert schema["components"]["securitySchemes"]["jwtAuth"]["scheme"] == "bearer"
    for path, method in [
        ("/api/auth/me/", "get"),
        ("/api/auth/connections/", "get"),
        ("/api/auth/connections/{id}/", "delete"),
    ]:
        assert {"jwtAuth": []} in schema["paths"][path][method]["security"]


def test_jwt_schema_holds_only_what_jwt_mode_does(schema: dict) -> None:
    codes = schema["components"]["schemas"]["ErrorCode"]["enum"]
    assert {"token_invalid", "origin_not_allowed"} <= set(codes)
    assert "csrf_failed" not in codes
    signed_in = schema["components"]["schemas"]["SignedIn"]
    assert "access" in signed_in["required"]


def test_jwt_schema_documents_the_refresh_cookie(schema: dict) -> None:
    paths = schema["paths"]
    for path, status in [
        ("/api/auth/social/{provider}/complete/", "200"),
        ("/api/auth/token/refresh/", "200"),
        ("/api/auth/token/refresh/", "401"),
        ("/api/auth/logout/", "204"),
    ]:
        headers = paths[path]["post"]["responses"][status]["headers"]
        assert "refresh_token" in headers["Set-Cookie"]["description"], (path, status)
