"""`zhbrief batch`: folders of articles to a folder of briefs, with progress and a summary."""

from __future__ import annotations

import json
import signal
import sys
from enum import Enum
from pathlib import Path
from typing import List, NamedTuple, Optional

import typer

from zhbrief.cli.common import (
    Backend,
    ComputeType,
    Device,
    BACKEND_OPTION,
    BEAMS_OPTION,
    COMPUTE_TYPE_OPTION,
    DEVICE_OPTION,
    SUMMARIZER_OPTION,
    TRANSLATOR_OPTION,
    print_error,
)
from zhbrief.errors import ZhbriefError


class BatchEngine(str, Enum):
    local = "local"
    ray = "ray"


class BatchFormat(str, Enum):
    json = "json"
    markdown = "markdown"
    both = "both"


class RayChoice(NamedTuple):
    address: Optional[str]
    actors: int
    gpus_per_actor: float
    cpus_per_actor: float


def _open_engine(engine: BatchEngine, models: dict, ray: RayChoice, jobs: Optional[int], inputs: int, batch_size: int, notify):
    """(engines, produce): the local engine's models opened here, or in its workers;
    for Ray, opened in each actor, once."""
    from zhbrief.batch.plan import ModelChoice

    if engine is BatchEngine.ray:
        from zhbrief.pipeline import Engines

        return Engines(), _ray_producer(ModelChoice(**models), ray)
    from zhbrief.batch.workers import open_local_engine

    local = open_local_engine(ModelChoice(**models), jobs, inputs, batch_size, notify)
    return local.engines, local.produce


def _ray_producer(models, ray: RayChoice):
    """The Ray engine, after checking here that a model named explicitly is downloaded
    (an actor that cannot open it would fail far from the user)."""
    from zhbrief.batch.plan import model_names
    from zhbrief.batch.ray_engine import RayOptions, import_ray, ray_producer

    import_ray()
    model_names(models)
    return ray_producer(RayOptions(ray.address, ray.actors, ray.gpus_per_actor, ray.cpus_per_actor), models)


def _jobs(value: str) -> Optional[int]:
    """`--jobs`: auto (None) or a number of workers, 1 to 256."""
    if value.strip().lower() == "auto":
        return None
    try:
        number = int(value)
    except ValueError:
        number = 0
    if not 1 <= number <= 256:
        raise typer.BadParameter(f"{value!r} is not auto or a number from 1 to 256.", param_hint="--jobs")
    return number


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def _stopped(listener, out: str, total: int) -> None:
    """Ctrl-C or SIGTERM: the bar closed, then what was done, where the index is, how to go on."""
    listener.stop()
    sys.stderr.write(
        f"\nstopped: {listener.done}/{total} inputs done; the index is {out.rstrip('/')}/index.jsonl; "
        f"to go on: {_resume_command()}\n"
    )


def _resume_command() -> str:
    """This very command with --resume, when it was run as `zhbrief`."""
    import shlex

    program = Path(sys.argv[0]).name
    if program not in ("zhbrief", "__main__.py"):
        return "the same command with --resume"
    arguments = sys.argv[1:] + ([] if "--resume" in sys.argv else ["--resume"])
    return shlex.join(["zhbrief", *arguments])


def _held(out: str):
    """--out's store, held for this run before any model loads: a second run on the same
    folder exits 2 at once, with one line naming the first."""
    from zhbrief.batch.lock import OutputLocked
    from zhbrief.batch.store import open_store

    store = open_store(out)
    try:
        store.prepare()
    except OutputLocked as exc:
        print_error(str(exc))
        raise typer.Exit(2)
    return store


def _note(console, text: str) -> None:
    """`note: ...` on stderr, above the progress bar when there is one, never wrapped."""
    console.print(f"note: {text}", markup=False, highlight=False, soft_wrap=True)


