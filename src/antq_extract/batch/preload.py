"""Imported by the forkserver of the local engine: warms up once, so workers fork warm.

Rules, compiled regexes and models are then loaded before any worker exists,
shared copy-on-write by every worker, and a worker restarted after a crash is
ready at once (its hard time limit does not pay for a warm-up). ``gc.freeze``
then moves every object loaded so far out of the collector's reach: a worker's
collections neither walk them (CPU) nor touch their pages (which would copy
them into the worker: memory).
"""
import gc

from .work import warm

warm()
gc.collect()
gc.freeze()
