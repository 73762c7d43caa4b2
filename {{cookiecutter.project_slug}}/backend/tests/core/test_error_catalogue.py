"""Each error is declared once (core.errors.ApiError) and the schema publishes its code."""

from __future__ import annotations

import pytest
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.validation import validate_schema
from rest_framework.test import APIClient

from core.errors import CATALOGUE, FOR_STATUS, ApiError, error_codes
from core.openapi import error_responses


@pytest.fixture(scope="module")
def schema() -> dict:
    generated = SchemaGenerator().get_schema(request=None, public=True)
    validate_schema(generated)
    return generated


def test_every_declaration_has_a_code_a_status_and_a_message() -> None:
    assert len(CATALOGUE) > 10
    for error in CATALOGUE:
        assert error.code.isidentifier(), error
        assert error.code.islower(), error
        assert 400 <= error.status_code < 600, error
        assert error.message.endswith("."), error


def test_no_error_is_declared_twice() -> None:
    """A code may have several statuses or messages (invalid_request: 400, 413, 415), but no
    two declarations say the same thing."""
    declared = [(error.code, error.status_code, error.message) for error in CATALOGUE]
    assert len(declared) == len(set(declared))
    names = [error.__name__ for error in CATALOGUE]
    assert len(names) == len(set(names))


def test_the_schema_publishes_the_codes_as_the_error_code_enum(schema: dict) -> None:
    schemas = schema["components"]["schemas"]
    assert schemas["ErrorCode"]["enum"] == error_codes()
    assert {"invalid_request", "server_error", "unknown_provider", "rate_limited"} <= set(
        schemas["ErrorCode"]["enum"]
    )
    code = schemas["ErrorDetail"]["properties"]["code"]
    assert code["allOf"] == [{"$ref": "#/components/schemas/ErrorCode"}]


def test_every_documented_error_is_the_envelope(schema: dict) -> None:
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            for status, response in operation["responses"].items():
                if int(status) >= 400:
                    body = response["content"]["application/json"]["schema"]
                    assert body == {"$ref": "#/components/schemas/Error"}, (path, method)


def test_documented_responses_are_built_from_the_declarations() -> None:
    class Teapot(ApiError):
        status_code = 418
        code = "teapot"
        message = "Short and stout."

    try:
        documented = error_responses([FOR_STATUS[404], Teapot])
        assert set(documented) == {404, 418}
        assert "teapot" in documented[418].description
        assert documented[418].examples[0].value == {
            "error": {"code": "teapot", "message": "Short and stout."}
        }
        assert "teapot" in error_codes()
    finally:
        CATALOGUE.remove(Teapot)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("method", "path"),
    [("get", "/api/nope/"), ("put", "/api/health/"), ("get", "/api/auth/me/")],
)
def test_answers_use_declared_codes(api_client: APIClient, method: str, path: str) -> None:
    response = getattr(api_client, method)(path)
    assert response.json()["error"]["code"] in error_codes()
    declared = {(e.code, e.status_code) for e in CATALOGUE}
    assert (response.json()["error"]["code"], response.status_code) in declared
