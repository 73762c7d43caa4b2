"""Social login benchmark: a baked project next to rest-social-auth, against a fake provider."""
