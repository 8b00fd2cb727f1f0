"""The run-time settings (config.py): read from the environment once, validated."""
from __future__ import annotations

import pytest
from pydantic import ValidationError

from antq_extract.config import settings


@pytest.mark.parametrize("value,on", [
    pytest.param(None, True, id="default-on"),
    pytest.param("0", False, id="zero"), pytest.param("off", False, id="off"),
    pytest.param(" False ", False, id="false-spaced"), pytest.param("no", False, id="no"),
    pytest.param("1", True, id="one"), pytest.param("YES", True, id="yes"),
])
def test_ner_switch(value, on, monkeypatch):
    if value is None:
        monkeypatch.delenv("ANTQ_NER", raising=False)
    else:
        monkeypatch.setenv("ANTQ_NER", value)
    assert settings().ner is on


def test_a_wrong_switch_is_refused_by_name(monkeypatch):
    monkeypatch.setenv("ANTQ_NER", "maybe")
    with pytest.raises(ValidationError, match="ANTQ_NER"):
        settings()


def test_rules_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("ANTQ_RULES", str(tmp_path))
    assert settings().rules == tmp_path
    monkeypatch.setenv("ANTQ_RULES", "")
    settings.cache_clear()
    assert settings().rules is None
