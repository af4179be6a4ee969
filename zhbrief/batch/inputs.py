"""What a batch reads: folders walked with globs, files, `--files-from`; and where each
output goes, under `--out` and never outside it."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

from zhbrief.batch.names import OutputNames, common_root, location_parts, name_below, output_name
from zhbrief.errors import ZhbriefError
from zhbrief.load.remote import is_remote, list_remote

DEFAULT_GLOBS = ("*.txt", "*.html", "*.htm")


@dataclass(frozen=True)
class BatchInput:
    path: Path | str  # where to read it: a local path, or a URI (`s3://bucket/key`) as a string
    name: str  # its path below the inputs' common root: the index key
    skip: str | None = None  # why it is not read (a file the --glob patterns leave out)
    output: str = ""  # where its outputs go under --out, before the extension (set by discover)
    warning: str | None = None  # why its output is not simply its name (a suffix given)

    @property
    def output_stem(self) -> str:
        return self.output or output_name(self.name)


@dataclass(frozen=True)
class _Found:
    """A file found, before naming: where it is, its location parts, why it is skipped."""

    path: Path | str
    parts: tuple[str, ...]
    skip: str | None = None


def _walk(folder: Path, globs: tuple[str, ...]) -> list[_Found]:
    """Every file under the folder, hidden ones aside: those the patterns match to brief (a
    broken link too, to be reported), the others as skipped, so none disappears silently."""
    found, base = [], location_parts(folder)
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).parts
        if any(part.startswith(".") for part in relative) or path.is_dir():
            continue
        if not (path.is_file() or path.is_symlink()):  # a FIFO or a device: reading could block
            found.append(_Found(path, base + relative, "not briefed: not a regular file"))
        elif any(fnmatch(path.name, g) for g in globs):
            found.append(_Found(path, base + relative))
        else:
            found.append(_Found(path, base + relative, f"not briefed: its name matches none of --glob {' '.join(globs)}"))
    return found


def _read_list(files_from: str) -> list[str]:
    if files_from == "-":
        lines = sys.stdin.read().splitlines()
    else:
        try:
            lines = Path(files_from).read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError as exc:
            raise ZhbriefError(f"cannot read the list {files_from}: {exc.strerror or exc}.") from None
    return [line.strip() for line in lines if line.strip()]


def _remote(uri: str, globs: tuple[str, ...]) -> tuple[tuple[str, ...], list[_Found]]:
    """(the anchor, the files) of a remote folder, or of a remote file (anchored at its folder)."""
    base = location_parts(uri)
    listed = list_remote(uri, globs)
    if len(listed) == 1 and listed[0][0] == uri:  # a file, or a path that is not there
        return base[:-1], [_Found(uri, base)]
    return base, [_Found(file, base + tuple(relative.split("/"))) for file, relative in listed]


def _named(raw: str, globs: tuple[str, ...]) -> tuple[tuple[str, ...], list[_Found]]:
    """One input named by the user: (its anchor for the common root, the files it stands for)."""
    if is_remote(raw):
        return _remote(raw, globs)
    path = Path(raw)
    if path.is_dir():
        return location_parts(path), _walk(path, globs)
    parts = location_parts(path)  # a file, or a path that does not exist (reported later)
    return parts[:-1], [_Found(path, parts)]


def discover(inputs: list[str], globs: tuple[str, ...] = DEFAULT_GLOBS, files_from: str | None = None) -> list[BatchInput]:
    """Every input once, in a stable order, named by its path below the common root of all
    that was named; a path that does not exist stays in, to be reported. Inputs may be
    remote folders or files (`s3://bucket/prefix/`); `--files-from` may list URIs."""
    anchors, found = [], []
    for raw in list(inputs) + (_read_list(files_from) if files_from else []):
        anchor, files = _named(raw, globs)
        anchors.append(anchor)
        found += files
    root = common_root(anchors)
    names, items, seen = OutputNames(), [], set()
    for file in found:
        if file.parts in seen:  # the same file named twice (a folder and a file in it, a list)
            continue
        seen.add(file.parts)
        name = name_below(root, file.parts)
        placement = names.place(name)
        items.append(BatchInput(file.path, name, file.skip, placement.output, placement.warning))
    return items
