from django.apps import AppConfig
from django.utils.autoreload import autoreload_started


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self) -> None:
        from . import (
            openapi,  # noqa: F401  (registers the OpenAPI extensions)
            same_site,  # noqa: F401  (registers the same-site system check)
            spa,  # noqa: F401  (registers the CORS system check)
        )
        from .autoreload import watch_env_file

        autoreload_started.connect(watch_env_file)
