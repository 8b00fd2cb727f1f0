"""published detector (GUIDELINES: see the field published). Placeholder until its issue lands."""
from __future__ import annotations


def extract(article, found):
    return None
