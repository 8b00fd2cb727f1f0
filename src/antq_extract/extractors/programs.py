"""programs detector (GUIDELINES: see the field programs). Placeholder until its issue lands."""
from __future__ import annotations


def extract(article, found):
    return []
