"""The run-time settings, read from the environment once and validated (one place, not in modules).

======================  ===========================================================  =========
variable                what it sets                                                 default
======================  ===========================================================  =========
``ANTQ_RULES``          a folder of rule files to use instead of the project's rules/  (none)
``ANTQ_NER``            underthesea's NER as a second opinion on names: 1/on/true/yes  on
                        or 0/off/false/no
======================  ===========================================================  =========

A value that is not one of those raises :class:`pydantic.ValidationError` naming the variable,
at the first call, instead of being silently taken for the default. Tests that change a variable
call ``settings.cache_clear()``.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

_OFF = ("0", "off", "false", "no")
_ON = ("1", "on", "true", "yes")


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    rules: Optional[Path] = Field(None, alias="ANTQ_RULES")
    ner: bool = Field(True, alias="ANTQ_NER")

    @field_validator("ner", mode="before")
    @classmethod
    def _switch(cls, value):
        if isinstance(value, str):
            word = value.strip().lower()
            if word not in _ON + _OFF:
                raise ValueError(f"ANTQ_NER must be one of {', '.join(_ON + _OFF)}, not {value!r}")
            return word in _ON
        return value

    @field_validator("rules", mode="before")
    @classmethod
    def _blank_is_none(cls, value):
        return value or None


@lru_cache(maxsize=1)
def settings() -> Settings:
    """The settings of this process (environment read at the first call)."""
    names = Settings.model_fields
    env = {f.alias: os.environ[f.alias] for f in names.values() if f.alias in os.environ}
    return Settings.model_validate(env)
