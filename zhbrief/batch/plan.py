"""How many workers a local batch runs, decided before any model loads.

The rule, measured on a 2-core machine with a translator loaded (bench/batch.py):
one process whose CTranslate2 spreads each batch over both cores ran 400 articles in
18 s, the same process with one thread in 7 s, and two processes of one thread each
in 4 s: small batches gain little from more threads per batch, and every article's
extraction runs on one core anyway. So on a CPU:

- `--jobs auto`: one worker per core this process may use (`os.sched_getaffinity`),
  fewer when memory holds fewer copies of the models, never more than there are
  groups of articles to brief; the cores are shared out as each worker's threads.
- `--jobs N`: N workers (still no more than the groups).
- One worker: no worker process at all; the batch runs in this process, with every
  core's threads, as `zhbrief brief` does.

On GPUs: one worker per GPU, each holding the models once on its own GPU and
translating in larger batches (`GPU_BATCH_SIZE`), never one process per core.
"""

from __future__ import annotations

import math
import os
import resource
import sys
from dataclasses import dataclass, field
from pathlib import Path

from zhbrief.models.device import usable_cores
from zhbrief.models.registry import DEFAULT_SUMMARIZER, DEFAULT_TRANSLATOR

# A worker's memory, estimated before it starts: Python, zhbrief's tables and the runtime
# (measured: 230 MB with a tiny model), plus its weights' files three times over: the
# weights, and decoding's working memory (a worker with opus-mt-zh-en's shape, 300 MB of
# safetensors, peaked at 1.1 GB translating batches of 32 with the 4-beam retry).
WORKER_BASE_BYTES = 300 * 2**20
WEIGHTS_FACTOR = 3
MEMORY_SHARE = 0.8  # of the memory available now: the rest stays for the system and page cache
# Without a model an article takes about 8 ms and a worker's start about 0.4 s of a core:
# `--jobs auto` starts one only for this many articles or more.
ARTICLES_PER_LIGHT_WORKER = 100


@dataclass(frozen=True)
class ModelChoice:
    """The models a batch opens (in this process, in each worker, or in each Ray actor):
    the same choices as `zhbrief brief`."""

    translator: str | None = None
    summarizer: str = "extractive"
    device: str = "auto"
    beams: int | None = None
    backend: str = "auto"
    compute_type: str = "auto"


@dataclass(frozen=True)
class Machine:
    cores: int
    available_bytes: int | None  # None: unknown, no cap
    gpus: tuple[str, ...] = ()  # CUDA device ids this process may use


@dataclass(frozen=True)
class WorkerPlan:
    workers: int
    threads: int  # per worker: torch's and CTranslate2's CPU threads
    gpus: tuple[str, ...] = ()  # one per worker on GPUs, else empty
    worker_bytes: int | None = None  # the estimate the memory cap used
    notes: tuple[str, ...] = field(default=())

    @property
    def in_process(self) -> bool:
        return self.workers == 1


