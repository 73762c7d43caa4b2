"""social-core's Django strategy, for an API without a login session.

The strategy's session is the flow token's data (a plain dict) instead of the Django session,
and the request data social-core reads (code, state, ...) is the JSON body's fields instead of
GET/POST. Settings of the providers registry (PKCE on or off, defaults) apply on top of the
project's settings, and the providers' keys come from social_login/conf.py. The pipelines are
this API's own (login/pipeline.py, connections/pipeline.py) unless the project's settings
name others (SOCIAL_AUTH_PIPELINE, SOCIAL_AUTH_DISCONNECT_PIPELINE).

The storage is social_django's, except for the state and OpenID Connect nonces, which stay in
the flow token (flow_storage.py). Provider HTTP goes through one pooled session per process
(provider_http.py). Complete writes in one transaction, after the provider calls: the flow's
claim, the pipeline and the sign-in (`authenticate`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.db import transaction
from django.http import HttpRequest
from social_core.backends.base import BaseAuth
from social_core.utils import get_strategy, module_member
from social_django.strategy import DjangoStrategy

from ..conf import provider_setting
from ..connections.pipeline import DISCONNECT_PIPELINE
from . import flow_token
from .flow_storage import FlowStorage
from .pipeline import PIPELINE
from .provider_http import pooled
from .providers import Provider

STORAGE = "social_django.models.DjangoStorage"
_MODEL_BACKEND = f"{ModelBackend.__module__}.{ModelBackend.__qualname__}"
_PIPELINES = {"PIPELINE": PIPELINE, "DISCONNECT_PIPELINE": DISCONNECT_PIPELINE}


class FlowStrategy(DjangoStrategy):
    def __init__(
        self,
        storage: Any,
        request: HttpRequest | None = None,
        tpl: Any = None,
        *,
        provider: Provider,
        session: dict[str, Any],
        data: dict[str, str],
        flow: flow_token.Flow | None = None,
        signed_in: Callable[[Any], Any] | None = None,
    ) -> None:
        self.provider = provider
        self.data = data
        # Complete's flow, claimed in the transaction that signs in, and what signs in.
        self.flow = flow
        self.signed_in = signed_in
        self.sign_in_result: Any = None
        super().__init__(storage, request=None, tpl=tpl)
        self.request = request
        self.session = session  # type: ignore[assignment]
        self._storage = FlowStorage(self, session)  # type: ignore[assignment]

    @property
    def flow_claim_pending(self) -> bool:
        return self.flow is not None

    def get_request_data(self, merge: bool = True) -> dict[str, str]:
        return dict(self.data)

    def setting(self, name: str, default: Any = None, backend: Any = None) -> Any:
        if name == "USE_PKCE":
            return self.provider.pkce
        if name == "PKCE_CODE_CHALLENGE_METHOD":
            return "S256"
        if name in _PIPELINES:
            default = _PIPELINES[name]
        if name in self.provider.defaults:
            default = self.provider.defaults[name]
        return super().setting(name, default=default, backend=backend)

    def get_setting(self, name: str) -> Any:
        if hasattr(settings, name):
            return super().get_setting(name)
        value = provider_setting(name)  # a provider key from the environment
        if value is None:
            raise AttributeError(name)
        return value

    def clean_authenticate_args(self, *args: Any, **kwargs: Any) -> tuple[Any, Any]:
        kwargs.pop("request", None)
        return args, kwargs

    def authenticate(self, backend: BaseAuth, **kwargs: Any) -> Any:
        """Runs the pipeline straight on the backend (no Django authentication backend list
        to register every provider in), after the provider calls, in one transaction with the
        flow's claim and the sign-in (`signed_in`, whose result is `sign_in_result`)."""
        kwargs["strategy"] = self
        kwargs["storage"] = self.storage
        kwargs["backend"] = backend
        kwargs.pop("request", None)
        with transaction.atomic():
            if self.flow is not None:
                flow_token.consume(self.flow)
            user = backend.authenticate(**kwargs)
            if user is not None and hasattr(user, "pk"):
                # What django.contrib.auth.login() records for a session login.
                user.backend = _MODEL_BACKEND
                if self.signed_in is not None:
                    self.sign_in_result = self.signed_in(user)
        return user


def load_backend(
    provider: Provider,
    request: HttpRequest,
    *,
    redirect_uri: str,
    session: dict[str, Any],
    data: dict[str, str] | None = None,
    flow: flow_token.Flow | None = None,
    signed_in: Callable[[Any], Any] | None = None,
) -> BaseAuth:
    strategy = get_strategy(
        "social_login.login.strategy.FlowStrategy",
        STORAGE,
        request,
        provider=provider,
        session=session,
        data=data or {},
        flow=flow,
        signed_in=signed_in,
    )
    backend_class = pooled(module_member(provider.backend))
    return backend_class(strategy, redirect_uri=redirect_uri)
