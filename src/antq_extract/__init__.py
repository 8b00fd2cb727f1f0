"""antq-extract: Vietnamese police and public-security news articles -> validated JSON.

>>> from antq_extract import process_text
>>> record = process_text("Đồng chí Đại tá Trần Văn An, Giám đốc Công an tỉnh phát biểu.", id="x")
>>> [r.rank for r in record.ranks]
['Đại tá']
"""
from .models import (ArticleRecord, DateMention, ErrorInfo, Official, Program,  # noqa: F401
                     RankMention, Span, Statistic, json_schema)
from .pipeline import process, process_text  # noqa: F401

__all__ = ["process", "process_text", "ArticleRecord", "DateMention", "ErrorInfo", "Official",
           "Program", "RankMention", "Span", "Statistic", "json_schema"]
__version__ = "0.1.0"
