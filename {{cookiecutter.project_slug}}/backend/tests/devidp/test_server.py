"""The test harness itself: what the other suites (live login, e2e) rely on."""

import time

import requests

from tests.devidp.server import DevIdpServer


def test_server_log_goes_to_a_file_that_grows_with_requests(devidp: DevIdpServer) -> None:
    # An unread pipe would fill up after a few hundred requests and stall the server.
    requests.get(f"{devidp.url}/login/?probe=log-check", timeout=5)
    line = '"GET /login/?probe=log-check HTTP/1.1" 200'
    # runserver writes the log line after it has sent the response: give it a moment.
    deadline = time.monotonic() + 10
    while line not in devidp.log_path.read_text() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert line in devidp.log_path.read_text()


def test_server_uses_its_own_database_and_key(devidp: DevIdpServer) -> None:
    assert devidp.db_path.is_relative_to(devidp.workdir)
    assert devidp.db_path.exists()
    assert (devidp.workdir / "keys" / "signing-key.pem").exists()
