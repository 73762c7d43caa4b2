from __future__ import annotations

from drf_spectacular.generators import SchemaGenerator


def test_session_schema_has_logout_but_no_refresh_or_token_schemes() -> None:
    schema = SchemaGenerator().get_schema(request=None, public=True)
    assert "/api/auth/token/refresh/" not in schema["paths"]
    logout = schema["paths"]["/api/auth/logout/"]["post"]
    assert "204" in logout["responses"]
    assert logout["responses"]["403"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Error"
    }
    schemes = schema["components"]["securitySchemes"]
    assert set(schemes) == {"cookieAuth"}
    assert {"cookieAuth": []} in schema["paths"]["/api/auth/me/"]["get"]["security"]
