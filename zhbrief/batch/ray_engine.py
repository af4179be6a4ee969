"""`zhbrief batch --engine ray`: the same batch on Ray Data, on one machine or a cluster.

The inputs become a Dataset of (name, path); a map reads each file's bytes; the whole
pipeline then runs as `map_batches` over a pool of actors, each of which opens its models
once (a GPU share each when asked) and writes its outputs atomically under `--out`. The
driver receives one record per input and keeps the index, the progress and `--resume`
exactly as the local engine does: same names, same content. Ray is imported only here.
"""

from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Iterator

from zhbrief.batch.inputs import BatchInput
from zhbrief.batch.plan import ModelChoice
from zhbrief.batch.runner import BatchOptions, WorkerUsage, brief_group, record_of
from zhbrief.errors import ZhbriefError

_RECORD_KEYS = ("name", "path", "status", "error", "outputs", "seconds", "warning")
_MISSING = "--engine ray needs Ray: run `pip install 'zhbrief[ray]'` (or `pip install 'ray[data]'`)."


@dataclass(frozen=True)
class RayOptions:
    address: str | None = None  # None: a Ray on this machine; `auto`, `ray://host:10001`: a cluster
    actors: int = 2
    gpus_per_actor: float = 0.0
    cpus_per_actor: float = 1.0  # Ray sets OMP_NUM_THREADS to it: torch's and CTranslate2's threads


def import_ray():
    # Ray's own C++ logs (worker start-up, actor restarts) are not a user's concern.
    os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "fatal")
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise ZhbriefError(_MISSING) from None
    return ray


@contextmanager
def _native_stderr_silenced():
    """Ray's C++ core prints a line of its own while it starts (the log level it read):
    not for the user. Python errors still come back as exceptions."""
    try:
        saved = os.dup(2)
    except OSError:  # descriptor 2 is closed: nothing to silence
        yield
        return
    try:
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _start(ray, options: RayOptions) -> bool:
    """Connect to (or start) Ray quietly; True when this call started it."""
    started = not ray.is_initialized()
    if started:
        os.environ.setdefault("RAY_DEDUP_LOGS", "0")
        try:
            with _native_stderr_silenced():
                ray.init(address=options.address, logging_level=logging.ERROR, log_to_driver=False,
                         include_dashboard=False, ignore_reinit_error=True)
        except Exception as exc:  # connection refused, bad address, cluster version mismatch
            where = options.address or "this machine"
            raise ZhbriefError(f"cannot start or reach Ray at {where}: {str(exc).splitlines()[0][:160]}") from None
    # The progress is zhbrief's own (stderr, one line per input): Ray Data's bars and logs are noise.
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.ERROR)
    return started


def _group_rows(items: list[BatchInput], size: int) -> list[dict]:
    """One Dataset row per group of articles: the same groups as the local engine, so their
    sentences are translated in the same batches and the briefs come out byte-identical.
    `files` are absolute (a worker's working folder is not the driver's); `paths` stay as
    given, for the index."""
    size = max(1, size)
    return [{"names": [item.name for item in group], "paths": [str(item.path) for item in group],
             "outputs": [item.output_stem for item in group], "warnings": [item.warning or "" for item in group],
             "files": [_absolute(item.path) for item in group]}
            for group in (items[i : i + size] for i in range(0, len(items), size))]


def _absolute(path: Path | str) -> str:
    return path if isinstance(path, str) else str(path.absolute())


def _read_group(row: dict) -> dict:
    """The group's files as bytes; a file that cannot be read carries its error instead."""
    from zhbrief.load import LoadOptions, read_input

    data, errors = [], []
    for path, file in zip(row["paths"], row["files"]):
        try:
            data.append(read_input(file, LoadOptions()))
            errors.append("")
        except ZhbriefError as exc:
            data.append(b"")
            errors.append(str(exc).replace(str(file), str(path)))
    return {**row, "data": data, "read_errors": errors}


class BriefActor:
    """Opens the models once, then briefs groups of articles and writes their outputs."""

    def __init__(self, options: BatchOptions, models: dict):
        from zhbrief.batch.store import open_store
        from zhbrief.pipeline import open_engines

        self.options = options
        self.engines = open_engines(**models)
        self.store = open_store(options.out_dir)

    def __call__(self, batch: dict) -> dict:
        records = []
        columns = ("names", "paths", "outputs", "warnings", "data", "read_errors")
        for names, paths, outputs, warnings, data, errors in zip(*(batch[c] for c in columns)):
            items = [BatchInput(str(path), str(name), output=str(output), warning=str(warning) or None)
                     for name, path, output, warning in zip(names, paths, outputs, warnings)]
            records.extend(self._brief(items, list(data), list(errors)))
        return {key: [r[key] for r in records] for key in _RECORD_KEYS}

    def _brief(self, items: list[BatchInput], data: list, errors: list) -> list[dict]:
        from zhbrief.load import load_bytes

        by_name = {item.name: (bytes(raw), str(error)) for item, raw, error in zip(items, data, errors)}

        def load(item: BatchInput, options: BatchOptions):
            raw, error = by_name[item.name]
            if error:
                raise ZhbriefError(error)
            return load_bytes(raw, str(item.path), options.brief.load)

        records = {r["name"]: r for r in brief_group(items, self.options, self.engines, load, self.store)}
        return [records.get(item.name) or record_of(item, "error", 0.0, error="not briefed") for item in items]


def ray_producer(ray_options: RayOptions, models: ModelChoice):
    """A `produce` for `run_batch`: records of the inputs, briefed on Ray."""

    def produce(items: list[BatchInput], options: BatchOptions) -> Iterator[dict]:
        if not items:
            return
        ray = import_ray()
        started = _start(ray, ray_options)
        try:
            # Workers may run elsewhere: they get --out as an absolute path.
            absolute = replace(options, out_dir=_absolute(options.out_dir))
            pool = ray.data.ActorPoolStrategy(size=max(1, ray_options.actors))
            dataset = ray.data.from_items(_group_rows(items, options.group_size)).map(_read_group).map_batches(
                BriefActor, fn_constructor_kwargs={"options": absolute, "models": asdict(models)},
                batch_size=1, compute=pool, num_cpus=ray_options.cpus_per_actor, num_gpus=ray_options.gpus_per_actor or None,
                batch_format="numpy",
            )
            for row in dataset.iter_rows():
                yield _record_row(row)
        finally:
            if started:
                ray.shutdown()

    produce.usage = WorkerUsage(ray_options.actors, max(1, round(ray_options.cpus_per_actor)))  # type: ignore[attr-defined]
    return produce


def _record_row(row: dict) -> dict:
    """A Dataset row back as the index's record (numpy values to plain ones)."""
    outputs = row["outputs"]
    return {
        "name": str(row["name"]), "path": str(row["path"]), "status": str(row["status"]),
        "error": None if row["error"] is None else str(row["error"]),
        "outputs": [str(o) for o in (outputs.tolist() if hasattr(outputs, "tolist") else outputs)],
        "seconds": round(float(row["seconds"]), 4),
        "warning": None if row["warning"] is None else str(row["warning"]),
    }
