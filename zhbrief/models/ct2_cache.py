"""The folder of converted CTranslate2 models, shared safely by processes (batch workers,
Ray actors, two commands run at once).

- A copy is built in a temporary folder and renamed into place while its converter holds
  the copy's exclusive file lock (fcntl.flock): a second converter waits for the lock, then
  finds the copy done and reuses it.
- The kernel drops the lock when its process dies, however it dies, so a killed conversion
  never blocks the next one. Only the lock holder converts, so while it holds the lock
  every temporary folder of that copy is a dead conversion's, and it removes them.
- The marker written last is a manifest: name, size, mtime and sha256 of every file. A copy
  is removed only when its files contradict the manifest, never because a load failed.
- A copy from an older zhbrief (a marker without a manifest) cannot be verified: it is used
  as it is, and rebuilt only when a load fails over its files (see ct2.open_converted).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from zhbrief.errors import ZhbriefError

MARKER = "zhbrief-conversion.json"
_CHUNK = 1 << 20


class ConversionFailed(ZhbriefError):
    """The model could not be converted or loaded by CTranslate2."""


@dataclass(frozen=True)
class CopyState:
    """What a converted copy's files say when checked against its manifest."""

    usable: bool  # complete, as far as can be told
    verified: bool  # checked against a manifest (False: no copy, or an older copy without one)
    problem: str = ""  # why it is not usable, e.g. "model.bin is missing"
    identity: str = ""  # this conversion's id: tells a rebuilt copy from the one that failed


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while block := stream.read(_CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _entry(path: Path) -> dict[str, Any]:
    stat = path.stat()
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": file_sha256(path)}


def write_manifest(folder: Path, info: dict[str, Any]) -> None:
    """The marker, last: the conversion's details and every file it wrote."""
    files = {str(p.relative_to(folder)): _entry(p) for p in sorted(folder.rglob("*")) if p.is_file() and p.name != MARKER}
    manifest = {**info, "id": uuid.uuid4().hex, "files": files}
    (folder / MARKER).write_text(json.dumps(manifest, indent=1), encoding="utf-8")


def check_copy(folder: Path, thorough: bool = False) -> CopyState:
    """Whether `folder` holds a complete copy. Sizes are always checked; a file's sha256 when
    its mtime moved, or every file's when `thorough` (after a load failed)."""
    try:
        manifest = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return CopyState(False, False, "no copy" if not folder.exists() else f"no {MARKER}: an unfinished conversion")
    except (OSError, ValueError):
        return CopyState(False, True, f"{MARKER} is unreadable")
    files, identity = manifest.get("files"), str(manifest.get("id", ""))
    if files is None:  # written by an older zhbrief
        complete = (folder / "model.bin").is_file() and (folder / "config.json").is_file()
        return CopyState(complete, False, "" if complete else "model.bin or config.json is missing", identity)
    try:
        for name, entry in files.items():
            if problem := _file_problem(folder / name, entry, thorough):
                return CopyState(False, True, f"{name} {problem}", identity)
    except (AttributeError, KeyError, TypeError):
        return CopyState(False, True, f"{MARKER} is malformed", identity)
    return CopyState(True, True, "", identity)


def _file_problem(path: Path, entry: dict[str, Any], thorough: bool) -> str:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return "is missing"
    if stat.st_size != entry["size"]:
        return f"has {stat.st_size} bytes, not {entry['size']}"
    # Same size and mtime: unchanged, short of deliberate tampering; hashing gigabytes at
    # every load would cost seconds.
    if (thorough or stat.st_mtime_ns != entry["mtime_ns"]) and file_sha256(path) != entry["sha256"]:
        return "has changed since conversion (sha256 differs)"
    return ""


def lock_path(target: Path) -> Path:
    # Dot names: `models list` globs the cache for copies and never sees these.
    return target.with_name(f".{target.name}.lock")


@contextmanager
def conversion_lock(target: Path) -> Iterator[None]:
    """Hold `target`'s exclusive lock, waiting for the process that holds it. flock locks an open
    file description, so it excludes threads of one process too, and dies with its process."""
    try:
        import fcntl
    except ImportError:  # Windows: no lock; the rename into place is still atomic
        yield
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(lock_path(target), os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as exc:
        raise ConversionFailed(f"the CTranslate2 cache {target.parent} is not writable: {exc.strerror or exc}") from None
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # releases the lock


def temporary_for(target: Path) -> Path:
    return target.with_name(f".{target.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}")


def stale_temporaries(target: Path) -> list[Path]:
    return sorted(target.parent.glob(f".{target.name}.tmp-*"))


def remove_stale(target: Path) -> None:
    """Remove dead conversions' temporary folders: call only while holding `target`'s lock."""
    for folder in stale_temporaries(target):
        shutil.rmtree(folder, ignore_errors=True)


def discard(folder: Path) -> None:
    """Move a corrupt copy aside at once (a rename), then delete it: a kill midway leaves a
    temporary folder for the next converter, never a half-deleted copy. Hold the lock."""
    if not folder.exists():
        return
    doomed = temporary_for(folder)
    try:
        os.replace(folder, doomed)
    except OSError:
        doomed = folder
    shutil.rmtree(doomed, ignore_errors=True)
