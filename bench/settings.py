"""Mutual's settings plus a bare view to compare the directory's throughput against."""

import warnings

from mutual.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
# The API serves no static files; whitenoise need not say that none were collected.
warnings.filterwarnings("ignore", message="No directory at", category=UserWarning)
