"""The toolkit's authorization and discovery views, adjusted where the dev provider differs."""

import json
import time
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlencode, urlsplit

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from oauth2_provider import views as toolkit
from oauth2_provider.models import get_application_model
from oauth2_provider.settings import oauth2_settings

from .sign_in_time import is_older_than, signed_in_at


class AuthorizationView(toolkit.AuthorizationView):
    """max_age (OpenID Connect Core 3.1.2.1): a sign-in older than that is done again. With
    prompt=none no form may be shown: the validator answers login_required instead."""

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        signed_in = signed_in_at(request)
        max_age = request.GET.get("max_age")
        too_old = signed_in is not None and is_older_than(signed_in, max_age, time.time())
        if too_old and not self._silent():
            return self._sign_in_again()
        return super().get(request, *args, **kwargs)

    def handle_no_permission(self) -> HttpResponse:
        if "max_age" in self.request.GET and not self._silent():
            return self._sign_in_again()
        return super().handle_no_permission()

    def _silent(self) -> bool:
        return "none" in self.request.GET.get("prompt", "").split()

    def _sign_in_again(self) -> HttpResponse:
        # The sign-in about to happen meets max_age and prompt=login, so the request comes
        # back without them: a second old, it would otherwise fail max_age=0 again, forever.
        query = []
        for key, value in parse_qsl(self.request.META["QUERY_STRING"]):
            if key == "prompt":
                value = " ".join(v for v in value.split() if v != "login")
            if key != "max_age" and (key != "prompt" or value):
                query.append((key, value))
        return redirect_to_login(f"{self.request.path}?{urlencode(query)}", self.get_login_url())

    def redirect(self, redirect_to: str, application: Any) -> HttpResponseRedirect:
        # RFC 9207 2: error responses carry `iss` too; the toolkit adds it to codes only.
        query = parse_qs(urlsplit(redirect_to).query)
        if "error" in query and "iss" not in query:
            issuer = oauth2_settings.oauth2_authorization_server_issuer(self.request)
            redirect_to = f"{redirect_to}&{urlencode({'iss': issuer})}"
        return super().redirect(redirect_to, application)


class ConnectDiscoveryInfoView(toolkit.ConnectDiscoveryInfoView):
    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = super().get(request, *args, **kwargs)
        document = json.loads(response.content)
        # The toolkit lists HS256 whenever it could sign with it; every client here is
        # registered RS256 (devidp_seed), so that is the only algorithm an RP will see.
        document["id_token_signing_alg_values_supported"] = [
            get_application_model().RS256_ALGORITHM
        ]
        document["grant_types_supported"] = oauth2_settings.OAUTH2_GRANT_TYPES_SUPPORTED
        answer = JsonResponse(document)
        answer["Access-Control-Allow-Origin"] = response["Access-Control-Allow-Origin"]
        return answer