def _print_summary(console, summary) -> None:
    from rich.table import Table

    table = Table("ok", "error", "skipped", "seconds", "articles/s", "workers", title="zhbrief batch")
    table.add_row(str(summary.ok), str(summary.error), str(summary.skipped), f"{summary.seconds:.1f}",
                  f"{summary.per_second:.1f}", _workers_cell(summary.usage))
    console.print(table)


def _workers_cell(usage) -> str:
    """`2 × 1 thread, 231 MB each`: how many processes ran, and the largest one's peak memory."""
    threads = f" × {usage.threads} thread{'s' if usage.threads != 1 else ''}" if usage.threads else ""
    memory = f", {usage.peak_mb:,.0f} MB{' each' if usage.workers > 1 else ''}" if usage.peak_mb else ""
    return f"{usage.workers}{threads}{memory}"


def batch(
    inputs: Optional[List[str]] = typer.Argument(None, help="Folders (walked recursively) and files, here or remote (s3://bucket/prefix/)."),
    out: str = typer.Option(..., "--out", "-o", help="Folder for the briefs and index.jsonl (or s3://, gs://, hdfs://...)."),
    fmt: BatchFormat = typer.Option(BatchFormat.json, "--format", "-f", help="Output per input: json, markdown or both."),
    glob: List[str] = typer.Option(["*.txt", "*.html", "*.htm"], help="File patterns in folders (repeatable)."),
    files_from: Optional[str] = typer.Option(None, help="A file listing one input path a line (`-`: stdin), as `find` prints."),
    resume: bool = typer.Option(False, help="Skip inputs with a complete output and an ok line in the index; redo the rest."),
    fail_fast: bool = typer.Option(False, help="Stop at the first input that fails."),
    jobs: str = typer.Option("auto", metavar="auto|N", help="Worker processes: auto (one per core this process may use, fewer when memory "
                             "holds fewer copies of the models; one per GPU on GPUs) or a number."),
    summary_json: Optional[Path] = typer.Option(None, help="Also write the final summary as JSON here."),
    translator: Optional[str] = TRANSLATOR_OPTION,
    summarizer: str = SUMMARIZER_OPTION,
    device: Device = DEVICE_OPTION,
    beams: Optional[int] = BEAMS_OPTION,
    backend: Backend = BACKEND_OPTION,
    compute_type: ComputeType = COMPUTE_TYPE_OPTION,
    engine: BatchEngine = typer.Option(BatchEngine.local, help="local: this machine, with --jobs workers; ray: Ray Data, here or on a cluster."),
    address: Optional[str] = typer.Option(None, help="Ray cluster to use (`auto`, `ray://host:10001`); default: a Ray on this machine."),
    actors: int = typer.Option(2, min=1, help="Ray actors, each holding the models once."),
    gpus_per_actor: float = typer.Option(0.0, min=0.0, help="GPUs per Ray actor (0.5: two actors share one)."),
    cpus_per_actor: float = typer.Option(1.0, min=0.0, help="CPU cores per Ray actor: its model's threads."),
    batch_size: int = typer.Option(32, min=1, help="Articles briefed together (one Ray actor call): their sentences share translation batches."),
) -> None:
    """Brief every article in folders or lists: one output per input under --out, mirroring
    its path, and index.jsonl with a line per input (ok / error / skipped).

    Exit codes: 0 every input ok (or skipped), 1 any input failed, 2 usage error,
    130 stopped by Ctrl-C or SIGTERM (continue with --resume).
    Outputs are written atomically; a killed run continues with --resume.
    """
    from rich.console import Console

    from zhbrief.batch import BatchOptions
    from zhbrief.load.remote import is_remote

    if not inputs and not files_from:
        raise typer.BadParameter("give folders or files, or --files-from.", param_hint="INPUTS")
    formats = ("json", "markdown") if fmt is BatchFormat.both else (fmt.value,)
    models = dict(translator=translator, summarizer=summarizer, device=device.value, beams=beams,
                  backend=backend.value, compute_type=compute_type.value)
    console = Console(stderr=True)
    ray = RayChoice(address, actors, gpus_per_actor, cpus_per_actor)
    items, store, engines, produce = _opened(inputs or [], tuple(glob), files_from, out, engine, models, ray,
                                             _jobs(jobs), batch_size, console)
    options = BatchOptions(out if is_remote(out) else Path(out), formats, resume, fail_fast, group_size=batch_size)
    summary = _run(items, options, engines, produce, store, out, console)
    _print_summary(console, summary)
    if summary_json:
        summary_json.write_text(json.dumps(summary.to_dict(), indent=2) + "\n", encoding="utf-8")
    if summary.error:
        raise typer.Exit(1)


