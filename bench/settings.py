"""Mutual's settings plus a bare view to compare the directory's throughput against."""

from mutual.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
