"""begin and complete are rate limited per client address, with JSON 429 and Retry-After."""

import pytest

from tests.support.api import assert_error, begin, complete

pytestmark = pytest.mark.django_db


@pytest.fixture
def tight(settings) -> None:
    settings.SOCIAL_LOGIN_BEGIN_RATE = "2/min"
    settings.SOCIAL_LOGIN_COMPLETE_RATE = "1/min"


@pytest.mark.usefixtures("tight")
def test_begin_is_throttled(api_client) -> None:
    statuses = [begin(api_client, "nope").status_code for _ in range(2)]
    assert statuses == [404, 404]
    response = begin(api_client, "nope")
    assert_error(response, 429, "rate_limited")
    assert int(response["Retry-After"]) > 0


@pytest.mark.usefixtures("tight")
def test_complete_is_throttled_separately(api_client) -> None:
    assert complete(api_client, "nope", flow="f", code="c").status_code == 404
    assert_error(complete(api_client, "nope", flow="f", code="c"), 429, "rate_limited")
    assert begin(api_client, "nope").status_code == 404


@pytest.mark.usefixtures("tight")
def test_other_addresses_have_their_own_budget(api_client) -> None:
    for _ in range(2):
        begin(api_client, "nope")
    other = api_client.post(
        "/api/auth/social/nope/begin/",
        {"redirect_uri": "x"},
        format="json",
        REMOTE_ADDR="10.0.0.9",
    )
    assert other.status_code == 404


@pytest.mark.usefixtures("tight")
def test_a_forged_forwarded_for_header_does_not_reset_the_budget(api_client) -> None:
    statuses = [
        api_client.post(
            "/api/auth/social/nope/begin/",
            {"redirect_uri": "x"},
            format="json",
            HTTP_X_FORWARDED_FOR=f"203.0.113.{number}",
        ).status_code
        for number in range(3)
    ]
    assert statuses == [404, 404, 429]
