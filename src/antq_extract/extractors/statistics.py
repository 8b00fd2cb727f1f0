"""statistics detector (GUIDELINES: see the field statistics). Placeholder until its issue lands."""
from __future__ import annotations


def extract(article, found):
    return []
