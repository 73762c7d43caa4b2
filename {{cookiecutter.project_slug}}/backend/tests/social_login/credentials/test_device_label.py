import pytest

from social_login.credentials.sign_ins import device_label

FIREFOX_UBUNTU = "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0"
SAFARI_IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1"
)


@pytest.mark.parametrize(
    ("user_agent", "label"),
    [
        (FIREFOX_UBUNTU, "Firefox on Ubuntu"),
        (SAFARI_IPHONE, "Mobile Safari on iOS"),
        ("curl/8.5.0", "curl"),
        ("", "Unknown device"),
        ("???", "Unknown device"),
    ],
)
def test_device_label(user_agent: str, label: str) -> None:
    assert device_label(user_agent) == label
