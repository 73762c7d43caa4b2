"""The providers' tokens of each identity: kept encrypted (crypto.py, storage.py, pipeline.py),
renewed when expired (refresh.py), and one call away for calling the provider's API as the user:
`from social_login.provider_tokens.session import provider_session` (docs/customising.md,
"Calling the provider's API"). Nothing is imported here: this package is an app too."""
