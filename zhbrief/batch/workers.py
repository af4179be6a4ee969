"""The local engine's worker processes, each holding the models once.

Workers are spawned, not forked: CTranslate2's OpenMP runtime does not survive a fork,
and a fresh interpreter holds nothing of the parent's memory. Each worker opens the
engines with its share of the cores as threads (`OMP_NUM_THREADS`, read by torch and
CTranslate2), or on a GPU of its own, then briefs whole groups of articles: the same
groups as in one process, so every sentence meets the same batch and the outputs are
the same, byte for byte, whatever the number of workers.

A worker has one group at a time, so when it dies the parent knows which inputs it held:
they are recorded as errors and a new worker takes its place. Workers ignore Ctrl-C
(the parent answers it), are terminated when the parent stops, and end themselves when
the parent is gone, even after a SIGKILL.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import threading
import time
from dataclasses import asdict, dataclass, field
from typing import Callable, Iterator

from zhbrief.batch.inputs import BatchInput
from zhbrief.batch.plan import (
    ModelChoice,
    WorkerPlan,
    detect_machine,
    group_count,
    model_names,
    peak_rss_mb,
    plan_workers,
    worker_bytes,
)
from zhbrief.batch.runner import BatchOptions, WorkerUsage, brief_group, record_of
from zhbrief.errors import ZhbriefError
from zhbrief.pipeline import Engines

MAX_REPLACEMENTS = 3  # workers that die are replaced this often, then the run stops


@dataclass(frozen=True)
class WorkerSetup:
    models: ModelChoice
    threads: int
    gpu: str | None
    options: BatchOptions


@dataclass(frozen=True)
class Ready:
    worker: int
    notes: tuple[str, ...]
    peak_mb: float


@dataclass(frozen=True)
class GroupDone:
    worker: int
    records: list[dict]
    peak_mb: float


@dataclass(frozen=True)
class Failed:
    worker: int
    message: str


def _die_with_parent(parent: int) -> None:
    """End this worker when the parent is gone: at once on Linux, within a second elsewhere."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def worker_environment(setup: WorkerSetup) -> dict[str, str]:
    """A worker's threads (read by torch and CTranslate2) and, on GPUs, its own GPU."""
    environment = {"OMP_NUM_THREADS": str(setup.threads)}
    if setup.gpu is not None:
        environment["CUDA_VISIBLE_DEVICES"] = setup.gpu
    return environment


def _worker_main(worker: int, parent: int, setup: WorkerSetup, tasks, results) -> None:
    """A worker's life: open the engines, then brief groups until told to stop (None)."""
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ.update(worker_environment(setup))  # before torch or CTranslate2 is imported
    from zhbrief.batch.store import open_store
    from zhbrief.pipeline import open_engines

    try:
        engines = open_engines(**asdict(setup.models))
    except ZhbriefError as exc:
        results.put(Failed(worker, str(exc)))
        return
    results.put(Ready(worker, tuple(engines.notes), peak_rss_mb()))
    store = open_store(setup.options.out_dir)
    while (group := tasks.get()) is not None:
        try:
            records = list(brief_group(group, setup.options, engines, store=store))
        except Exception as exc:  # a fault of zhbrief's, not of an input: the run says so and stops
            results.put(Failed(worker, f"a worker failed: {type(exc).__name__}: {exc}"))
            return
        results.put(GroupDone(worker, records, peak_rss_mb()))


@dataclass
class _Worker:
    process: multiprocessing.Process
    tasks: object  # its own queue: the parent always knows which group a worker holds
    slot: int  # its place among plan.workers (its GPU); a replacement takes the same
    group: list[BatchInput] | None = None
    ready: bool = False


