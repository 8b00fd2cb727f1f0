"""Python ``str`` indices <-> JavaScript (UTF-16) offsets, as Label Studio counts them.

Vietnamese text is in the Basic Multilingual Plane, where both agree; a character
beyond it (an emoji in a caption) counts 2 in JavaScript and 1 in Python.

>>> o = Offsets("a😀b")
>>> o.to_js(2), o.to_py(3)
(3, 2)
"""
from __future__ import annotations

from bisect import bisect_right


class Offsets:
    """Offset conversion for one text; free when the text has no astral character."""

    def __init__(self, text: str):
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def to_js(self, index: int) -> int:
        """The UTF-16 offset of Python index ``index``."""
        return index + bisect_right(self._astral, index - 1) if self._astral else index

    def to_py(self, offset: int) -> int:
        """The Python index of UTF-16 offset ``offset`` (the inverse of :meth:`to_js`)."""
        if not self._astral:
            return offset
        lo, hi = 0, offset
        while lo < hi:  # the smallest index whose JS offset reaches ``offset``
            mid = (lo + hi) // 2
            if self.to_js(mid) < offset:
                lo = mid + 1
            else:
                hi = mid
        return lo
