"""From records to answers: export records to tables, report on them, index the people in them.

* :mod:`.tables` — one Arrow schema per table and the rows of a record (plain dicts, read with ``.get``);
* :mod:`.sinks` — where batches go: DuckDB (re-exported ids replaced), Parquet, CSV;
* :mod:`.export` — the streaming driver behind ``antq-extract export``;
* :mod:`.people` — the person index across articles (``persons``, ``person_mentions``);
* :mod:`.report` and :mod:`.report_html` — ``antq-extract report``, on the terminal and as HTML.

docs/export.md gives the schema, the merge rule of the person index and ready SQL queries.
"""
