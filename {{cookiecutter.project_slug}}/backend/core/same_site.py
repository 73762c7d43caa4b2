"""The SPA and the API must be on one site (app.example.com and api.example.com, or one
origin). Across sites the sign-in cookie (jwt's refresh cookie, session's session cookie) is
third-party for the SPA: browsers that block those drop it, so every reload signs the user
out. The project refuses that layout at start-up instead of failing quietly in some browsers
(docs/deployment.md says why it does not try partitioned cookies).

A site is a registrable domain (example.com, example.co.uk), found with the Public Suffix List
that browsers use too; each name under localhost, or an IP address, is a site of its own.
"""

from __future__ import annotations

import ipaddress
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks
from publicsuffixlist import PublicSuffixList


@cache
def _suffixes() -> PublicSuffixList:
    return PublicSuffixList()


def site_of(host: str) -> str:
    host = host.lower().strip(".")
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return _suffixes().privatesuffix(host) or host
    return host


def api_sites(allowed_hosts: list[str]) -> set[str] | None:
    """The sites of the API's own host names; None when ALLOWED_HOSTS accepts any host."""
    if "*" in allowed_hosts:
        return None
    return {site_of(host.lstrip(".").split(":")[0]) for host in allowed_hosts if host}


def cross_site_origins(origins: list[str], allowed_hosts: list[str]) -> list[str]:
    sites = api_sites(allowed_hosts)
    if sites is None:
        return []
    return [
        origin
        for origin in origins
        if (host := urlsplit(origin).hostname) is None or site_of(host) not in sites
    ]


@checks.register(checks.Tags.security)
def check_same_site(**kwargs: Any) -> list[checks.CheckMessage]:
    foreign = cross_site_origins(
        list(getattr(settings, "CORS_ALLOWED_ORIGINS", [])), list(settings.ALLOWED_HOSTS)
    )
    if not foreign:
        return []
    return [
        checks.Error(
            f"CORS_ALLOWED_ORIGINS names {', '.join(foreign)}, which is not on the same site as "
            f"the API's host(s) {', '.join(settings.ALLOWED_HOSTS)}: browsers treat the sign-in "
            "cookie as third-party there and may drop it, signing users out on every reload.",
            hint="Serve the SPA from a subdomain of the API's site (app.example.com with "
            "api.example.com) or from the API itself; see docs/deployment.md.",
            id="core.E002",
        )
    ]
