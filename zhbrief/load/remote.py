"""Paths on other filesystems (`s3://`, `gs://`, `hdfs://`, ...), through pyarrow's
filesystems, the ones Ray Data reads with. pyarrow is imported only for such a path.

Credentials and endpoints come from the usual environment (`AWS_ACCESS_KEY_ID`,
`AWS_ENDPOINT_URL`, `GOOGLE_APPLICATION_CREDENTIALS`, ...), as for any Arrow program.
Google Cloud Storage retries for 15 minutes by default: `gs://` gets 2 seconds instead
(`ZHBRIEF_GCS_RETRY_SECONDS`, or `?retry_limit_seconds=N` on the address, sets another), so
a machine without credentials or network is told so at once.
"""

from __future__ import annotations

import os
import re
from fnmatch import fnmatch

from zhbrief.errors import ZhbriefError

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_GCS = re.compile(r"^(?:gs|gcs)://", re.I)
GCS_RETRY_SECONDS = 2  # pyarrow waits up to about twice this before it gives up
# google-cloud-cpp's errors: `Status(UNAVAILABLE: Retry policy exhausted, with a last message of
# …`, the cause last (`The underlying error message was: … CURL error [6]=Could not resolve hostname`).
_GOOGLE_STATUS = re.compile(r"google::cloud::Status\((?:\w+: )?(?:.*?with a last message of )?(?P<reason>[^.)]+)")
_GOOGLE_CAUSE = re.compile(
    r"underlying error message was: (?:.*?CURL error \[\d+\]=)?(?P<cause>[^{}]+?)(?:\s+error_info=|$)"
)


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
        return fs.FileSystem.from_uri(_with_short_retries(uri))
    except Exception as exc:  # unknown scheme, no driver built in, bad credentials
        raise ZhbriefError(f"cannot open {uri}: {error_reason(exc)}") from None


def _with_short_retries(uri: str) -> str:
    if not _GCS.match(uri) or "retry_limit_seconds=" in uri:
        return uri
    seconds = os.environ.get("ZHBRIEF_GCS_RETRY_SECONDS", "").strip() or GCS_RETRY_SECONDS
    return f"{uri}{'&' if '?' in uri else '?'}retry_limit_seconds={seconds}"


def remote_errors() -> tuple[type[Exception], ...]:
    """What a filesystem call raises: OSError, and pyarrow's own ArrowException (a GCS
    credentials file that is missing) which is not one."""
    from pyarrow.lib import ArrowException

    return OSError, ArrowException


def error_reason(exc: Exception) -> str:
    """A filesystem error in a line: google-cloud-cpp's pages of status cut to their cause."""
    text = (str(exc).splitlines() or [type(exc).__name__])[0]
    if "OAuth2 access token" in text:  # no credentials, a key file that is gone, or no network to use them
        cause = _GOOGLE_CAUSE.search(text)
        detail = f": {cause['cause'].strip()[:120]}" if cause else ""
        return f"no Google Cloud access token{detail}; check GOOGLE_APPLICATION_CREDENTIALS and the network"
    if status := _GOOGLE_STATUS.search(text):
        return status["reason"].strip()[:200]
    return text[:200]


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
    except remote_errors() as exc:
        raise ZhbriefError(f"{uri}: cannot read it ({error_reason(exc)}).") from None


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
    except remote_errors() as exc:
        raise ZhbriefError(f"cannot list {uri}: {error_reason(exc)}") from None
    prefix = base.rstrip("/") + "/"
    found = [(join(uri, i.path[len(prefix):]), i.path[len(prefix):]) for i in infos
             if i.type == fs.FileType.File and i.path.startswith(prefix) and any(fnmatch(i.base_name, g) for g in globs)]
    return sorted(found, key=lambda pair: pair[1])
