"""Spreading independent work over the cores, with a one-process fallback.

Reading hundreds of conventions or rendering them are independent per file:
a CI job uses all its cores. Workers are forked, so they start with every
module already imported and with the state set up before the fork (a
renderer, a catalogue); ``PEP_JOBS=1`` keeps everything in one process.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Below this many items, starting worker processes costs more than it saves.
MIN_ITEMS = 48
MAX_WORKERS = 8


def workers() -> int:
    """How many processes may work: the cores this process may use, unless PEP_JOBS says."""
    wanted = os.environ.get("PEP_JOBS", "")
    if wanted.isascii() and wanted.isdigit() and int(wanted) > 0:
        return min(int(wanted), MAX_WORKERS)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return min(cores or 1, MAX_WORKERS)


# Reading and checking conventions: on 2 cores, a second process once lost, because each
# file's pydantic model was sent back. Workers now send findings and summaries only, and
# valid files need no pydantic (pep_cli.data.light). Measured on 2 cores, --no-cache,
# interleaved: 101 files 0.48 s instead of 0.66 s, 1,000 files 2.45 s instead of 4.03 s,
# and no slower with the other core busy (0.446 s against 0.445 s). PEP_JOBS=1 keeps one.
MIN_CORES_FOR_CHECKING = 2


def pays(
    count: int, *, min_items: int = MIN_ITEMS, min_cores: int = MIN_CORES_FOR_CHECKING
) -> bool:
    """Whether ``count`` independent checks are worth spreading over processes."""
    if count < max(min_items, 2):
        return False
    wanted = os.environ.get("PEP_JOBS", "")
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted) > 1
    return workers() >= min_cores


def parallel_map(
    function: Callable[[T], R], items: Sequence[T], *, min_items: int = MIN_ITEMS
) -> list[R]:
    """``[function(item) for item in items]``, in order, over several processes when worth it.

    ``function`` must be a module-level function; what it returns and raises
    crosses back by pickling. Where processes cannot be made (no fork, no
    semaphores), the work is done here.
    """
    count = workers()
    if len(items) < max(min_items, 2) or count < 2:
        return [function(item) for item in items]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    try:
        context = multiprocessing.get_context("fork")
        pool = ProcessPoolExecutor(
            max_workers=min(count, len(items)), mp_context=context, initializer=_in_worker
        )
    except (OSError, ValueError, ImportError):
        return [function(item) for item in items]
    with pool:
        chunk = max(1, len(items) // (count * 4))
        try:
            return list(pool.map(function, items, chunksize=chunk))
        except SystemExit:  # a worker left on Ctrl-C (see _in_worker): so does the run
            raise KeyboardInterrupt from None


def parallel_iter(
    function: Callable[[T], R],
    items: Sequence[T],
    *,
    min_items: int = MIN_ITEMS,
    ordered: bool = False,
) -> Iterator[tuple[int, R]]:
    """``(index, function(item))`` for each item, as soon as each one is done.

    Over several processes the order is that of completion, so that a long job can
    report and keep each result at once (a PDF written as soon as it is compiled).
    With ``ordered``, results come in the order of ``items``, each as soon as it and
    all those before it are done: the output is the same from one run to the next.
    If the caller stops early (Ctrl-C, an error, a ``break``), the work not started is
    cancelled and the workers are stopped at once rather than waited for.
    """
    count = workers()
    if len(items) < max(min_items, 2) or count < 2:
        for index, item in enumerate(items):
            yield index, function(item)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    try:
        context = multiprocessing.get_context("fork")
        pool = ProcessPoolExecutor(
            max_workers=min(count, len(items)), mp_context=context, initializer=_in_worker
        )
    except (OSError, ValueError, ImportError):
        for index, item in enumerate(items):
            yield index, function(item)
        return
    try:
        futures = {pool.submit(function, item): index for index, item in enumerate(items)}
        waiting: dict[int, R] = {}
        following = 0
        for future in as_completed(futures):
            try:
                result = future.result()
            except SystemExit:  # a worker left on Ctrl-C (see _in_worker): so does the run
                raise KeyboardInterrupt from None
            if not ordered:
                yield futures[future], result
                continue
            waiting[futures[future]] = result
            while following in waiting:
                yield following, waiting.pop(following)
                following += 1
    except BaseException:  # KeyboardInterrupt, GeneratorExit, a job's own error
        _stop(pool)
        raise
    pool.shutdown()


def _in_worker() -> None:
    """Ctrl-C reaches the workers too (one process group): each leaves quietly, its
    subprocesses killed and temporary files removed on the way out, and the main process
    alone says « interrompu »."""
    import signal

    signal.signal(signal.SIGINT, _leave)


def _leave(signum: int, frame: object) -> None:
    raise SystemExit(130)


def _stop(pool: Any) -> None:
    """Cancel what has not started and end the workers now: no waiting on a TeX run."""
    processes = list(getattr(pool, "_processes", {}).values())  # the executor keeps no other handle
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=1)
