"""The toolkit's bridge between Django requests and oauthlib, with two dev-provider additions:
the browser's sign-in time goes to the validator (see sign_in_time), and userinfo takes its
access token from the Authorization header only."""

import json
from typing import Any

from django.http import HttpRequest
from oauth2_provider.oauth2_backends import OAuthLibCore

from .sign_in_time import HEADER, signed_in_at

HEADER_ONLY = {
    "error": "invalid_request",
    "error_description": "Send the access token in the Authorization header only.",
}


class DevIdpOAuthLibCore(OAuthLibCore):
    def extract_headers(self, request: HttpRequest) -> dict[str, Any]:
        headers = super().extract_headers(request)
        headers.pop(HEADER, None)
        signed_in = signed_in_at(request) if hasattr(request, "user") else None
        if signed_in is not None:
            headers[HEADER] = str(signed_in)
        return headers

    def create_userinfo_response(self, request: HttpRequest) -> tuple[Any, dict, str, int]:
        # RFC 9700 4.3.2 / RFC 6750 5.3: a token in the URL ends up in logs and Referer
        # headers. The toolkit's COMPLIANT_BCP_RFC9700_ACCESS_TOKEN_TRANSPORT guards its
        # resource views but not userinfo; a form-body token is refused too (header only).
        if "access_token" in request.GET or "access_token" in request.POST:
            headers = {
                "Content-Type": "application/json",
                "WWW-Authenticate": 'Bearer error="invalid_request"',
            }
            return None, headers, json.dumps(HEADER_ONLY), 400
        uri, headers, body, status = super().create_userinfo_response(request)
        # oauthlib's error replies carry a JSON body but no Content-Type.
        headers = {"Content-Type": "application/json", **(headers or {})}
        return uri, headers, body, status
