"""The dev provider bakes as plain Django: its templates are copied, not rendered by Jinja."""

from __future__ import annotations


def test_devidp_templates_keep_their_django_tags(bake) -> None:
    backend = bake() / "backend"
    login = (backend / "devidp" / "templates" / "devidp" / "login.html").read_text()
    assert "{% csrf_token %}" in login
    assert "{{ user.password }}" in login
    consent = backend / "devidp" / "templates" / "oauth2_provider" / "authorize.html"
    assert "{% for scope in scopes_descriptions %}" in consent.read_text()


def test_devidp_signing_keys_stay_out_of_git(bake) -> None:
    project = bake()
    assert "backend/devidp/keys/" in (project / ".gitignore").read_text().splitlines()
    assert not (project / "backend" / "devidp" / "keys").exists()
