"""The function every engine runs: a chunk of input items -> their JSONL lines.

Local workers, the in-process ``-j 1`` path and Dask workers all call
:func:`run_chunk`, which calls :func:`antq_extract.pipeline.process` once per
article under the time limit. Rules, regexes and models are loaded once per
worker by :func:`warm` (the pool initializer; Dask workers warm on first use,
``lru_cache`` keeps them).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Optional, Union

from ..article import RawArticle
from ..text.decode import MAX_BYTES
from ..errors import Errors
from ..inputs import BadInput
from ..models import ArticleRecord, ErrorInfo
from ..pipeline import error_record, process, to_json
from .html import PageInput, process_page
from .limits import Expired, deadline
from .names import safe_text

FIELDS = ("programs", "dates", "officials", "ranks", "statistics")
DEFAULT_TIMEOUT = 30.0
# Every detector runs once on it: NER, the division lists of places and pint's registry included,
# and the date grammar's range and context patterns (else compiled by each worker's first chunk).
_WARM_TEXT = ("Chiều 24/5/2023, Đại tá Nguyễn Văn An, Giám đốc Công an tỉnh, chủ trì hội nghị.\n\n"
              "Đồng chí Ksor Tuấn, Phó Chủ tịch UBND huyện, tặng 15 suất quà trị giá 30 triệu đồng "
              "theo Kế hoạch số 12/KH-CAT.\n"
              "Thu giữ 1,5 kg pháo tại xã Hợp Thành, huyện Sơn Dương.\n"
              "Từ ngày 10 đến ngày 12/6/2023, trong 3 ngày, đoàn công tác làm việc tại tỉnh.\n")


@dataclass(frozen=True)
class Options:
    """What a worker needs to know: the limits and the output layout."""

    max_bytes: int = MAX_BYTES
    timeout: Optional[float] = DEFAULT_TIMEOUT
    pretty: bool = False


@dataclass(frozen=True)
class Result:
    """One item done: its output text (one JSONL line, or pretty JSON) and a summary row."""

    id: str
    text: str
    row: tuple  # (id, Counter of mentions per field | None, published value | error code)

    @property
    def failed(self) -> bool:
        return self.row[1] is None


def warm() -> None:
    """Load rules, compile regexes and import models once, before the first article."""
    process(RawArticle(id="warm-up", data=_WARM_TEXT))


def run_chunk(items: list, options: Options) -> list[Result]:
    """Every item of a chunk, in order."""
    return [result_of(record_for(item, options), options) for item in items]


def record_for(item: Union[RawArticle, BadInput], options: Options) -> ArticleRecord:
    """The record of one item: processed under the time limit, or the input error."""
    if isinstance(item, BadInput):
        return ArticleRecord(id=item.id, path=item.path,
                             error=ErrorInfo(type="InputError", code=item.code, message=item.message))
    run = process_page if isinstance(item, PageInput) else process  # a page is taken apart here, in time
    try:
        with deadline(options.timeout):
            return run(item, options.max_bytes)
    except Expired:
        return timeout_record(item, options.timeout)


def timeout_record(item: RawArticle, seconds) -> ArticleRecord:
    message = "[E106] " + Errors.E106.format(seconds=seconds)
    return error_record(item, "ArticleTimeout", "E106", message)


def crash_result(item, code: str, message: str, options: Options) -> Result:
    """The result of an item whose worker died (E199) or hung past the hard limit (E106)."""
    if isinstance(item, BadInput):
        return result_of(record_for(item, options), options)
    kind = "ArticleTimeout" if code == "E106" else "WorkerDied"
    return result_of(error_record(item, kind, code, message), options)


def result_of(record: ArticleRecord, options: Options) -> Result:
    try:
        text = to_json(record, options.pretty)
    except ValueError as exc:  # a string that is not UTF-8 got past the readers: still one record
        detail = "the record cannot be written as UTF-8 JSON: " + safe_text(str(exc))
        record = ArticleRecord(id=safe_text(record.id), path=safe_text(record.path or "") or None,
                               error=ErrorInfo(type=type(exc).__name__, code="E199",
                                               message="[E199] " + Errors.E199.format(detail=detail)))
        text = to_json(record, options.pretty)
    return Result(record.id, text, summary_row(record))


def summary_row(record: ArticleRecord) -> tuple:
    """(id, mentions per field, published) for a record; (id, None, code) for an error."""
    if record.error is not None:
        return record.id, None, record.error.code
    counts = Counter({f: len(getattr(record, f)) for f in FIELDS})
    return record.id, counts, record.published.value if record.published else "-"