def _opened(inputs: list[str], glob: tuple[str, ...], files_from, out: str, engine: BatchEngine, models: dict,
            ray: RayChoice, jobs: Optional[int], batch_size: int, console):
    """(inputs, --out held, engines, produce), the notes and warnings said; else `Error: ...`, exit 1."""
    from zhbrief.batch import discover

    store = None
    try:
        items = discover(inputs, glob, files_from)
        store = _held(out)
        engines, produce = _open_engine(engine, models, ray, jobs, len(items), batch_size, lambda text: _note(console, text))
    except ZhbriefError as exc:
        if store is not None:
            store.close()
        print_error(str(exc))
        raise typer.Exit(1)
    for note in engines.notes:
        _note(console, note)
    for item in items:
        if item.warning:  # two inputs that one disk would take for one output
            sys.stderr.write(f"warning: {item.warning}\n")
    return items, store, engines, produce


def _run(items, options, engines, produce, store, out: str, console):
    """The run with its progress; Ctrl-C and SIGTERM end it with exit 130 and how to go on."""
    from zhbrief.batch import run_batch
    from zhbrief.cli.progress import LineProgress, RichProgress

    listener = RichProgress(console) if console.is_terminal else LineProgress()
    previous = signal.signal(signal.SIGTERM, _interrupt)  # SIGTERM stops the run as Ctrl-C does
    try:
        summary = run_batch(items, options, engines, listener, produce, store)
    except KeyboardInterrupt:
        _stopped(listener, out, len(items))
        raise typer.Exit(130)
    except ZhbriefError as exc:
        listener.stop()
        print_error(str(exc))
        raise typer.Exit(1)
    finally:
        signal.signal(signal.SIGTERM, previous)
    listener.stop()
    return summary


class DigestFormat(str, Enum):
    markdown = "markdown"
    html = "html"


def digest(
    folder: Path = typer.Argument(..., help="A batch's --out folder."),
    fmt: DigestFormat = typer.Option(DigestFormat.markdown, "--format", "-f", help="markdown, or html for a self-contained dashboard page."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write here instead of stdout. Links are relative to this file's folder (stdout: to the current folder)."),
    top: int = typer.Option(20, min=1, help="How many of the most frequent people to list."),
) -> None:
    """One report over a batch's briefs: meetings by date, frequent people, one line each."""
    from zhbrief.batch.digest import collect
    from zhbrief.batch.store import atomic_write_text
    from zhbrief.render.digest import to_html, to_markdown

    try:
        # `> digest.md` lands in the current folder: links from there, as from --out's folder.
        report = collect(folder, (out.parent if out else Path.cwd()).resolve(), top, allow_empty=True)
    except ZhbriefError as exc:
        print_error(str(exc))
        raise typer.Exit(1)
    if not report.entries:  # still a page: an empty batch is a batch
        typer.echo(f"note: no zhbrief briefs (JSON) found under {folder}; the digest is empty.", err=True)
    text = to_html(report) if fmt is DigestFormat.html else to_markdown(report)
    if out:
        atomic_write_text(out, text)
    else:
        sys.stdout.write(text)
