"""Apple's `form_post` answer: Apple sends the user's name (first sign-in only) in a form POST
to the redirect URI, which the SPA's static callback page cannot read.

POST /auth/callback receives it. The name goes into a short-lived handoff keyed by the state
(server side: no name, and not the ID token, in any URL), and the browser is sent on with a 303
to GET /auth/callback?code&state: the callback page then hands {code, state} to the SPA exactly
as for every other provider (same origin, source and state checks). At complete, the Apple
backend (apple.py) takes the handoff of its state back.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.views.decorators.csrf import csrf_exempt

from core.spa import callback_page

_MAX = 4096
_NAME_MAX = 150


def _key(state: str) -> str:
    return "apple-form-post:" + hashlib.sha256(state.encode()).hexdigest()


def _name_only(user_json: str) -> dict[str, Any] | None:
    """{"name": {"firstName", "lastName"}} from Apple's `user` field; the email in it is not
    signed: the ID token's is the one used."""
    try:
        user = json.loads(user_json)
    except ValueError:
        return None
    name = user.get("name") if isinstance(user, dict) else None
    if not isinstance(name, dict):
        return None
    kept = {
        part: name[part][:_NAME_MAX]
        for part in ("firstName", "lastName")
        if isinstance(name.get(part), str)
    }
    return {"name": kept} if kept else None


def take(state: str | None) -> str | None:
    """The `user` JSON handed off for this state, once."""
    if not state:
        return None
    key = _key(state)
    user = cache.get(key)
    cache.delete(key)
    return user if isinstance(user, str) else None


def receive(request: HttpRequest) -> HttpResponse:
    fields = {
        name: request.POST[name][:_MAX]
        for name in ("code", "state", "error")
        if isinstance(request.POST.get(name), str)
    }
    name = _name_only(request.POST.get("user", "")[:_MAX])
    if fields.get("state") and name is not None:
        cache.set(_key(fields["state"]), json.dumps(name), settings.SOCIAL_AUTH_STATE_LIFETIME)
    # The ID token (and the rest) stays out of the URL; the page strips this query at once.
    response = HttpResponseRedirect(f"{request.path}?{urlencode(fields)}", status=303)
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "no-store"
    # Like the callback page it leads to: the popup must keep its opener on the way.
    response["Cross-Origin-Opener-Policy"] = "unsafe-none"
    return response


@csrf_exempt  # Apple's cross-site form POST: it carries no session, and changes nothing else
def callback(request: HttpRequest) -> HttpResponse:
    """/auth/callback: the SPA's callback page, and Apple's form_post on POST."""
    if request.method == "POST":
        return receive(request)
    return callback_page(request)
