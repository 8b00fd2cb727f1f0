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
from ...lexicon.phrases import alternation, astral, bmp_class, lexicon, patterns
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


@dataclass(frozen=True)
class _Guards:
    org_before: frozenset     # organisation nouns: a run right after one names an organisation
    admin_before: frozenset   # administrative units ("tỉnh"): a run right after one is a place
    places: frozenset         # folded place names ("ha nam" written "hà nam")
    not_persons: frozenset
    cut: object               # title or organisation word: a run is cut before it
    kinship: object           # a leading honorific or kinship word: cut after it
    cut_words: frozenset      # first words of all of those, to try the regexes only there
    not_person_firsts: frozenset
    unit_names: frozenset     # wards and communes named after historical figures


@lru_cache(maxsize=1)
def _guards() -> _Guards:
    lex = lexicon()
    end = r"(?![\p{L}\p{N}])"
    firsts = [w.split()[0].casefold() for w in lex.heads + lex.deputy + lex.weak_heads +
              lex.deputy_only + lex.organisations + lex.kinship]
    return _Guards(
        frozenset(squash(w) for w in lex.org_nouns),
        frozenset(squash(w).rstrip(".") for w in lex.admin),
        frozenset(squash(p).casefold().replace(" - ", " ") for p in lex.places + lex.name_like_words),
        frozenset(squash(n).casefold() for n in lex.not_persons),
        regex.compile(rf"(?:{alternation(lex.organisations)}){end}"),
        regex.compile(rf"(?:{alternation(lex.kinship)}){end}"),
        frozenset(firsts),
        frozenset(squash(n).split()[0].casefold() for n in lex.not_persons),
        frozenset(squash(p).casefold() for p in lex.unit_names))


def squash(text: str) -> str:
    """Single spaces: ``canonical`` for text that is already normalized (article.text)."""
    return " ".join(text.split())


def singles(text: str, cue_ends) -> list[Piece]:
    """One capitalised word right after a cue ("ông Thanh", "Thượng sĩ Hợp")."""
    out = []
    for e in sorted(cue_ends):
        m = _ONE.match(text, e)
        if m and not _guards().kinship.fullmatch(m.group(1)):
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
    g = _guards()
    segs, cur, skip_to = [], [], -1
    for a, b in sylls:
        if a < skip_to:
            continue
        m = None
        if text[a:b].casefold() in g.cut_words:
            m = patterns()["head"].match(text, a) or g.cut.match(text, a) or (not cur and g.kinship.match(text, a))
            if m and len(cur) >= 2 and (a, b) == sylls[-1] and m.end() <= b:
                m = None    # a one-word organisation noun ending the run is a given name ("Đào Quang Trường,")
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
    g = _guards()
    before = _words_before(text, seg[0][0])
    unit = not g.admin_before.isdisjoint(before[:2])   # "tỉnh", "thành phố" (not "phố")
    if not unit and (not g.org_before.isdisjoint(before) or _org_name_before(text, seg[0][0])) \
            or _not_person(text, seg[0][0]):
        return None
    i = _place_len(text, seg, g.places | g.unit_names if unit else g.places)
    if unit and (len(seg) <= 2 or i):
        seg = seg[max(i, 2):] if len(seg) > 2 else []
    else:
        seg = seg[i:]
    piece = _classify(text, seg)
    return piece if piece is None or piece.kind == "name" or near or piece.kind == "unknown" and \
        _title_after(text, piece.end) else None


_CLAUSE_MARK = regex.compile(r"[,;:.!?()\[\]\n\"]")
_ORG_REACH = 60          # characters looked back for an organisation noun
_ORG_WORDS = 6           # at most this many words between it and the run


def _org_name_before(text: str, start: int) -> bool:
    """An organisation noun a few words back in the clause, with only lower-case words or
    capital abbreviations between ("Công ty TNHH và dịch vụ |Hoàng Gia Việt Nam"): the run ends
    the organisation's name, it names no person. A stop word between ("Công ty cho biết ông
    ...") or a capitalised word ends the name."""
    window = text[max(0, start - _ORG_REACH):start]
    cut = [m.end() for m in _CLAUSE_MARK.finditer(window)]
    words = window[cut[-1] if cut else 0:].split()
    g, stops = _guards(), _stop_words()
    for n in (1, 2, 3):
        for j in range(len(words) - n, max(-1, len(words) - n - _ORG_WORDS - 1), -1):
            if " ".join(words[j:j + n]) in g.org_before:
                rest = words[j + n:]
                if all((w.islower() or w.isupper()) and w.casefold() not in stops for w in rest):
                    return True
    return False


@lru_cache(maxsize=1)
def _stop_words() -> frozenset:
    """The one-word stops of rules/positions.yaml: verbs and function words that end a name."""
    return frozenset(w.casefold() for w in lexicon().stops if " " not in w)


def _not_person(text: str, start: int) -> bool:
    """Does a name-like organisation or place ("Đoàn Thanh niên", "Hồ Chí Minh") start here?"""
    first = _SYLLABLE.match(text, start)
    if not first or first.group().casefold() not in _guards().not_person_firsts:
        return False
    head = squash(text[start:start + 40]).casefold()
    return any(head.startswith(n) and not head[len(n):len(n) + 1].isalpha() for n in _guards().not_persons)


def _words_before(text: str, start: int) -> list[str]:
    """The last one, two and three words before ``start`` ("THPT", "Trường THPT", ...)."""
    if text[start - 1:start] not in (" ", "."):
        return []
    words = text[max(0, start - 30):start].replace(".", " ").split()
    return [" ".join(words[-n:]) for n in (1, 2, 3) if len(words) >= n]


def _has_surname(text: str, seg: list) -> bool:
    return any(_word(text, s) in surnames() or _prefix(text, s) for s in seg)


def _classify(text: str, seg: list):
    if len(seg) == 1:
        return Piece(seg[0][0], seg[0][1], "single")
    for j, s in enumerate(seg):
        if (_word(text, s) in surnames() or _prefix(text, s)) and 2 <= len(seg) - j <= 5:
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


def _word(text: str, syl: tuple) -> str:
    return text[syl[0]:syl[1]].casefold()


def _place_len(text: str, seg: list, places: frozenset) -> int:
    """How many leading syllables of ``seg`` name a place of ``places`` (0 if none)."""
    words = [_word(text, s) for s in seg[:4]]
    for n in (4, 3, 2):
        if len(words) >= n and " ".join(words[:n]) in places:
            return n
    return 0
