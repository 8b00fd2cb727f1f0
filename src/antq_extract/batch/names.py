"""Ids and names taken from paths and JSONL strings, made safe to write.

A record's id must serialize as UTF-8 JSON and, when it comes from a path, be
safe as a file name. So:

* a **file id** is its path relative to the input root (the folder walked, or
  the fixed part of a glob), without the file's suffix, its folders joined by
  ``__``: ``site-a/tin-tuc/index.html`` under ``crawl/`` is
  ``site-a__tin-tuc__index``. A file directly in the root, or named on the
  command line, keeps its stem. Bytes of a name that are not UTF-8, and control
  characters, are written ``%XX`` (``\\xff.txt`` -> ``%FF``). The same path
  gives the same id on every run.
* a **JSONL string** (``id``, ``title``, ``url``) with a lone surrogate escape
  (``"b\\ud800"``, not a character) keeps it as the six characters ``\\ud800``.
* a **shown path** (the ``path`` field, messages) is the path with bytes that
  are not UTF-8 written ``\\xff``.

>>> path_id(Path("crawl/site-a/tin-tuc/index.html"), Path("crawl"))
'site-a__tin-tuc__index'
>>> path_id(Path("d/\\udcff.txt"), Path("d")), safe_text("b\\ud800")
('%FF', 'b\\\\ud800')
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Optional

SEPARATOR = "__"
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x1f\x7f]")


def path_id(path: Path, root: Optional[Path] = None) -> str:
    """The id of an article file: its path under ``root`` without the suffix (module doc)."""
    parts = path.relative_to(root).parts if root is not None else (path.name,)
    if not parts:  # the root itself (a file named on the command line)
        parts = (path.name,)
    *folders, name = parts
    return SEPARATOR.join(_name_part(p) for p in (*folders, Path(name).stem))


def _name_part(part: str) -> str:
    raw = os.fsencode(part)
    text = raw.decode("utf-8", "surrogateescape")
    text = _SURROGATE.sub(lambda m: f"%{ord(m.group()) - 0xDC00:02X}", text)
    return _CONTROL.sub(lambda m: f"%{ord(m.group()):02X}", text)


def safe_text(text: str) -> str:
    """``text`` with every lone surrogate written as its escape ``\\udXXX``."""
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def shown(path) -> str:
    """A path as text that serializes: bytes that are not UTF-8 written ``\\xNN``."""
    return os.fsencode(str(path)).decode("utf-8", "backslashreplace")
