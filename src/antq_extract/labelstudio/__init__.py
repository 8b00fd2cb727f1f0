"""Label Studio round trip: pre-annotate with antq-extract, correct, bring gold back.

- :func:`config.label_config` — the labelling configuration (XML) for the record's fields;
- :func:`tasks.record_task` — one Label Studio task per article, the record as ``predictions``;
- :func:`gold.task_gold` — a task of a Label Studio JSON export back to a gold record.

The three share one description of the regions, their attributes and relations
(:mod:`.spec`), so what ``tasks`` writes is exactly what ``config`` declares and
what ``gold`` reads. Label Studio's offsets are JavaScript string offsets (UTF-16
code units); :mod:`.offsets` converts them to and from Python ``str`` indices.
"""
from .config import label_config
from .gold import GoldProblem, export_gold, task_gold
from .tasks import record_task

__all__ = ["label_config", "record_task", "task_gold", "export_gold", "GoldProblem"]
