"""The browser tests' server answers on connections of its own, never on the test's."""

from pytest_django.live_server_helper import LiveServer


def test_the_live_server_does_not_share_the_tests_database_connection(
    live_server: LiveServer,
) -> None:
    # A shared SQLite connection deadlocks when two threads use it at once (tests/conftest.py).
    assert live_server.thread.connections_override == {}
