"""Is a place name part of another proper name? A person's or an organisation's ("VTV Phú Yên",
"Nguyễn Hà Nam", "Bệnh viện Ung bướu Hà Nội"; docs/annotation.md, Places: not annotated)."""
from __future__ import annotations

import regex

from ...text.normalize import fold
from . import rules as R

_SPACE = regex.compile(r"\s")


_OPENERS = ".!?:;\n([\"-"


def in_proper_name(text: str, start: int) -> bool:
    """A capitalized word right before ``start`` that does not open a sentence, a line or a
    bracket: the name is part of a longer proper name ("VTV Phú Yên", "Nguyễn Hà Nam")."""
    head = text[max(0, start - 40):start]
    if not head.endswith(" "):
        return False
    prev = _SPACE.split(head[:-1])[-1]
    if not prev[:1].isupper() or not prev[-1].isalnum():   # "Long Biên, Hà Nội": a list
        return False
    if prev.isupper() and R.authority_pattern().search(head):
        return False   # "UBND TPHCM", "HĐND Hà Nội": the organ's short form, not a longer name
        # (a name in title case stays one: "Báo Công An Đà Nẵng")
    before = head[:len(head) - 1 - len(prev)].rstrip(" ")
    if _after_direction(head):
        return False   # "biên giới phía Bắc Lạng Sơn": a direction, not a longer name
    return not (before == "" or before[-1] in _OPENERS)


def _after_direction(head: str) -> bool:
    """Does ``head`` end with "phía" and a compass direction ("phía Bắc ", "phía Tây Nam ")?"""
    words = head.split()
    return any(len(words) > n and words[-n - 1].casefold() == "phía" and " ".join(words[-n:]) in R.directions()
               for n in (1, 2))


_NAME_WORDS = 8             # an organisation's name before a place: at most this many words
_JOINED = regex.compile(r"(?<=\p{Lu}\p{Ll}*)[ ]?[-–][ ]?$")   # "Bắc Giang - |Lạng Sơn": a place right after a dash
_CLAUSE = regex.compile(r"[,;:.!?()\[\]\n\"“”]|[ ][-–][ ]")   # " - " before an address


def in_organisation(text: str, start: int) -> bool:
    """The place ends the name of an organisation that is not an organ of the unit ("Bệnh
    viện Ung bướu Hà Nội", "Công ty cổ phần Xây dựng tổng hợp Tuyên Quang"): a head of
    ``organisations`` within a few words before it in the same clause (a one-word head written
    with its capital: "Trường", not "hội trường"), no break word and no authority before the
    place ("Công an tỉnh"), and nothing or a capitalized word between the head and the place."""
    head = text[max(0, start - 80):start]
    if R.authority_pattern().search(head):
        return False            # "Hội trường Công an tỉnh Phú Yên": an organ of the unit
    joined = _JOINED.search(head)
    if joined:                  # the second of two places a name joins ("cao tốc Bắc Giang - Lạng Sơn")
        return in_organisation(text, start - len(head) + joined.start())
    cut = _CLAUSE.search(head[::-1])
    words = (head[len(head) - cut.start():] if cut else head).split()[-_NAME_WORDS:]
    heads, breaks, longest = R.organisation_words()
    folded = [fold(w) for w in words]
    for i in range(len(words) - 1, -1, -1):
        if folded[i] in breaks or " ".join(folded[i:i + 2]) in breaks:
            return False
        for n in range(1, longest + 1):
            if " ".join(folded[i:i + n]) in heads and (n > 1 or words[i][:1].isupper()):
                between = words[i + n:]
                return not between or any(w[:1].isupper() for w in between)
    return False
