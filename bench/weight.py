"""Page weight of a first visit: compressed HTML plus the CSS and JavaScript it loads.

    DATABASE_URL=... python -m bench.weight OUT.json

Pages are rendered through the whole stack by django.test.Client; each stylesheet and script
they name is read from the static files and compressed as the server sends it (gzip -9).
"""

import gzip
import json
import re
import sys
from pathlib import Path
from typing import Any

ASSET = re.compile(r'<(?:link[^>]+href|script[^>]+src)="(/static/[^"]+)"')


def run() -> dict[str, Any]:
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.staticfiles import finders
    from django.test import Client

    from mutual.groups.models import Group

    # Served from the app folders, as the server would after collectstatic.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    group = Group.objects.filter(visibility=Group.Visibility.PUBLIC).order_by("pk").first()
    town = group.place.locality if group and group.place else "Chicago"
    pages = ["/", f"/groups/?q=grief&near={town}"] + ([group.get_absolute_url()] if group else [])
    client = Client()
    found: dict[str, Any] = {}
    for path in pages:
        response = client.get(path)
        html = response.content
        total = len(gzip.compress(html, 9))
        for asset in ASSET.findall(html.decode()):
            located = finders.find(asset.removeprefix(settings.STATIC_URL))
            total += len(gzip.compress(Path(located).read_bytes(), 9))
        found[path] = {"status": response.status_code, "compressed_kb": round(total / 1024, 1)}
    return found


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(json.dumps(run(), indent=2))
