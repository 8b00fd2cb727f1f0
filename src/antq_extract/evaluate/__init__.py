"""Evaluation: compare predicted records with gold (``antq-extract diff``).

``match`` pairs gold and predicted mentions by the keys of the guidelines,
``diff`` scores them (P/R/F1, attribute accuracies, wrong numbers),
``formats`` prints the terminal table and the JSON, ``report`` writes the
HTML page (``highlight`` marks the mentions in its texts), ``load`` reads
records and article texts, ``command`` is the CLI.

>>> from antq_extract.evaluate import compare, load_records
"""
from .diff import DiffResult, compare  # noqa: F401
from .scores import Counts  # noqa: F401
from .load import SourceTexts, load_records  # noqa: F401

__all__ = ["Counts", "DiffResult", "SourceTexts", "compare", "load_records"]
