from __future__ import annotations

from drf_spectacular.generators import SchemaGenerator


def test_connections_and_me_are_described() -> None:
    schema = SchemaGenerator().get_schema(request=None, public=True)
    components = schema["components"]["schemas"]

    listing = schema["paths"]["/api/auth/connections/"]["get"]["responses"]["200"]
    ref = listing["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    item = components[ref]["properties"]["connections"]["items"]["$ref"].rsplit("/", 1)[1]
    assert set(components[item]["properties"]) == {"id", "provider", "uid", "label", "created"}

    delete = schema["paths"]["/api/auth/connections/{id}/"]["delete"]["responses"]
    assert {"204", "404", "409"} <= set(delete)
    assert "last_login_method" in delete["409"]["description"]

    me = schema["paths"]["/api/auth/me/"]["get"]["responses"]["200"]
    user = me["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    assert "display_name" in components[user]["properties"]
    assert "fields" in components["ErrorDetail"]["properties"]
