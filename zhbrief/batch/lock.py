"""One run per `--out`: a second run on the same folder would rewrite the first's index and
sweep away its half-written files.

A local folder holds `.zhbrief.lock`, locked with `fcntl` for as long as the run lasts:
the kernel drops the lock when the process dies, however it dies, so a killed run never
blocks the next one. A remote store has no locks: it holds a lease object naming the run,
renewed while the run lasts and let lapse at its end; another run takes it over once it has
lapsed, or at once when it names a process on this machine that is gone. Both files stay
in `--out`, hidden, saying who held it last.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
import time
import uuid
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Protocol

from zhbrief.errors import ZhbriefError

LOCK_NAME = ".zhbrief.lock"
LEASE_NAME = ".zhbrief-lease.json"


class OutputLocked(ZhbriefError):
    """Another run is writing to this `--out` (the CLI exits 2)."""


@dataclass(frozen=True)
class RunId:
    """Who holds an `--out`: enough for a person to find the other run."""

    run_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    host: str = field(default_factory=socket.gethostname)
    pid: int = field(default_factory=os.getpid)
    started: str = field(default_factory=lambda: time.strftime("%Y-%m-%d %H:%M:%S"))
    renewed: float = field(default_factory=time.time)

    def to_json(self) -> str:
        return json.dumps(asdict(self)) + "\n"

    @classmethod
    def from_json(cls, text: str) -> RunId | None:
        try:
            return cls(**json.loads(text))
        except (ValueError, TypeError):
            return None  # empty (written a moment from now), torn, or not ours

    def describe(self) -> str:
        return f"pid {self.pid} on {self.host}, started {self.started}"

    def gone(self) -> bool:
        """A process of this machine that no longer exists."""
        if self.host != socket.gethostname():
            return False
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return True
        except OSError:  # alive, another user's
            return False
        return False


def _refusal(out: str, holder: RunId | None, after: str = "") -> OutputLocked:
    who = f" ({holder.describe()})" if holder else ""
    return OutputLocked(f"another zhbrief batch{who} is writing to {out}; wait for it to end{after}, or use another --out.")


class LeaseObject(Protocol):
    """The lease's object on a remote store (empty bytes when there is none)."""

    def read(self) -> bytes: ...

    def write(self, data: bytes) -> None: ...


class LocalLock:
    """`fcntl.flock` on `<out>/.zhbrief.lock`, which says who holds it."""

    def __init__(self, out_dir: Path):
        self.path = Path(out_dir) / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            import fcntl
        except ImportError:  # Windows: no advisory locks here
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = RunId.from_json(self.path.read_text(encoding="utf-8", errors="replace"))
            os.close(fd)
            raise _refusal(str(self.path.parent), holder) from None
        os.ftruncate(fd, 0)
        os.write(fd, RunId().to_json().encode())
        os.fsync(fd)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        import fcntl

        fcntl.flock(self._fd, fcntl.LOCK_UN)  # worker processes forked with the descriptor keep none
        os.close(self._fd)
        self._fd = None


class RemoteLease:
    """A lease object on a remote store: written, read back (the last writer wins a race),
    renewed every `ttl / 4` seconds by a thread, let lapse at the end. `store` reads and
    writes the object."""

    def __init__(self, store: LeaseObject, uri: str, ttl: float = 90.0):
        self.store, self.uri, self.ttl = store, uri, ttl
        self.mine = RunId()
        self._stop = threading.Event()
        self._renewer: threading.Thread | None = None

    def _read(self) -> RunId | None:
        return RunId.from_json(self.store.read().decode("utf-8", "replace"))

    def _write(self) -> None:
        self.mine = replace(self.mine, renewed=time.time())
        self.store.write(self.mine.to_json().encode())

    def _lapsed(self, holder: RunId) -> bool:
        return time.time() - holder.renewed > self.ttl or holder.gone()

    def acquire(self, settle: float = 0.5) -> None:
        holder = self._read()
        if holder and holder.run_id != self.mine.run_id and not self._lapsed(holder):
            lapses = time.strftime("%H:%M:%S", time.localtime(holder.renewed + self.ttl))
            raise _refusal(self.uri, holder, f" (if it was killed, its lease lapses at {lapses}; then use --resume)")
        self._write()
        time.sleep(settle)  # two runs that both found it free: the later write stands
        holder = self._read()
        if holder is None or holder.run_id != self.mine.run_id:
            raise _refusal(self.uri, holder)
        self._renewer = threading.Thread(target=self._renew, name="zhbrief-lease", daemon=True)
        self._renewer.start()

    def _renew(self) -> None:
        while not self._stop.wait(self.ttl / 4):
            try:
                self._write()
            except ZhbriefError as exc:  # the store is unreachable for now: say so, try again
                sys.stderr.write(f"warning: cannot renew the lease on {self.uri}: {exc}\n")

    def release(self) -> None:
        if self._renewer is None:
            return
        self._stop.set()
        self._renewer.join()
        self._renewer = None
        holder = self._read()
        if holder and holder.run_id == self.mine.run_id:
            # Lapsed at once, not deleted: deleting the last object of a "folder" makes
            # pyarrow leave an empty marker object in its place.
            self.mine = replace(self.mine, renewed=0.0)
            self.store.write(self.mine.to_json().encode())
