"""Names: runs of capitalised syllables, cut into personal-name candidates.

A run is a stretch of capitalised syllables ("Nguyễn Văn Bình", "K' Thanh"). It is cut
before head titles, organisation words and honorifics ("Nguyễn Ngọc Thân Phó Chủ tịch" gives
"Nguyễn Ngọc Thân"), and each piece is read as:

* ``name``: 2-5 syllables from a surname of ``rules/surnames.tsv`` (or an apostrophe prefix,
  "K' Thanh") to the end of the piece, after a leading place name ("tỉnh Quảng Trị Nguyễn Văn
  Bình");
* ``unknown``: 2-5 syllables without a known surname ("Ni Na Vông"): left to NER;
* ``single``: one syllable, a given name when a cue stands before it ("ông Thanh");
* nothing: an organisation or place name ("Trường THPT Lê Quý Đôn", "tỉnh Hà Nam").

Runs of one word ("ông Thanh") and runs without a surname are read only right after a cue.
Lower-case names ("đồng chí nguyễn xuân thanh") are read only right after a cue.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from ...text.normalize import canonical
from ...lexicon import load_tsv
from ...lexicon.phrases import astral, bmp_class, lexicon, patterns
from .name_guards import guards, not_person, org_name_before, place_len, word, words_before
from .positions import title_follows
from .slips import is_surname_slip

_SYL = r"(?:\p{Lu}'(?:\p{Lu}\p{Ll}*)?|Y-\p{Lu}\p{Ll}*|\p{Lu}\p{Ll}*)(?![\p{L}\p{N}])"   # "Y-Hơ": Ê Đê prefix
_RUN = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){_SYL}(?:[ ]{{1,2}}{_SYL})+")
_ONE = regex.compile(rf"[ ]{{1,2}}({_SYL})(?![ ]{{1,2}}\p{{Lu}})")
_SYLLABLE = regex.compile(_SYL)


@lru_cache(maxsize=1)
def _bmp_run():
    """``_RUN`` for a text without astral characters, as a stdlib ``re`` pattern that starts
    with its first capital (a fast scan): the look-behind moves after it."""
    lu, ll, ln = bmp_class(r"\p{Lu}"), bmp_class(r"\p{Ll}"), bmp_class(r"[\p{L}\p{N}]")
    syl = rf"(?:{lu}'(?:{lu}{ll}*)?|Y-{lu}{ll}*|{lu}{ll}*)(?!{ln})"
    return re.compile(rf"{lu}(?<!{ln}.)(?:'(?:{lu}{ll}*)?|(?<=Y)-{lu}{ll}*|{ll}*)(?!{ln})(?:[ ]{{1,2}}{syl})+")


def _runs(text: str):
    """The matches of ``_RUN`` in ``text``."""
    return (_RUN if astral(text) else _bmp_run()).finditer(text)


@dataclass
class Piece:
    """A cut of a capitalised run: kind is "name", "unknown" or "single"."""

    start: int
    end: int
    kind: str
    lower: bool = False


@lru_cache(maxsize=1)
def surnames() -> frozenset:
    """Case-folded surnames and their variants."""
    out = set()
    for row in load_tsv("surnames.tsv"):
        if row[0] == "surname":
            continue
        for form in [row[0], *(row[1].split("|") if len(row) > 1 and row[1] else [])]:
            out.add(canonical(form).casefold())
            out.add(canonical(form).split()[0].casefold())   # "Rơ Mah": "Rơ" opens the name
    return frozenset(out)


def singles(text: str, cue_ends) -> list[Piece]:
    """One capitalised word right after a cue ("ông Thanh", "Thượng sĩ Hợp")."""
    out = []
    for e in sorted(cue_ends):
        m = _ONE.match(text, e)
        if m and not guards().kinship.fullmatch(m.group(1)):
            out.append(Piece(m.start(1), m.end(1), "single"))
    return out


def pieces(text: str, near) -> list[Piece]:
    """Every cut of every run of two or more capitalised words of ``text``. Runs without a
    surname are kept only right after a cue (``near(start)`` is true) or before a title."""
    out, sur = [], surnames()
    for run in _runs(text):
        a, b = run.span()
        written = run.group()   # an apostrophe stands only after a syllable's capital ("K'Thanh")
        if sur.isdisjoint(map(str.casefold, written.split())) and "'" not in written and "Y-" not in written and \
                not near(a) and \
                not _title_after(text, b):
            continue  # most runs: no surname, no cue before, no title after
        sylls = [(m.start(), m.end()) for m in _SYLLABLE.finditer(text, a, b)]
        for seg in _segments(text, sylls):
            piece = _read(text, seg, near)
            if piece is not None:
                out.append(piece)
    return out


def _segments(text: str, sylls: list) -> list:
    """Split a run before titles and organisation words, and after a leading honorific or
    kinship word ("Ông", "Chị"), dropping them."""
    g = guards()
    segs, cur, skip_to = [], [], -1
    for a, b in sylls:
        if a < skip_to:
            continue
        m = None
        if text[a:b].casefold() in g.cut_words:
            m = patterns()["head"].match(text, a) or g.cut.match(text, a) or (not cur and g.kinship.match(text, a))
            if m and len(cur) >= 2 and (a, b) == sylls[-1] and m.end() <= b:
                m = None    # a one-word organisation noun ending the run is a given name ("Đào Quang Trường,")
            elif m and len(cur) == 1 and (a, b) != sylls[-1] and text[a:b] in lexicon().middle_name_orgs \
                    and word(text, cur[0]) in surnames():
                m = None    # right after the surname, before the given name: a middle name ("Nguyễn Trường Lâm")
        if m:
            segs.append(cur)
            cur, skip_to = [], m.end()
            continue
        cur.append((a, b))
    segs.append(cur)
    return [s for s in segs if s]


def _read(text: str, seg: list, near_cue):
    """Read one segment as a name, an unknown run, a single syllable, or nothing."""
    near = near_cue(seg[0][0])
    if not (near or _has_surname(text, seg) or len(seg) > 1 and _title_after(text, seg[-1][1])):
        return None
    g = guards()
    before = words_before(text, seg[0][0])
    unit = not g.admin_before.isdisjoint(before[:2])   # "tỉnh", "thành phố" (not "phố")
    if not unit and (not g.org_before.isdisjoint(before) or org_name_before(text, seg[0][0])) \
            or not_person(text, seg[0]):
        return None
    i = place_len(text, seg, g.places | g.unit_names if unit else g.places)
    if unit and (len(seg) <= 2 or i):
        seg = seg[max(i, 2):] if len(seg) > 2 else []
    else:
        seg = seg[i:]
    piece = _classify(text, seg)
    return piece if piece is None or piece.kind == "name" or near or piece.kind == "unknown" and \
        _title_after(text, piece.end) else None


def _has_surname(text: str, seg: list) -> bool:
    return any(word(text, s) in surnames() or _prefix(text, s) for s in seg)


def _classify(text: str, seg: list):
    if len(seg) == 1:
        return Piece(seg[0][0], seg[0][1], "single")
    for j, s in enumerate(seg):
        if (word(text, s) in surnames() or _prefix(text, s)) and 2 <= len(seg) - j <= 5:
            return Piece(s[0], seg[-1][1], "name")
    if not 2 <= len(seg) <= 5:
        return None
    return Piece(seg[0][0], seg[-1][1], "name" if len(seg) >= 3 and is_surname_slip(text[seg[0][0]:seg[0][1]]) else "unknown")


def _prefix(text: str, syl: tuple) -> bool:
    """An apostrophe name prefix ("K' Thanh", "H'Hen"): Mnông, K'Ho, Ê Đê personal names, or the
    Ê Đê prefix written with a hyphen ("Y-Hơ")."""
    return text[syl[0] + 1:syl[0] + 2] in ("'", "-")


def after(text: str, start: int, cue_ends: set) -> bool:
    """Does an element of ``cue_ends`` end right before ``start`` (spaces or a comma between)?"""
    q = start
    while q > 0 and start - q < 3 and text[q - 1] in " ,":
        q -= 1
    return q in cue_ends


def _title_after(text: str, end: int) -> bool:
    return title_follows(text, end)



