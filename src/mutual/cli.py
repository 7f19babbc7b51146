"""The `mutual` command: Django's manage.py, plus `mutual serve`."""

import os
import sys


def serve(argv: list[str]) -> None:
    """Serve Mutual with gunicorn; PORT, HOST and WEB_CONCURRENCY adjust it."""
    from gunicorn.app.wsgiapp import run

    host = os.environ.get("HOST", "127.0.0.1")
    port = os.environ.get("PORT", "8000")
    workers = os.environ.get("WEB_CONCURRENCY", "2")
    sys.argv = [
        "gunicorn",
        "mutual.wsgi:application",
        "--bind", f"{host}:{port}",
        "--workers", workers,
        "--threads", os.environ.get("GUNICORN_THREADS", "4"),
        "--preload",
        "--access-logfile", "-",
        "--forwarded-allow-ips", os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1"),
        *argv,
    ]
    run()


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mutual.settings")
    if len(sys.argv) > 1 and sys.argv[1] == "serve":
        serve(sys.argv[2:])
        return
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
