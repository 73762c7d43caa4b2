"""The provider's RS256 signing key: made on first start, then reused so tokens and the JWKS
stay stable across restarts. Kept out of git (backend/devidp/keys/ is ignored)."""

import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def load_or_create_private_key(path: Path) -> str:
    """Returns the PEM at `path`, writing a fresh 2048-bit RSA key there first if it is
    missing."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        # A private temp file hard-linked into place: a process starting at the same time
        # (runserver's reloader) never reads a half-written key, and the first key wins.
        partial = path.with_name(f".{path.name}.{os.getpid()}")
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(pem)
        try:
            os.link(partial, path)  # fails if another process won the race: keep theirs
        except FileExistsError:
            pass
        finally:
            partial.unlink()
    return path.read_text()
