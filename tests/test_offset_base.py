"""What a record's offsets index: the input read as UTF-8, or ``source_text`` when that is not it."""
from __future__ import annotations

import codecs

import pytest

from antq_extract.text import legacy
from antq_extract.article import RawArticle
from antq_extract.models import iter_spans
from antq_extract.pipeline import process

TEXT = "Hội nghị sơ kết\n\nSáng 24/5/2023, Đại tá Nguyễn Văn An, Giám đốc Công an tỉnh, chủ trì hội nghị.\n"


@pytest.mark.parametrize("data, has_source_text", [
    pytest.param(TEXT.encode("utf-8"), False, id="utf-8"),
    pytest.param(TEXT, False, id="jsonl-text"),
    pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), True, id="utf-8-bom"),
    pytest.param(TEXT.replace("\n", "\r\n").encode("utf-8"), True, id="crlf"),
    pytest.param(TEXT.encode("utf-16"), True, id="utf-16"),
    pytest.param(legacy.encode(TEXT, "tcvn3"), True, id="tcvn3"),
    pytest.param(legacy.encode(TEXT, "vni"), True, id="vni"),
    pytest.param(legacy.encode(TEXT, "windows-1258"), True, id="windows-1258"),
    pytest.param(legacy.encode(TEXT, "tcvn3").decode("cp1252"), True, id="jsonl-mojibake"),
])
def test_offsets_index_the_file_as_utf8_or_source_text(data, has_source_text):
    record = process(RawArticle(id="a", data=data))
    assert record.error is None and (record.source_text is not None) is has_source_text
    base = record.source_text if has_source_text else (data if isinstance(data, str) else data.decode("utf-8"))
    spans = list(iter_spans(record))
    assert spans and all(base[m.start:m.end] == m.text for _, m in spans)
    assert [r.rank for r in record.ranks] == ["Đại tá"]
