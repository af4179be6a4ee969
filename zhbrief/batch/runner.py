"""Run a batch: every input briefed once, bad ones recorded, outputs crash-safe.

Articles go through in groups: each group is loaded and extracted, then all its
free text is translated in one Translator call, so sentences of many files
share batches. Here in one process; in parallel, `batch.workers` spawns workers
that each hold the models (a `produce`, as the Ray engine is).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Protocol

from zhbrief.batch.inputs import BatchInput
from zhbrief.batch.store import OutputStore, completed_inputs, open_store
from zhbrief.brief import Brief, Document
from zhbrief.errors import ZhbriefError
from zhbrief.pipeline import BriefOptions, Engines, build_briefs
from zhbrief.load import load_document

FORMATS = {"json": ".json", "markdown": ".md"}


@dataclass(frozen=True)
class BatchOptions:
    out_dir: Path | str  # a folder, or a remote one (`s3://bucket/briefs`)
    formats: tuple[str, ...] = ("json",)
    resume: bool = False
    fail_fast: bool = False
    group_size: int = 32
    brief: BriefOptions = field(default_factory=BriefOptions)


@dataclass
class WorkerUsage:
    """Who did the work: processes, each one's threads, the largest one's peak memory."""

    workers: int = 1
    threads: int | None = None
    peak_mb: float | None = None


@dataclass
class BatchSummary:
    total: int = 0
    ok: int = 0
    error: int = 0
    skipped: int = 0
    seconds: float = 0.0
    stopped_early: bool = False
    usage: WorkerUsage = field(default_factory=WorkerUsage)

    @property
    def per_second(self) -> float:
        done = self.ok + self.error
        return done / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict:
        return {"total": self.total, "ok": self.ok, "error": self.error, "skipped": self.skipped,
                "seconds": round(self.seconds, 3), "articles_per_second": round(self.per_second, 2),
                "stopped_early": self.stopped_early, "workers": self.usage.workers,
                "threads_per_worker": self.usage.threads,
                "worker_peak_mb": None if self.usage.peak_mb is None else round(self.usage.peak_mb, 1)}


Loader = Callable[[BatchInput, "BatchOptions"], Document]
Producer = Callable[[list[BatchInput], "BatchOptions"], Iterable[dict]]


class Listener(Protocol):
    def started(self, total: int) -> None: ...

    def advanced(self, record: dict) -> None: ...


def render_outputs(brief: Brief, formats: tuple[str, ...]) -> dict[str, str]:
    rendered = {}
    if "json" in formats:
        rendered[".json"] = json.dumps(brief.to_json_dict(), ensure_ascii=False, indent=2) + "\n"
    if "markdown" in formats:
        from zhbrief.render.markdown import render_markdown
        from zhbrief.render.view import build_view

        rendered[".md"] = render_markdown(build_view(brief))
    return rendered


def _write(item: BatchInput, brief: Brief, options: BatchOptions, store: OutputStore) -> list[str]:
    """Each output whole, under its name relative to --out (as the index records it)."""
    written = []
    for extension, text in render_outputs(brief, options.formats).items():
        relative = store.relative_output(item.output_stem, extension)
        store.write(relative, text)
        written.append(relative)
    return written


def record_of(item: BatchInput, status: str, seconds: float, outputs=(), error: str | None = None) -> dict:
    return {"name": item.name, "path": str(item.path), "status": status, "error": error,
            "outputs": list(outputs), "seconds": round(seconds, 4), "warning": item.warning}


def _load_file(item: BatchInput, options: BatchOptions) -> Document:
    return load_document(item.path, options.brief.load)


def brief_group(
    group: list[BatchInput], options: BatchOptions, engines: Engines, load: Loader = _load_file,
    store: OutputStore | None = None,
) -> Iterator[dict]:
    """Load every file of the group, brief the good ones together, write and report each.
    `load` reads one input (a file here; bytes a Ray worker was handed)."""
    store = store or open_store(options.out_dir)
    loaded: list[tuple[BatchInput, Document, float]] = []
    for item in group:
        start = time.perf_counter()
        try:
            loaded.append((item, load(item, options), time.perf_counter() - start))
        except ZhbriefError as exc:
            yield record_of(item, "error", time.perf_counter() - start, error=str(exc))
    if not loaded:
        return
    start = time.perf_counter()
    briefs = build_briefs([document for _, document, _ in loaded], options.brief, engines)
    shared = (time.perf_counter() - start) / len(loaded)
    for (item, _, load_seconds), brief in zip(loaded, briefs):
        begin = time.perf_counter()
        try:
            outputs = _write(item, brief, options, store)
        except (ZhbriefError, OSError) as exc:
            yield record_of(item, "error", load_seconds + shared, error=f"cannot write its output: {exc}")
            continue
        yield record_of(item, "ok", load_seconds + shared + time.perf_counter() - begin, outputs)


def _brief_all(items: list[BatchInput], options: BatchOptions, engines: Engines) -> Iterable[dict]:
    size, store = max(1, options.group_size), open_store(options.out_dir)
    for start in range(0, len(items), size):
        yield from brief_group(items[start : start + size], options, engines, store=store)


def _in_process_usage() -> WorkerUsage:
    from zhbrief.batch.plan import peak_rss_mb
    from zhbrief.models.device import usable_cores

    return WorkerUsage(1, usable_cores(), peak_rss_mb())  # CTranslate2 here threads over every core


def run_batch(
    items: list[BatchInput], options: BatchOptions, engines: Engines, listener: Listener, produce: Producer | None = None,
    store: OutputStore | None = None,
) -> BatchSummary:
    """Every input briefed once: skipped when `--resume` finds it done, else produced (here
    by the local engine, or by `produce`: the Ray engine) and recorded in the index.
    `store`: --out already prepared (held) by the caller; closed (let go) here."""
    started = time.perf_counter()
    if store is None:
        store = open_store(options.out_dir)
        store.prepare()
    summary = BatchSummary(total=len(items))
    listener.started(len(items))
    try:
        todo = _skip_done(items, options, store, summary, listener)
        records = produce(todo, options) if produce else _brief_all(todo, options, engines)
        for record in records:
            _record(record, store, summary, listener)
            if record["status"] == "error" and options.fail_fast:
                summary.stopped_early = True
                break
    finally:
        store.index.compact([item.name for item in items])  # one line per input, in input order
        store.close()  # a remote index is uploaded now, Ctrl-C included
    summary.seconds = time.perf_counter() - started
    summary.usage = getattr(produce, "usage", None) or _in_process_usage()
    return summary


def _record(record: dict, store: OutputStore, summary: BatchSummary, listener: Listener) -> None:
    store.index.append(record)
    _count(record, summary, listener)


def _count(record: dict, summary: BatchSummary, listener: Listener) -> None:
    setattr(summary, record["status"], getattr(summary, record["status"]) + 1)
    listener.advanced(record)


def _skip_done(items: list[BatchInput], options: BatchOptions, store: OutputStore, summary: BatchSummary,
               listener: Listener) -> list[BatchInput]:
    """Inputs the --glob patterns leave out get a `skipped` line; with --resume, inputs
    already done keep their `ok` line and count as skipped; the others are to do."""
    done = completed_inputs(store) if options.resume else set()
    todo = []
    for item in items:
        if item.skip:
            _record(record_of(item, "skipped", 0.0, error=item.skip), store, summary, listener)
        elif item.name in done:
            outputs = [store.relative_output(item.output_stem, ext) for fmt, ext in FORMATS.items() if fmt in options.formats]
            _count(record_of(item, "skipped", 0.0, outputs), summary, listener)
        else:
            todo.append(item)
    return todo
