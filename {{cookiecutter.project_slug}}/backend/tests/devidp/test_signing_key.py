import stat
from pathlib import Path

from cryptography.hazmat.primitives.serialization import load_pem_private_key

from devidp.signing_key import load_or_create_private_key


def test_key_is_created_once_private_and_then_reused(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "signing-key.pem"
    first = load_or_create_private_key(path)
    key = load_pem_private_key(first.encode(), password=None)
    assert key.key_size == 2048
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_or_create_private_key(path) == first
    assert [p.name for p in path.parent.iterdir()] == ["signing-key.pem"]
