import pytest


@pytest.mark.django_db
def test_health_reports_ok(client) -> None:
    response = client.get("/api/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
