"""The client the API is registered as at the dev provider (devidp): public, development-only
values, read by both sides (the API's dev backend signs in with them, `devidp_seed` registers
them). Plain data: the dev provider's server imports it without the API's settings."""

CLIENT_ID = "dev-spa"
CLIENT_SECRET = "dev-spa-secret"  # noqa: S105 - published on purpose, dev only
SPA_PORT = 5173  # Vite's, unless `make dev` is given another


def callback_uris(port: int = SPA_PORT) -> list[str]:
    """The SPA's /auth/callback on the loopback addresses `make dev` serves it on."""
    return [f"http://127.0.0.1:{port}/auth/callback", f"http://localhost:{port}/auth/callback"]
