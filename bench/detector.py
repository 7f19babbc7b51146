"""The crisis detector on its own, time per post: the labelled sentences joined four at a
time into posts of ordinary length, each assessed 20 times, and a post as long as a post may
be, of the sentences without crisis language. It reads no database.

    DJANGO_SETTINGS_MODULE=bench.settings python -m bench.detector OUT.json
"""

import json
import sys
import time
from pathlib import Path
from typing import Any

from bench.search import summarize

ROUNDS = 20


def _timed(text: str) -> float:
    from mutual.moderation.detector import assess

    started = time.perf_counter()
    assess(text)
    return (time.perf_counter() - started) * 1000


def run() -> dict[str, Any]:
    import django

    django.setup()
    from mutual.discussions.actions import MAX_POST_LENGTH
    from mutual.moderation.detector import read_sentences

    rows = read_sentences()
    posts = [" ".join(row["text"] for row in rows[start:start + 4])
             for start in range(0, len(rows), 4)]
    long_post = " ".join(row["text"] for row in rows if not row["label"])[:MAX_POST_LENGTH]
    for post in posts:  # warm up: the rules compile on first use
        _timed(post)
    ordinary = [_timed(post) for _round in range(ROUNDS) for post in posts]
    long = [_timed(long_post) for _round in range(ROUNDS)]
    return {
        "posts": len(posts),
        "post_characters_mean": round(sum(map(len, posts)) / len(posts)),
        "ordinary": summarize(ordinary),
        "long_post_characters": len(long_post),
        "long": summarize(long),
    }


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(json.dumps(run(), indent=2))
