"""RFC 7636 4.2 and 4.1: an S256 code_challenge is the base64url SHA-256 of a verifier, so it is
43 characters; any challenge outside 43-128 characters of the verifier alphabet is malformed.
oauthlib stores whatever it is given, and a client with a bad challenge would only learn at the
token endpoint, with a code already issued."""

import re

CODE_CHALLENGE = re.compile(r"[A-Za-z0-9\-._~]{43,128}")


def is_well_formed(challenge: str) -> bool:
    return CODE_CHALLENGE.fullmatch(challenge) is not None
