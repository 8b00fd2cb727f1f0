"""Loads rule data from ``rules/`` once, strictly (after spaCy's validated patterns).

Every rule file is YAML (``yaml.safe_load``: no code execution) or TSV, starts
with a header saying what it is and where its list comes from, and is read
through a :class:`RuleFile` model (``extra="forbid"``) with :func:`load_rules`, cached by
(rules folder, file, model), so modules call it directly instead of keeping their own cache. A
bad file raises one :class:`RuleFileError` naming the file, the rule id and the
field. Regexes are compiled at load time by the modules that own them.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Optional, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from ..config import settings
from ..errors import RuleFileError

T = TypeVar("T", bound=BaseModel)


def rules_dir() -> Path:
    """Where rule files live: $ANTQ_RULES, else the repository's rules/, else the copy in the wheel."""
    return settings().rules or _default_dir()


@lru_cache(maxsize=1)
def _default_dir() -> Path:
    """The repository's rules/, else the copy in the wheel (found once)."""
    here = Path(__file__).resolve()
    for candidate in (here.parents[3] / "rules", here.parents[1] / "rules_data"):
        if candidate.is_dir():
            return candidate
    raise RuleFileError("E001", path="rules/", detail="rules directory not found")


class Example(BaseModel):
    """One example a rule must handle: the text and what it must give."""

    model_config = ConfigDict(extra="forbid")
    text: str
    expect: Optional[dict[str, Any]] = None  # attributes of one mention of the field
    absent: bool = False                     # True: no mention of the field at all
    published: Optional[str] = None          # publication date to process with


class About(BaseModel):
    model_config = ConfigDict(extra="forbid")
    what: str
    source: str
    field: Optional[str] = None  # the record field whose examples these are


class RuleFile(BaseModel):
    """The base of every rule file's model: extra keys forbidden, the ``about`` header."""

    model_config = ConfigDict(extra="forbid")
    about: About


def load_yaml(name: str) -> Any:
    """Parse rules/<name> with the safe loader; cached per rules folder, so each file is read once."""
    return _parsed(rules_dir(), name)


@lru_cache(maxsize=None)
def _parsed(folder: Path, name: str) -> Any:
    path = folder / name
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))   # libyaml when built
    except (OSError, yaml.YAMLError) as exc:
        raise RuleFileError("E001", path=name, detail=str(exc)) from exc
    if not isinstance(data, dict) or "about" not in data:
        raise RuleFileError("E001", path=name, detail="a rule file must be a map with an 'about' header")
    return data


def load_rules(name: str, model: type[T]) -> T:
    """rules/<name> validated by ``model`` (a :class:`RuleFile`); cached by (rules folder, name, model),
    so a switch of $ANTQ_RULES (after ``settings.cache_clear()``) reads the new folder."""
    return _validated(rules_dir(), name, model)


@lru_cache(maxsize=None)
def _validated(folder: Path, name: str, model: type[T]) -> T:
    data = _parsed(folder, name)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = err["loc"]
        rule_id = _rule_id(data, loc)
        field = ".".join(str(p) for p in loc)
        detail = f"field {field}: {err['msg']}"
        if rule_id:
            raise RuleFileError("E002", path=name, rule_id=rule_id, detail=detail) from exc
        raise RuleFileError("E001", path=name, detail=detail) from exc


def _rule_id(data: Any, loc: tuple) -> Optional[str]:
    """The ``id`` of the rule a validation error points into, when there is one."""
    node = data
    found = None
    for part in loc:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict) and "id" in node:
            found = str(node["id"])
    return found


def load_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a TSV rule file; lines starting with '#' are the header/comments (cached per folder)."""
    return _rows(rules_dir(), name)


@lru_cache(maxsize=None)
def _rows(folder: Path, name: str) -> tuple[tuple[str, ...], ...]:
    path = folder / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise RuleFileError("E001", path=name, detail=str(exc)) from exc
    if not lines or not lines[0].startswith("#"):
        raise RuleFileError("E001", path=name, detail="a TSV rule file starts with a '#' header")
    return tuple(tuple(line.split("\t")) for line in lines if line.strip() and not line.startswith("#"))


def all_rule_files() -> list[str]:
    """Names of every YAML rule file, relative to rules/ (for the examples test)."""
    root = rules_dir()
    return sorted(str(p.relative_to(root)) for p in root.rglob("*.yaml"))
