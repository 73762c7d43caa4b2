"""What the account center shows of one sign-in, in both auth modes.

Each mode lists and ends its own credentials in social_login/credentials/<mode>/sign_ins.py
(jwt: refresh-token families; session: sessions), with the same functions:
`list_sign_ins(request)`, `end_sign_in(request, response, sign_in_id)`,
`end_other_sign_ins(request)`, `end_all_sign_ins(request, response)` and
`end_every_credential(user)`; social_login/credentials/chosen.py names the chosen one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ua_parser import parse

# Longer User-Agent headers are cut to this before they are stored.
USER_AGENT_MAX_LENGTH = 512


@dataclass(frozen=True)
class SignIn:
    id: str
    device: str
    started_at: datetime
    last_used_at: datetime
    current: bool


def user_agent_of(request) -> str:
    return request.META.get("HTTP_USER_AGENT", "")[:USER_AGENT_MAX_LENGTH]


def device_label(user_agent: str) -> str:
    """ "Firefox on Ubuntu", from the User-Agent header (ua-parser's maintained rules)."""
    result = parse(user_agent)
    names = [
        part.family
        for part in (result.user_agent, result.os)
        if part is not None and part.family != "Other"
    ]
    return " on ".join(names) or "Unknown device"
