"""Settings come from the environment; each case runs in a fresh process."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PRODUCTION = {
    "DEBUG": "0",
    "HTTPS": "1",
    "SECRET_KEY": "x" * 30 + "a-long-random-production-secret-key-0123456789",
    "ALLOWED_HOSTS": "mutual.example.org",
}


def run_mutual(args: list[str], env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL",
                                                              "DEBUG", "HTTPS", "SECRET_KEY"}}
    return subprocess.run(
        [sys.executable, "-m", "mutual.cli", *args],
        env={**clean, "MUTUAL_VAR_DIR": str(tmp_path), **env},
        capture_output=True, text=True, timeout=120, check=False,
    )


def settings_in(env: dict[str, str], tmp_path: Path) -> dict:
    code = (
        "import json; from django.conf import settings as s; print(json.dumps({"
        "'engine': s.DATABASES['default']['ENGINE'], 'name': str(s.DATABASES['default']['NAME']),"
        "'cache': s.CACHES['default']['BACKEND'], 'email': s.EMAIL_BACKEND, 'debug': s.DEBUG,"
        "'hosts': s.ALLOWED_HOSTS, 'ssl': s.SECURE_SSL_REDIRECT, 'tasks':"
        " s.TASKS['default']['BACKEND'], 'key': s.SECRET_KEY}))"
    )
    result = run_mutual(["shell", "-c", code], env, tmp_path)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_with_nothing_set_it_runs_embedded(tmp_path: Path) -> None:
    found = settings_in({}, tmp_path)
    assert found["engine"] == "django.db.backends.sqlite3"
    assert found["name"] == str(tmp_path / "mutual.sqlite3")
    assert found["cache"].endswith("LocMemCache")
    assert found["email"].endswith("console.EmailBackend")
    assert found["tasks"].endswith("ImmediateBackend")
    assert found["debug"] is False
    # A secret key is made once and kept.
    assert len(found["key"]) >= 50
    assert settings_in({}, tmp_path)["key"] == found["key"]


def test_services_are_chosen_by_environment_variables(tmp_path: Path) -> None:
    found = settings_in(
        {
            "DATABASE_URL": "postgres://mutual@db.internal:5432/mutual",
            "REDIS_URL": "redis://cache.internal:6379/0",
            "EMAIL_HOST": "smtp.example.org",
            "TASKS_BACKEND": "database",
            "ALLOWED_HOSTS": "a.example.org, b.example.org",
            "SECRET_KEY": "from-the-environment",
        },
        tmp_path,
    )
    assert found["engine"] == "django.db.backends.postgresql"
    assert found["cache"] == "django_redis.cache.RedisCache"
    assert found["email"].endswith("smtp.EmailBackend")
    assert found["tasks"] == "django_tasks_db.DatabaseBackend"
    assert found["hosts"] == ["a.example.org", "b.example.org"]
    assert found["key"] == "from-the-environment"


def test_production_settings_pass_the_deployment_checks(tmp_path: Path) -> None:
    result = run_mutual(["check", "--deploy", "--fail-level", "WARNING"], PRODUCTION, tmp_path)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "System check identified no issues" in result.stdout


def test_the_deployment_checks_catch_a_missing_https(tmp_path: Path) -> None:
    result = run_mutual(
        ["check", "--deploy", "--fail-level", "WARNING"], {**PRODUCTION, "HTTPS": "0"}, tmp_path
    )
    assert result.returncode != 0
    assert "SECURE_SSL_REDIRECT" in result.stderr + result.stdout


@pytest.mark.parametrize("command", ["migrate", "seed", "token", "serve", "check"])
def test_the_mutual_command_knows_its_subcommands(command: str, tmp_path: Path) -> None:
    result = run_mutual([command, "--help"], {}, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "usage" in result.stdout.lower()
