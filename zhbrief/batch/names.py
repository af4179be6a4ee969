"""Where each input's outputs go under `--out`.

An input keeps its path below the common root of everything named on the command line
(`a/news/x.txt` and `b/news/x.txt` stay apart). Characters some filesystem cannot hold
(`:` on Windows, `\\`, `?`, control characters) are percent-encoded, `%` included, so the
encoding is reversible and never merges two names (`a:b.txt` beside `a_b.txt`). Names
that would still share an output (equal but for case, on a disk that ignores case) get
a suffix, `x~2.txt`, and a warning.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from zhbrief.errors import ZhbriefError

_UNSAFE = re.compile(r'[%<>:"\\|?*\x00-\x1f\x7f]')
_ENCODED = re.compile(r"%([0-9A-F]{2})")
_NOT_NAMES = ("", ".", "..")


def encode_part(part: str) -> str:
    """One file or folder name as any filesystem can hold it: `a:b.txt` -> `a%3Ab.txt`."""
    return _UNSAFE.sub(lambda match: f"%{ord(match.group()):02X}", part)


def decode_part(part: str) -> str:
    return _ENCODED.sub(lambda match: chr(int(match.group(1), 16)), part)


def safe_name(raw: str) -> str:
    """A relative name that stays under `--out`, from any string: no root, drive, `..` or
    `.` (`../../etc/x.txt` -> `etc/x.txt`), each part encoded (`C:` -> `C%3A`)."""
    # Split by hand: PurePosixPath keeps a leading `//` as a root of its own.
    parts = [p for p in raw.replace("\\", "/").split("/") if p not in _NOT_NAMES]
    return "/".join(encode_part(p) for p in parts) or "input"


def location_parts(location: Path | str) -> tuple[str, ...]:
    """A local path (absolute, `..` folded) or a URI (`s3://bucket/k` -> `s3:`, `bucket`, `k`)
    as the parts a common root is found among."""
    text = str(location)
    if "://" in text and not text.lower().startswith("file://"):
        scheme, rest = text.split("://", 1)
        return (f"{scheme}:",) + tuple(p for p in rest.split("/") if p not in _NOT_NAMES)
    return PurePosixPath(os.path.abspath(text)).parts[1:]


def common_root(anchors: list[tuple[str, ...]]) -> tuple[str, ...]:
    """The longest leading run of parts that every anchor (a folder named, or the folder
    of a file named) shares."""
    if not anchors:
        return ()
    root = anchors[0]
    for anchor in anchors[1:]:
        size = 0
        while size < min(len(root), len(anchor)) and root[size] == anchor[size]:
            size += 1
        root = root[:size]
    return root


def name_below(root: tuple[str, ...], parts: tuple[str, ...]) -> str:
    """The input's name: its parts below the root, as given (the index key, shown to users)."""
    below = parts[len(root):] if parts[: len(root)] == root else parts
    return "/".join(below) or (parts[-1] if parts else "input")


def output_name(name: str) -> str:
    """Where a name's outputs go, relative to `--out` (before the format's extension)."""
    return "/".join(encode_part(p) for p in name.split("/") if p not in _NOT_NAMES) or "input"


def _folded(output: str) -> str:
    # A case-insensitive disk (macOS, Windows) or one that normalises Unicode holds one of these.
    return unicodedata.normalize("NFC", output).casefold()


def _with_suffix(output: str, number: int) -> str:
    folder, _, file = output.rpartition("/")
    stem, dot, extension = file.partition(".") if not file.startswith(".") else (file, "", "")
    return f"{folder}/{stem}~{number}{dot}{extension}" if folder else f"{stem}~{number}{dot}{extension}"


@dataclass(frozen=True)
class Placement:
    output: str  # relative to --out, encoded, before the extension
    warning: str | None = None  # why it is not simply the encoded name


class OutputNames:
    """Hands out one output per input, in input order: the second of two names that would
    share an output gets `~2` before its extension."""

    def __init__(self) -> None:
        self._taken: dict[str, str] = {}

    def place(self, name: str) -> Placement:
        wanted = output = output_name(name)
        number = 1
        while _folded(output) in self._taken:
            number += 1
            output = _with_suffix(wanted, number)
        self._taken[_folded(output)] = name
        if output == wanted:
            return Placement(output)
        first = self._taken[_folded(wanted)]
        return Placement(output, f"{name} would share its output with {first}; written as {output} instead.")


def checked_output(output: str) -> str:
    """An output name as handed out here, or refused: a name that climbs out (`..`), has
    a root, or holds a raw separator never reaches a store."""
    if output.startswith("/") or "\\" in output or any(p in _NOT_NAMES for p in output.split("/")):
        raise ZhbriefError(f"output {output!r} would be written outside --out; refused.")
    return output


def output_path(out_dir: Path, output: str, extension: str) -> Path:
    """`out/<output><extension>`, refusing anything that would land outside `out`
    (a crafted name, or a symlinked folder inside `out`)."""
    root = out_dir.resolve()
    target = (out_dir / (checked_output(output) + extension)).resolve()
    if not target.is_relative_to(root):
        raise ZhbriefError(f"output for {output} would be written outside {out_dir}; refused.")
    return target
