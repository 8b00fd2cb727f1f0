"""The batch path: lazy input walking, parallel workers, resumable output, Dask.

Kept import-light: ``runner`` and ``dask_engine`` are imported by the CLI when
a batch runs; ``walk`` and ``html`` are used by :mod:`antq_extract.inputs`.
"""
