"""Spreading drafts over processes: results come back in the order of the jobs.

Workers are forked from the run's process, so each inherits the rules loaded
once (the settings cache) and the engines already opened (one LanguageTool
server for the whole run). Where fork is not available, the run is serial.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

Job = TypeVar("Job")
# Set before the pool forks; read by the workers.
_WORK: Callable[[Any], Any] | None = None
MIN_FILES_PER_WORKER = 4


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _call(job: Any) -> Any:
    assert _WORK is not None
    try:
        return _WORK(job)
    except Exception as exc:  # reported by the parent as a problem with this file
        return exc


def _ignore_interrupts() -> None:
    # Ctrl-C reaches every process of the terminal's group: the parent stops the run and
    # the pool; a worker that raised too would print its own traceback.
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def run_in_order(work: Callable[[Job], Any], jobs: Sequence[Job], n_jobs: int) -> Iterator[Any]:
    """``work(job)`` for each job, in order; an exception raised by work is yielded, not raised."""
    global _WORK
    workers = min(n_jobs, len(jobs) // MIN_FILES_PER_WORKER)
    if workers >= 2:
        import multiprocessing  # only a run with many files pays for it

        if "fork" not in multiprocessing.get_all_start_methods():
            workers = 1
    if workers < 2:
        for job in jobs:
            try:
                yield work(job)
            except Exception as exc:
                yield exc
        return
    _WORK = work
    import multiprocessing

    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=_ignore_interrupts) as pool:
        chunk = max(1, min(16, len(jobs) // (workers * 8)))
        yield from pool.imap(_call, jobs, chunksize=chunk)
