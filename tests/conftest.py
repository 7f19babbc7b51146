"""Standing people for permission tests: every rule is tried from each side."""

import os
from dataclasses import dataclass

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client
from django.utils import translation

from mutual.accounts.models import User
from mutual.concerns.queries import forget_concern_index
from mutual.groups.models import Group, Membership
from tests.factories import GroupFactory, MembershipFactory, UserFactory


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    cache.clear()
    forget_concern_index()  # the tree may have been loaded anew with other ids


@pytest.fixture(autouse=True)
def _default_language() -> None:
    # A request in another language leaves it active in the thread; each test starts in English.
    translation.activate(settings.LANGUAGE_CODE)


@dataclass
class Cast:
    """A group, and one person for each side of it."""

    group: Group
    other_group: Group
    member: User
    facilitator: User
    other_member: User
    staff: User


@pytest.fixture
def cast(db: None) -> Cast:
    group = GroupFactory()
    other_group = GroupFactory()
    member = MembershipFactory(group=group).user
    facilitator = MembershipFactory(group=group, role=Membership.Role.FACILITATOR).user
    other_member = MembershipFactory(group=other_group).user
    staff = UserFactory(is_staff=True)
    return Cast(group, other_group, member, facilitator, other_member, staff)


def client_for(user: User | None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


SIDES = ["anonymous", "member", "facilitator", "other_member", "staff"]


def person(cast: Cast, side: str) -> User | None:
    return None if side == "anonymous" else getattr(cast, side)


def pytest_configure(config: pytest.Config) -> None:
    from django.conf import settings

    # Parallel workers must not share a Redis database: each clears its cache between tests.
    if settings.CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache":
        worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
        base, _, number = settings.CACHES["default"]["LOCATION"].rpartition("/")
        database = (int(number) if number.isdigit() else 0) + int(worker.removeprefix("gw"))
        settings.CACHES = {
            "default": {**settings.CACHES["default"], "LOCATION": f"{base}/{database}"}
        }
    # Sessions stay in the database so that pinned query counts hold on every cache backend.
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.db"
    # Password hashing is made slow on purpose; tests only need it to be correct.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Tests render templates without a collected static manifest.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(scope="session")
def django_db_modify_db_settings(
    django_db_modify_db_settings_parallel_suffix: None, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """On SQLite, each worker's test database is a file rather than Django's default, memory.

    An in-memory database is one connection, which the live server's threads would share with
    the test's: when one thread is inside a query that calls one of Django's SQL functions
    (written in Python) while another binds the parameters of its own, each waits for what
    the other holds, and the run hangs. A file gives every thread its own connection.
    """
    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        path = tmp_path_factory.mktemp("database") / "test.sqlite3"
        database.setdefault("TEST", {})["NAME"] = str(path)
