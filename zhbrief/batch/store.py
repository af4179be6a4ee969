"""Crash-safe outputs: files written whole or not at all, and an index with one line per
input, appended as inputs finish (a kill loses nothing) and compacted to each input's latest
line when a run starts and ends. `open_store` gives the local folder's store, or a remote one."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Protocol

from zhbrief.batch.index import INDEX_NAME, index_text, latest_per_input, parse_index_lines
from zhbrief.batch.lock import LOCK_NAME, LocalLock
from zhbrief.batch.names import output_path

_TEMP_SUFFIX = ".zhbrief-tmp"


def atomic_write_text(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, sync it, then rename over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}{_TEMP_SUFFIX}")
    with open(temp, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)


def remove_stale_temporaries(out_dir: Path) -> int:
    """Temporary files left by a killed run are never outputs: delete them."""
    stale = list(out_dir.rglob(f".*{_TEMP_SUFFIX}")) if out_dir.exists() else []
    for path in stale:
        path.unlink(missing_ok=True)
    return len(stale)


class Index:
    """`index.jsonl`: a JSON line per input, appended and synced one by one as inputs finish,
    compacted to one line per input (atomically) at the start and end of a run."""

    def __init__(self, out_dir: Path):
        self.path = out_dir / INDEX_NAME

    def repair(self) -> None:
        """Cut a line torn by a kill, so the next append starts on a line of its own."""
        if not self.path.exists():
            return
        data = self.path.read_bytes()
        if data and not data.endswith(b"\n"):
            with open(self.path, "r+b") as handle:
                handle.truncate(data.rfind(b"\n") + 1)

    def _lines(self) -> list[str]:
        return self.path.read_text(encoding="utf-8", errors="replace").splitlines() if self.path.exists() else []

    def records(self) -> list[dict]:
        return parse_index_lines(self._lines())

    def compact(self, order: list[str] | None = None) -> None:
        lines = self._lines()
        records = parse_index_lines(lines)
        compacted = latest_per_input(records, order)
        if compacted != records or len(records) != len(lines):  # a later line, another order, a torn line
            atomic_write_text(self.path, index_text(compacted))

    def append(self, record: dict) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            handle.flush()
            os.fsync(handle.fileno())


def output_is_complete(path: Path) -> bool:
    if not path.is_file() or path.stat().st_size == 0:
        return False
    if path.suffix == ".json":
        try:
            json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, OSError):
            return False
    return True


def completed_inputs(store: "OutputStore") -> set[str]:
    """Inputs with an `ok` line whose every output is there and whole."""
    done: set[str] = set()
    for record in store.index.records():
        outputs = record.get("outputs") or []
        if record.get("status") == "ok" and outputs and all(store.is_complete(o) for o in outputs):
            done.add(record.get("name"))
    return done


class OutputStore(Protocol):
    """Where a batch writes: its outputs by name relative to `--out`, and its index."""

    index: Index  # or RemoteIndex: records, append, compact

    def prepare(self) -> None: ...

    def relative_output(self, output: str, extension: str) -> str: ...

    def write(self, relative: str, text: str) -> None: ...

    def is_complete(self, relative: str) -> bool: ...

    def close(self) -> None: ...


class LocalStore:
    """A local `--out` folder: atomic renames, an fsynced append per index line."""

    def __init__(self, out_dir: Path):
        self.out_dir = Path(out_dir)
        self.index = Index(self.out_dir)
        self.lock = LocalLock(self.out_dir)
        self._created = False  # whether this run made the folder

    def prepare(self) -> None:
        """Hold --out for this run (another run exits 2), then tidy what a killed run left."""
        self._created = not self.out_dir.exists()
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.lock.acquire()
        self.index.repair()
        self.index.compact()
        remove_stale_temporaries(self.out_dir)

    def relative_output(self, output: str, extension: str) -> str:
        return output_path(self.out_dir, output, extension).relative_to(self.out_dir.resolve()).as_posix()

    def write(self, relative: str, text: str) -> None:
        atomic_write_text(self.out_dir / relative, text)

    def is_complete(self, relative: str) -> bool:
        return output_is_complete(self.out_dir / relative)

    def close(self) -> None:
        # Temporaries of writes cut short (Ctrl-C, SIGTERM, a worker killed) go now.
        try:
            remove_stale_temporaries(self.out_dir)
            if self._created and os.listdir(self.out_dir) == [LOCK_NAME]:
                # A run that ended before writing anything (a model missing) leaves no
                # folder behind. Unlinked while still held: no other run can hold it now.
                self.lock.path.unlink()
                self.out_dir.rmdir()
        finally:
            self.lock.release()


def open_store(out: Path | str) -> OutputStore:
    from zhbrief.load.remote import is_remote

    if is_remote(out):
        # One way only: remote_store never imports this module (the index format is in index.py).
        from zhbrief.batch.remote_store import RemoteStore

        return RemoteStore(str(out))
    return LocalStore(Path(out))