@dataclass
class WorkerPool:
    """A `produce` for `run_batch`: spawned workers briefing the groups of articles;
    the records come as the groups are done."""

    plan: WorkerPlan
    models: ModelChoice
    notify: Callable[[str], None] = lambda note: None  # why a default model is not in use, said once
    usage: WorkerUsage = field(default_factory=WorkerUsage)

    def __post_init__(self) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._results = self._context.Queue()
        self._workers: dict[int, _Worker] = {}  # by id: a replacement never takes a dead worker's messages
        self._started = self._replaced = 0
        self._pending: list[list[BatchInput]] = []
        self._noted: set[str] = set()
        self._options: BatchOptions | None = None

    def __call__(self, items: list[BatchInput], options: BatchOptions) -> Iterator[dict]:
        size = max(1, options.group_size)
        groups = [items[i : i + size] for i in range(0, len(items), size)]
        self._pending, self._options = groups[::-1], options  # popped from the end: input order
        workers = min(self.plan.workers, len(groups))  # --resume may leave fewer groups
        self.usage = WorkerUsage(workers, self.plan.threads)
        try:
            for slot in range(workers):
                self._start(slot)
            while self._pending or any(w.group is not None or not w.ready for w in self._workers.values()):
                message = self._next_message(timeout=0.5)
                if message is None:
                    yield from self._replace_dead()
                else:
                    yield from self._take(message)
        finally:
            self.close()

    def setup(self, slot: int, options: BatchOptions) -> WorkerSetup:
        gpu = self.plan.gpus[slot % len(self.plan.gpus)] if self.plan.gpus else None
        return WorkerSetup(self.models, self.plan.threads, gpu, options)

    def _start(self, slot: int) -> None:
        number = self._started
        self._started += 1
        setup = self.setup(slot, self._options)
        tasks = self._context.Queue()
        process = self._context.Process(target=_worker_main, args=(number, os.getpid(), setup, tasks, self._results),
                                        daemon=True, name=f"zhbrief-worker-{number}")
        process.start()
        self._workers[number] = _Worker(process, tasks, slot)

    def _take(self, message) -> Iterator[dict]:
        """A worker's message: its records, then its next group (or leave to go)."""
        if isinstance(message, Failed):
            raise ZhbriefError(message.message)
        worker = self._workers.get(message.worker)
        self.usage.peak_mb = max(self.usage.peak_mb or 0.0, message.peak_mb)
        if isinstance(message, GroupDone):
            yield from message.records
        if worker is None:
            return
        worker.ready, worker.group = True, None
        if isinstance(message, Ready):
            self._note(message.notes)
        if not worker.process.is_alive():
            return  # _replace_dead starts another
        if self._pending:
            worker.group = self._pending.pop()
        worker.tasks.put(worker.group)  # None: nothing left, the worker ends

    def _note(self, notes: tuple[str, ...]) -> None:
        for note in notes:
            if note not in self._noted:
                self._noted.add(note)
                self.notify(note)

    def _next_message(self, timeout: float):
        try:
            return self._results.get(timeout=timeout)
        except queue.Empty:
            return None

    def _replace_dead(self) -> Iterator[dict]:
        """A worker killed (out of memory, a crash in native code): what it sent before is
        taken first; the inputs it still held are recorded as errors and a new worker
        takes its place."""
        dead = {number: w for number, w in self._workers.items() if w.process.exitcode not in (None, 0)}
        if not dead:
            return
        while (message := self._next_message(timeout=0.1)) is not None:
            yield from self._take(message)
        for number, worker in dead.items():
            del self._workers[number]
            code = worker.process.exitcode
            if not worker.ready or self._replaced >= MAX_REPLACEMENTS:
                raise ZhbriefError(f"a worker process stopped (exit code {code}) {_why(code)}.")
            for item in worker.group or []:
                yield record_of(item, "error", 0.0, error=f"the worker briefing it stopped (exit code {code}) {_why(code)}")
            if self._pending:
                self._replaced += 1
                self._start(worker.slot)

    def close(self) -> None:
        """Every worker ended: terminated (it may be mid-group), then killed if it lingers."""
        for worker in self._workers.values():
            if worker.process.is_alive():
                worker.process.terminate()
        deadline = time.monotonic() + 5.0
        for worker in self._workers.values():
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
        self._workers.clear()


def _why(code: int | None) -> str:
    if code == -signal.SIGKILL:
        return "(killed: out of memory? fewer --jobs need less)"
    return "(it may have crashed)"


@dataclass
class LocalEngine:
    """What the local engine runs on: engines opened in this process, or a pool of
    workers that open their own (`produce`)."""

    engines: Engines
    produce: WorkerPool | None


def open_local_engine(models: ModelChoice, jobs: int | None, inputs: int, group_size: int,
                      notify: Callable[[str], None]) -> LocalEngine:
    """`jobs` None: `--jobs auto`. Models named but missing raise ModelUnavailable here,
    before any worker starts."""
    from zhbrief.pipeline import open_engines

    names = model_names(models)
    machine = detect_machine(models.device if names else "cpu")
    plan = plan_workers(jobs, group_count(inputs, group_size), machine, worker_bytes(names) if names else None, inputs)
    for note in plan.notes:
        notify(note)
    if plan.in_process:  # one article, one group, one GPU: no worker to start
        return LocalEngine(open_engines(**asdict(models)), None)
    return LocalEngine(Engines(), WorkerPool(plan, models, notify))
