"""Paths on other filesystems (`s3://`, `gs://`, `hdfs://`, ...), through pyarrow's
filesystems, the ones Ray Data reads with. pyarrow is imported only for such a path.

Credentials and endpoints come from the usual environment (`AWS_ACCESS_KEY_ID`,
`AWS_ENDPOINT_URL`, `GOOGLE_APPLICATION_CREDENTIALS`, ...), as for any Arrow program.
"""

from __future__ import annotations

import re
from fnmatch import fnmatch

from zhbrief.errors import ZhbriefError

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_remote(location: object) -> bool:
    text = str(location)
    return bool(_SCHEME.match(text)) and not text.lower().startswith("file://")


def join(uri: str, relative: str) -> str:
    return uri.rstrip("/") + "/" + relative.lstrip("/")


def open_location(uri: str):
    """(filesystem, path inside it) for a URI, or one clear sentence."""
    try:
        from pyarrow import fs
    except ImportError:
        raise ZhbriefError(f"{uri}: remote paths need pyarrow: run `pip install 'zhbrief[ray]'`.") from None
    try:
        return fs.FileSystem.from_uri(uri)
    except Exception as exc:  # unknown scheme, no driver built in, bad credentials
        raise ZhbriefError(f"cannot open {uri}: {_first_line(exc)}") from None


def _first_line(exc: Exception) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:200]


def read_remote(uri: str, max_bytes: int) -> bytes:
    """Up to `max_bytes + 1` bytes of a remote file (one more: the caller refuses it)."""
    from pyarrow import fs

    filesystem, path = open_location(uri)
    try:
        info = filesystem.get_file_info(path)
        if info.type == fs.FileType.NotFound:
            raise ZhbriefError(f"{uri}: no such file.")
        if info.type == fs.FileType.Directory:
            raise ZhbriefError(f"{uri} is a folder; use `zhbrief batch` for folders.")
        with filesystem.open_input_stream(path) as handle:
            return handle.read(max_bytes + 1)
    except OSError as exc:
        raise ZhbriefError(f"{uri}: cannot read it ({_first_line(exc)}).") from None


def list_remote(uri: str, globs: tuple[str, ...]) -> list[tuple[str, str]]:
    """(file URI, name relative to `uri`) of the files under a remote folder whose names
    match the globs, sorted; a remote file alone gives itself."""
    from pyarrow import fs

    filesystem, base = open_location(uri)
    try:
        info = filesystem.get_file_info(base)
        if info.type == fs.FileType.File:
            return [(uri, info.base_name)]
        if info.type == fs.FileType.NotFound:  # stays in, to be reported as a local path would
            return [(uri, base.rstrip("/").rsplit("/", 1)[-1])]
        selector = fs.FileSelector(base, recursive=True, allow_not_found=True)
        infos = filesystem.get_file_info(selector)
    except OSError as exc:
        raise ZhbriefError(f"cannot list {uri}: {_first_line(exc)}") from None
    prefix = base.rstrip("/") + "/"
    found = [(join(uri, i.path[len(prefix):]), i.path[len(prefix):]) for i in infos
             if i.type == fs.FileType.File and i.path.startswith(prefix) and any(fnmatch(i.base_name, g) for g in globs)]
    return sorted(found, key=lambda pair: pair[1])
