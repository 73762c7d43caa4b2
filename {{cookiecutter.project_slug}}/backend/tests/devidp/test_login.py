import requests

from tests.devidp import browser as b
from tests.devidp.server import DevIdpServer


def test_login_page_is_our_own_and_lists_the_dev_accounts(devidp: DevIdpServer) -> None:
    page = requests.get(f"{devidp.url}/login/", timeout=5)
    assert page.status_code == 200
    assert "<h1>Sign in</h1>" in page.text
    assert "Django administration" not in page.text
    for text in ("alice", "alice-password", "bob", "bob-password", "alice@example.com"):
        assert f">{text}<" in page.text
    assert "<style>" in page.text  # inline CSS, no static files to serve


def test_wrong_password_shows_an_error_and_signs_nobody_in(
    devidp: DevIdpServer, browser: requests.Session
) -> None:
    page = browser.get(f"{devidp.url}/login/")
    answer = b.sign_in(browser, page, "alice", "not-her-password")
    assert answer.status_code == 200
    assert "Wrong username or password." in answer.text
    assert "devidp_sessionid" not in browser.cookies


def test_login_uses_the_providers_own_cookie_names(
    devidp: DevIdpServer, browser: requests.Session
) -> None:
    page = browser.get(f"{devidp.url}/login/")
    assert set(browser.cookies.keys()) == {"devidp_csrftoken"}
    answer = b.sign_in(browser, page, "bob", "bob-password")
    assert answer.status_code == 302
    # The API on another port of 127.0.0.1 uses sessionid/csrftoken: never overwrite them.
    assert set(browser.cookies.keys()) == {"devidp_csrftoken", "devidp_sessionid"}
    home = browser.get(f"{devidp.url}/")
    assert "Signed in as <strong>Bob Builder</strong>" in home.text


def test_login_returns_to_the_authorization_request(
    devidp: DevIdpServer, browser: requests.Session
) -> None:
    _, challenge = b.pkce_pair()
    url = b.authorization_url(devidp.url, challenge, state="s-123")
    page = browser.get(url)
    assert page.url.startswith(f"{devidp.url}/login/?next=/o/authorize/")
    answer = b.sign_in(browser, page, "alice", "alice-password")
    assert answer.status_code == 302
    assert answer.headers["Location"].startswith("/o/authorize/?")
    assert "state=s-123" in answer.headers["Location"]
