"""A remote `--out` (`s3://`, `gs://`, `hdfs://`, ...): each output written whole, and the
index rewritten whole, since object stores have no append.

An object store publishes an object only once its upload completes, so an output is there
whole or not at all; other filesystems get a temporary name and a move. The index is
uploaded at most every few seconds (and at the end, and on Ctrl-C): a run killed outright
loses at most those seconds of index lines, and `--resume` then briefs those inputs again.
"""

from __future__ import annotations

import json
import time

from zhbrief.batch.index import INDEX_NAME, index_text, latest_per_input, parse_index_lines
from zhbrief.batch.lock import LEASE_NAME, RemoteLease
from zhbrief.batch.names import checked_output
from zhbrief.errors import ZhbriefError
from zhbrief.load.remote import error_reason, open_location, remote_errors

_OBJECT_STORES = {"s3", "gcs"}


class RemoteIndex:
    def __init__(self, filesystem, path: str, flush_seconds: float = 5.0):
        self.filesystem, self.path = filesystem, path
        self.flush_seconds = flush_seconds
        self._lines: list[str] | None = None
        self._dirty = False
        self._flushed_at = time.monotonic()
        self._flush_cost = 0.0

    def _content(self) -> list[str]:
        if self._lines is None:
            data = _read_or_empty(self.filesystem, self.path)
            # A line without its newline was torn: not a record.
            self._lines = [line + "\n" for line in data.decode("utf-8", "replace").split("\n")[:-1]]
        return self._lines

    def repair(self) -> None:
        self._content()

    def records(self) -> list[dict]:
        return parse_index_lines(self._content())

    def compact(self, order: list[str] | None = None) -> None:
        lines = self._content()
        compacted = index_text(latest_per_input(parse_index_lines(lines), order))
        if compacted != "".join(lines):
            self._lines = compacted.splitlines(keepends=True)
            self._dirty = True

    def append(self, record: dict) -> None:
        self._content().append(json.dumps(record, ensure_ascii=False) + "\n")
        self._dirty = True
        # Rewriting a large index is slow: never spend over a tenth of the time on it.
        if time.monotonic() - self._flushed_at >= max(self.flush_seconds, 10 * self._flush_cost):
            self.flush()

    def flush(self, force: bool = False) -> None:
        if not (self._dirty or force):
            return
        start = time.monotonic()
        put_bytes(self.filesystem, self.path, "".join(self._content()).encode("utf-8"))
        self._dirty = False
        self._flushed_at = time.monotonic()
        self._flush_cost = self._flushed_at - start


def _read_or_empty(filesystem, path: str) -> bytes:
    from pyarrow import fs

    try:
        if filesystem.get_file_info(path).type != fs.FileType.File:
            return b""
        with filesystem.open_input_stream(path) as handle:
            return handle.read()
    except remote_errors() as exc:
        raise ZhbriefError(f"cannot read {path}: {error_reason(exc)}") from None


def put_bytes(filesystem, path: str, data: bytes) -> None:
    """Write a whole file: directly where the store publishes on completion, else under a
    temporary name moved into place."""
    try:
        if filesystem.type_name in _OBJECT_STORES:
            with filesystem.open_output_stream(path) as handle:
                handle.write(data)
            return
        parent, _, name = path.rpartition("/")
        filesystem.create_dir(parent, recursive=True)
        temp = f"{parent}/.{name}.{time.time_ns()}.zhbrief-tmp"
        with filesystem.open_output_stream(temp) as handle:
            handle.write(data)
        filesystem.move(temp, path)
    except remote_errors() as exc:
        raise ZhbriefError(f"cannot write {path}: {error_reason(exc)}") from None


class _StoredObject:
    """One small object, read and written whole: the run's lease."""

    def __init__(self, filesystem, path: str):
        self.filesystem, self.path = filesystem, path

    def read(self) -> bytes:
        return _read_or_empty(self.filesystem, self.path)

    def write(self, data: bytes) -> None:
        put_bytes(self.filesystem, self.path, data)


class RemoteStore:
    """`--out` on a remote filesystem: the same names and contents as a local folder."""

    def __init__(self, uri: str):
        self.uri = uri.rstrip("/")
        self.filesystem, base = open_location(self.uri)
        self.base = base.rstrip("/")
        self.index = RemoteIndex(self.filesystem, f"{self.base}/{INDEX_NAME}")
        self.lease = RemoteLease(_StoredObject(self.filesystem, f"{self.base}/{LEASE_NAME}"), self.uri)

    def prepare(self) -> None:
        """Take the lease (another run's: exit 2), read the index and write it back now: a
        bucket that cannot be written to fails here, before any work."""
        self.lease.acquire()
        self.index.repair()
        self.index.compact()
        self.index.flush(force=True)

    def relative_output(self, output: str, extension: str) -> str:
        # Checked names stay under --out; an object store has no links to follow.
        return checked_output(output) + extension

    def write(self, relative: str, text: str) -> None:
        put_bytes(self.filesystem, f"{self.base}/{relative}", text.encode("utf-8"))

    def is_complete(self, relative: str) -> bool:
        data = _read_or_empty(self.filesystem, f"{self.base}/{relative}")
        if not data:
            return False
        if relative.endswith(".json"):
            try:
                json.loads(data)
            except ValueError:
                return False
        return True

    def close(self) -> None:
        try:
            self.index.flush()
        finally:
            self.lease.release()
