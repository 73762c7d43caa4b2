"""/api/docs/: Swagger UI for the API schema, only where API_DOCS_ENABLED (dev by default).

Its files come from drf-spectacular-sidecar as static files (SWAGGER_UI_DIST = "SIDECAR"), so
the page works offline and runs no third-party script on this origin. The split view serves
its start-up script as a file too: the page needs no inline script under the site's CSP.
"""

from __future__ import annotations

from typing import Any

from csp.decorators import csp_update
from django.conf import settings
from drf_spectacular.views import SpectacularSwaggerSplitView
from rest_framework.exceptions import NotFound
from rest_framework.request import Request


class ApiDocsView(SpectacularSwaggerSplitView):
    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        if not settings.API_DOCS_ENABLED:
            raise NotFound  # as if not routed: the JSON 404 of any unknown /api/ path
        super().initial(request, *args, **kwargs)


# Swagger UI's page carries one inline <style> block (drf-spectacular's template).
api_docs = csp_update({"style-src": ["'unsafe-inline'"]})(ApiDocsView.as_view(url_name="schema"))
