import contextvars
import pytest
from django.db import connections

@pytest.fixture(scope="session")
def before(django_db_setup):
    c = connections["default"]
    print("before", id(c), hasattr(c, "_test_serialized_contents"), id(contextvars.copy_context().get(connections._connections._data, None) if False else 0))
    return c

@pytest.mark.parametrize("n", [1, 2])
def test_debug(before, browser, live_server, n):
    c = connections["default"]
    import greenlet
    print(n, id(c), c is before, hasattr(c, "_test_serialized_contents"), greenlet.getcurrent())
