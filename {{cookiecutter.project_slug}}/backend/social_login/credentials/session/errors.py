"""The errors only auth_mode=session answers, declared in the API's catalogue (core.errors): a
jwt bake's schema has none of them."""

from __future__ import annotations

from core.errors import ApiError


class CsrfFailed(ApiError):
    status_code = 403
    code = "csrf_failed"
    message = "CSRF check failed: send the token of GET /api/auth/csrf/ in X-CSRFToken."
