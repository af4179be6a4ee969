"""What a batch reads: folders walked with globs, files, `--files-from`; and where each
output goes, under `--out` and never outside it."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

from zhbrief.errors import ZhbriefError
from zhbrief.load.remote import is_remote, list_remote

DEFAULT_GLOBS = ("*.txt", "*.html", "*.htm")


@dataclass(frozen=True)
class BatchInput:
    path: Path | str  # where to read it: a local path, or a URI (`s3://bucket/key`) as a string
    name: str  # its relative name: the index key, and its outputs' path under --out
    skip: str | None = None  # why it is not read (a file the --glob patterns leave out)


def safe_name(raw: str) -> str:
    """A relative POSIX name with no root, drive, `..` or `.`: `../../etc/x.txt` -> `etc/x.txt`."""
    # Split by hand: PurePosixPath keeps a leading `//` as a root of its own.
    parts = [p for p in raw.replace("\\", "/").split("/") if p not in ("", ".", "..")]
    parts = [p.replace(":", "_") for p in parts]
    return "/".join(parts) or "input"


def _name_for_file(path: Path) -> str:
    try:
        return safe_name(path.resolve().relative_to(Path.cwd().resolve()).as_posix())
    except ValueError:
        return safe_name(path.as_posix())


def _under(prefix: str, relative: str) -> str:
    """An input's name: relative to its folder, under the folder's name when several are given."""
    return safe_name(f"{prefix}/{relative}" if prefix else relative)


def _walk(folder: Path, globs: tuple[str, ...], prefix: str) -> list[BatchInput]:
    """Every file under the folder, hidden ones aside: those the patterns match to brief (a
    broken link too, to be reported), the others as skipped, so none disappears silently."""
    found = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if any(part.startswith(".") for part in relative.split("/")) or path.is_dir():
            continue
        name = _under(prefix, relative)
        if not (path.is_file() or path.is_symlink()):  # a FIFO or a device: reading could block
            found.append(BatchInput(path, name, skip="not briefed: not a regular file"))
        elif any(fnmatch(path.name, g) for g in globs):
            found.append(BatchInput(path, name))
        else:
            found.append(BatchInput(path, name, skip=f"not briefed: its name matches none of --glob {' '.join(globs)}"))
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


def _remote_inputs(uri: str, globs: tuple[str, ...], several: bool) -> list[BatchInput]:
    """A remote folder (or file): named relative to it, under its own name when several
    inputs are given, as local folders are."""
    prefix = uri.rstrip("/").rsplit("/", 1)[-1] if several else ""
    return [BatchInput(file, _under(prefix, name)) for file, name in list_remote(uri, globs)]


def _listed(raw: str) -> BatchInput:
    if is_remote(raw):
        return BatchInput(raw, safe_name(raw.split("://", 1)[1]))
    return BatchInput(Path(raw), _name_for_file(Path(raw)))


def discover(inputs: list[str], globs: tuple[str, ...] = DEFAULT_GLOBS, files_from: str | None = None) -> list[BatchInput]:
    """Every input once, in a stable order; a path that does not exist stays in, to be reported.
    Inputs may be remote folders or files (`s3://bucket/prefix/`); `--files-from` may list URIs."""
    several = len([i for i in inputs if is_remote(i) or Path(i).is_dir()]) > 1  # folders get their name as prefix
    found: list[BatchInput] = []
    for raw in inputs:
        path = Path(raw)
        if is_remote(raw):
            found += _remote_inputs(raw, globs, several)
        elif path.is_dir():
            found += _walk(path, globs, path.resolve().name if several else "")
        else:
            found.append(BatchInput(path, _name_for_file(path)))
    found += [_listed(raw) for raw in (_read_list(files_from) if files_from else [])]
    unique: dict[str, BatchInput] = {}
    for item in found:
        unique.setdefault(item.name, item)
    return list(unique.values())


def output_path(out_dir: Path, name: str, extension: str) -> Path:
    """`out/<name><extension>`, refusing anything that would land outside `out`
    (a crafted name, or a symlinked folder inside `out`)."""
    root = out_dir.resolve()
    target = (out_dir / (safe_name(name) + extension)).resolve()
    if not target.is_relative_to(root):
        raise ZhbriefError(f"output for {name} would be written outside {out_dir}; refused.")
    return target
