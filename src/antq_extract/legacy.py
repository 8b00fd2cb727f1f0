"""Legacy Vietnamese 8-bit font encodings (TCVN3/ABC, VNI): detect and convert.

The conversion tables are data: ``rules/encodings/*.tsv``.
"""
from __future__ import annotations

from typing import Optional


def detect_and_convert(data: bytes) -> Optional[tuple[str, str]]:
    """Return (text, encoding name) when ``data`` is TCVN3 or VNI text, else None."""
    return None