def plan_workers(jobs: int | None, groups: int, machine: Machine, worker_bytes: int | None, articles: int = 0) -> WorkerPlan:
    """Workers for `groups` groups of `articles`; `jobs` None is `--jobs auto`;
    `worker_bytes` None: no model, nothing to cap by memory, workers only for many articles."""
    if machine.gpus and worker_bytes is not None:
        return _gpu_plan(jobs, groups, machine, worker_bytes)
    wanted = jobs or machine.cores
    if jobs is None and worker_bytes is None:
        wanted = min(wanted, max(1, articles // ARTICLES_PER_LIGHT_WORKER))
    notes: list[str] = []
    fit = _workers_that_fit(machine, worker_bytes)
    if fit is not None and fit < wanted:
        if jobs is None:
            if fit < groups:
                notes.append(f"{fit} workers, not {wanted}: each takes about {_mb(worker_bytes)} and "
                             f"{_mb(machine.available_bytes)} is free (--jobs N to choose).")
            wanted = fit
        else:
            notes.append(f"--jobs {jobs}: each worker takes about {_mb(worker_bytes)} and "
                         f"{_mb(machine.available_bytes)} is free; memory may run short.")
    workers = max(1, min(wanted, groups))
    return WorkerPlan(workers, max(1, machine.cores // workers), (), worker_bytes, tuple(notes))


def _gpu_plan(jobs: int | None, groups: int, machine: Machine, worker_bytes: int) -> WorkerPlan:
    workers = max(1, min(jobs or len(machine.gpus), len(machine.gpus), groups))
    return WorkerPlan(workers, max(1, machine.cores // workers), machine.gpus[:workers], worker_bytes)


def _workers_that_fit(machine: Machine, worker_bytes: int | None) -> int | None:
    if worker_bytes is None or machine.available_bytes is None:
        return None
    return max(1, int(machine.available_bytes * MEMORY_SHARE // max(1, worker_bytes)))


def _mb(size: int | None) -> str:
    return f"{(size or 0) / 2**20:,.0f} MB"


def group_count(inputs: int, group_size: int) -> int:
    return math.ceil(inputs / max(1, group_size))


def detect_machine(device: str) -> Machine:
    """This process's cores, the memory available now, and the GPUs when `device` may use them."""
    return Machine(usable_cores(), available_memory(), _gpus() if device in ("auto", "cuda") else ())


def available_memory() -> int | None:
    """MemAvailable, or less when a cgroup (a container's limit) allows less; None off Linux."""
    try:
        meminfo = Path("/proc/meminfo").read_text()
        available = next(int(line.split()[1]) * 1024 for line in meminfo.splitlines() if line.startswith("MemAvailable:"))
    except (OSError, StopIteration, ValueError, IndexError):
        return None
    try:
        limit = Path("/sys/fs/cgroup/memory.max").read_text().strip()
        used = int(Path("/sys/fs/cgroup/memory.current").read_text())
        if limit != "max":
            available = min(available, int(limit) - used)
    except (OSError, ValueError):
        pass
    return max(0, available)


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


def _gpus() -> tuple[str, ...]:
    """CUDA devices, counted by CTranslate2 (light) rather than by importing torch here."""
    visible = os.environ.get("CUDA_VISIBLE_DEVICES")
    try:
        import ctranslate2

        count = ctranslate2.get_cuda_device_count()
    except Exception:  # not installed, or no CUDA runtime
        count = len(list(Path("/proc/driver/nvidia/gpus").glob("*"))) if Path("/proc/driver/nvidia/gpus").is_dir() else 0
    if visible is not None:
        return tuple(v.strip() for v in visible.split(",") if v.strip())[:count]
    return tuple(str(i) for i in range(count))


def model_names(models: ModelChoice) -> list[tuple[str, str]]:
    """(name, task) of each model with weights the choice opens; the default translator
    only when it is downloaded (else the run goes on without it, and says so)."""
    from zhbrief.models.loader import ModelUnavailable, check_cached
    from zhbrief.models.registry import resolve_model

    names: list[tuple[str, str]] = []
    if models.translator not in (None, "none"):
        check_cached(resolve_model(models.translator, "translation"))
        names.append((models.translator, "translation"))
    if models.translator is None or (names and _is_chat_model(models.translator)):  # an LLM falls back on the default
        try:
            check_cached(resolve_model(DEFAULT_TRANSLATOR, "translation"))
            names.append((DEFAULT_TRANSLATOR, "translation"))
        except ModelUnavailable:
            pass
    if models.summarizer and models.summarizer != DEFAULT_SUMMARIZER:
        check_cached(resolve_model(models.summarizer, "summarization"))
        names.append((models.summarizer, "summarization"))
    return names


def worker_bytes(names: list[tuple[str, str]]) -> int:
    """What a worker holding these models is expected to take at its peak."""
    return WORKER_BASE_BYTES + WEIGHTS_FACTOR * weights_bytes(names)


def weights_bytes(names: list[tuple[str, str]]) -> int:
    """The models' weights on disk (safetensors)."""
    from zhbrief.models.loader import ModelUnavailable, model_folder
    from zhbrief.models.registry import resolve_model

    total = 0
    for name, task in names:
        try:
            folder = model_folder(resolve_model(name, task))
        except ModelUnavailable:
            continue
        total += sum(f.stat().st_size for f in folder.glob("*.safetensors"))
    return total


def _is_chat_model(name: str) -> bool:
    from zhbrief.translate.chat_engine import is_chat_model

    return is_chat_model(name)
