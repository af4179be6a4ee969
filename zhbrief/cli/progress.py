"""A batch's progress on stderr: a rich bar on a terminal, a line every few seconds in logs."""

from __future__ import annotations

import sys
import time


class LineProgress:
    """Quiet progress for logs and pipes: a line on stderr every few seconds."""

    def __init__(self, every: float = 5.0):
        self.every = every
        self.done = self.errors = self.total = 0
        self.start = self.last = time.monotonic()

    def started(self, total: int) -> None:
        self.total = total
        sys.stderr.write(f"zhbrief batch: {total} inputs\n")

    def advanced(self, record: dict) -> None:
        self.done += 1
        self.errors += record["status"] == "error"
        if record["status"] == "error":
            sys.stderr.write(f"error: {record['path']}: {record['error']}\n")
        now = time.monotonic()
        if now - self.last >= self.every or self.done == self.total:
            self.last = now
            rate = self.done / max(now - self.start, 1e-9)
            eta = (self.total - self.done) / rate if rate else 0
            sys.stderr.write(f"zhbrief batch: {self.done}/{self.total} done, {self.errors} errors, {rate:.1f}/s, ETA {eta:.0f}s\n")
        sys.stderr.flush()

    def stop(self) -> None:
        pass


class RichProgress:
    """A progress bar on a terminal: done/total, rate, ETA, errors so far."""

    def __init__(self, console):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.errors = 0
        self.progress = Progress(
            TextColumn("[bold]briefing"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.1f}/s"), TimeRemainingColumn(),
            TextColumn("[red]{task.fields[errors]} errors"), console=console,
        )
        self.task = None
        self.start = time.monotonic()

    def started(self, total: int) -> None:
        self.progress.start()
        self.task = self.progress.add_task("batch", total=total, errors=0, rate=0.0)

    def advanced(self, record: dict) -> None:
        self.errors += record["status"] == "error"
        done = self.progress.tasks[0].completed + 1
        rate = done / max(time.monotonic() - self.start, 1e-9)
        self.progress.update(self.task, advance=1, errors=self.errors, rate=rate)

    @property
    def done(self) -> int:
        return int(self.progress.tasks[0].completed) if self.progress.tasks else 0

    def stop(self) -> None:
        self.progress.stop()
