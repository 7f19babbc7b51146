import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mutual.settings")
application = get_wsgi_application()

from mutual.places.lookup import warm_up  # noqa: E402  (needs the app registry)

warm_up()
