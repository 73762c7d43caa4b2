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
    # The session cookie, and the CSRF token's cookie and header.
    assert set(schemes) == {"cookieAuth", "csrfCookie", "csrfHeader"}
    assert schemes["csrfCookie"] == {"type": "apiKey", "in": "cookie", "name": "csrftoken"}
    assert {"cookieAuth": []} in schema["paths"]["/api/auth/me/"]["get"]["security"]


def test_session_schema_holds_only_what_session_mode_does() -> None:
    schema = SchemaGenerator().get_schema(request=None, public=True)
    codes = schema["components"]["schemas"]["ErrorCode"]["enum"]
    assert "csrf_failed" in codes
    assert "token_invalid" not in codes
    assert "origin_not_allowed" not in codes
    assert "access" not in schema["components"]["schemas"]["SignedIn"]["properties"]
    complete = schema["paths"]["/api/auth/social/{provider}/complete/"]["post"]
    assert "csrf_failed" in complete["responses"]["403"]["description"]


def test_session_schema_documents_the_cookies_set() -> None:
    schema = SchemaGenerator().get_schema(request=None, public=True)
    paths = schema["paths"]
    for path, method, status, cookie in [
        ("/api/auth/social/{provider}/complete/", "post", "200", "sessionid"),
        ("/api/auth/logout/", "post", "204", "sessionid"),
        ("/api/auth/csrf/", "get", "200", "csrftoken"),
    ]:
        headers = paths[path][method]["responses"][status]["headers"]
        assert cookie in headers["Set-Cookie"]["description"], (path, headers)


def test_every_unsafe_call_requires_the_csrf_cookie_and_header() -> None:
    # Signed in or not (SessionAuthentication.authenticate, check_login_request): a client
    # generated from the schema knows to send both on each POST, PATCH and DELETE.
    schema = SchemaGenerator().get_schema(request=None, public=True)
    csrf = {"csrfCookie": [], "csrfHeader": []}
    unsafe = safe = 0
    for operations in schema["paths"].values():
        for method, operation in operations.items():
            alternatives = operation.get("security", [])
            if method in ("post", "put", "patch", "delete"):
                unsafe += 1
                assert alternatives, (method, operation["operationId"])
                for alternative in alternatives:
                    assert alternative.items() >= csrf.items(), operation["operationId"]
            else:
                safe += 1
                assert not any("csrfHeader" in a for a in alternatives), operation["operationId"]
    assert unsafe >= 10
    assert safe >= 5
    begin = schema["paths"]["/api/auth/social/{provider}/begin/"]["post"]
    # Signed out: the CSRF pair alone (the anonymous alternative is not "no credentials").
    assert csrf in begin["security"]
