"""social-core backends adjusted for this API: PKCE where the provider supports it, the dev
provider, and redirect URIs kept exactly as registered."""
