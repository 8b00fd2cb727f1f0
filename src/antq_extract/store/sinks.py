"""Where exported batches go: a DuckDB file, a folder of Parquet files, a folder of CSV files.

* **DuckDB** (``--db``): the tables live on across exports. Each batch is one
  transaction: its article ids are deleted from every table, then its rows are
  inserted (the Arrow batch registered and ``INSERT … BY NAME``). Re-exporting an
  id replaces it; a crash leaves whole articles only; a table of an older export
  missing a column gets it (NULL in the old rows).
* **Parquet** (``--parquet``) and **CSV** (``--csv``): one file set per export
  run, ``DIR/<table>.parquet`` / ``DIR/<table>.csv``, written beside as ``.part``
  files and renamed over the previous set when the run ends: a run rewrites the
  whole set, and a failed run leaves the previous set untouched.
"""
from __future__ import annotations

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from .tables import KEY, SCHEMAS, TABLES


class DuckDBSink:
    """Append batches to a DuckDB file, replacing the rows of ids exported before."""

    def __init__(self, path: str | Path):
        import duckdb

        self.con = duckdb.connect(str(path))
        for name in TABLES:
            self._ensure(name, SCHEMAS[name])

    def _ensure(self, name: str, schema: pa.Schema) -> None:
        empty = schema.empty_table()
        self.con.register("_antq_empty", empty)
        self.con.execute(f'CREATE TABLE IF NOT EXISTS "{name}" AS SELECT * FROM _antq_empty')
        have = {row[0] for row in self.con.execute(f"SELECT column_name FROM information_schema.columns "
                                                   f"WHERE table_name = '{name}'").fetchall()}
        for column in (c for c in schema.names if c not in have):
            self.con.execute(f'ALTER TABLE "{name}" ADD COLUMN "{column}" {self._type(column)}')
        self.con.unregister("_antq_empty")

    def _type(self, column: str) -> str:
        """The DuckDB type of a column of the registered empty table."""
        return self.con.execute(f"SELECT column_type FROM (DESCRIBE SELECT \"{column}\" FROM _antq_empty)").fetchone()[0]

    def write(self, batches: dict[str, pa.RecordBatch], ids: list[str]) -> None:
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.register("_antq_ids", pa.table({"id": pa.array(ids, pa.string())}))
            for name in TABLES:
                self.con.execute(f'DELETE FROM "{name}" WHERE "{KEY[name]}" IN (SELECT id FROM _antq_ids)')
                if batches[name].num_rows:
                    self.con.register("_antq_batch", batches[name])
                    self.con.execute(f'INSERT INTO "{name}" BY NAME SELECT * FROM _antq_batch')
                    self.con.unregister("_antq_batch")
            self.con.unregister("_antq_ids")
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def close(self, ok: bool = True) -> None:
        self.con.close()


class _FileSink:
    """One file per table under a folder; the run's files replace the previous ones at the end."""

    suffix = ""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.writers = {name: self._open(self._part(name), SCHEMAS[name]) for name in TABLES}

    def _part(self, name: str) -> Path:
        return self.folder / f"{name}{self.suffix}.part"

    def _open(self, path: Path, schema: pa.Schema):
        raise NotImplementedError

    def write(self, batches: dict[str, pa.RecordBatch], ids: list[str]) -> None:
        for name, batch in batches.items():
            if batch.num_rows:
                self.writers[name].write_batch(batch)

    def close(self, ok: bool = True) -> None:
        for name, writer in self.writers.items():
            writer.close()
            part = self._part(name)
            if ok:
                os.replace(part, self.folder / f"{name}{self.suffix}")
            else:
                part.unlink(missing_ok=True)


class ParquetSink(_FileSink):
    suffix = ".parquet"

    def _open(self, path, schema):
        return pq.ParquetWriter(path, schema, compression="zstd")


class CSVSink(_FileSink):
    suffix = ".csv"

    def _open(self, path, schema):
        return pacsv.CSVWriter(path, schema)
