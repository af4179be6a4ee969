"""Read a file, stdin or bytes into a Document: decode, strip web noise, to Simplified, split."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from zhbrief.brief import Document, SourceMeta
from zhbrief.errors import ZhbriefError
from zhbrief.load.byline import extract_source
from zhbrief.load.clean import clean_text
from zhbrief.load.decode import decode_bytes
from zhbrief.load.html import looks_like_html, read_page
from zhbrief.load.page_meta import PageMeta
from zhbrief.load.remote import is_remote, read_remote
from zhbrief.load.script import is_traditional, to_simplified
from zhbrief.load.sentences import split_sentences

__all__ = ["LoadOptions", "load_bytes", "load_document", "load_text", "read_input", "split_sentences"]

_HAN = re.compile(r"[\u4e00-\u9fff]")
_CLAUSE = re.compile(r"[，、；：,;]")
_HEADLINE_MAX = 60


@dataclass(frozen=True)
class LoadOptions:
    max_bytes: int = 4 * 1024 * 1024  # a report is tens of KB; a saved page rarely 1 MB
    min_han: int = 6  # `李明主持会议`: the shortest text that says who did what


def read_input(path: str | Path, options: LoadOptions = LoadOptions()) -> bytes:
    """Bytes of a file, of stdin for `-`, or of a remote file (`s3://...`), refusing what is
    too large to be an article."""
    name = str(path)
    try:
        if is_remote(name):
            data = read_remote(name, options.max_bytes)
        elif name == "-":
            data = sys.stdin.buffer.read(options.max_bytes + 1)
        else:
            with open(path, "rb") as handle:
                data = handle.read(options.max_bytes + 1)
    except FileNotFoundError:
        if Path(path).is_symlink():
            raise ZhbriefError(f"{name} is a broken symbolic link (its target is gone).") from None
        raise ZhbriefError(f"{name}: no such file.") from None
    except IsADirectoryError:
        raise ZhbriefError(f"{name} is a folder; use `zhbrief batch` for folders.") from None
    except OSError as exc:
        raise ZhbriefError(f"{name}: cannot read it ({exc.strerror or exc}).") from None
    if len(data) > options.max_bytes:
        limit = options.max_bytes // (1024 * 1024)
        raise ZhbriefError(f"{name} is larger than {limit} MB: too large to be one news article.")
    return data


class _RepeatFilter:
    """Drops a sentence repeated as a caption: seen before, or made only of clauses seen
    before. Sets, not substring search, so a long page stays linear."""

    def __init__(self) -> None:
        self.sentences: set[str] = set()
        self.clauses: set[str] = set()

    def keep(self, sentence: str) -> bool:
        if not _HAN.search(sentence):
            return False
        clauses = [c for c in _CLAUSE.split(sentence.rstrip("。！？!?")) if c]
        repeated = sentence in self.sentences or (
            len(sentence) >= 15 and len(clauses) >= 2 and all(c in self.clauses for c in clauses)
        )
        if not repeated:
            self.sentences.add(sentence)
            self.clauses.update(clauses)
        return not repeated


def _split_headline(lines: list[str], html_headline: str | None) -> tuple[str | None, list[str]]:
    if html_headline:
        headline = to_simplified(clean_text(html_headline)).split("_")[0].split("|")[0].strip()
        if lines and lines[0] == headline:
            lines = lines[1:]
        return headline or None, lines
    first = lines[0] if len(lines) > 1 else ""
    if first and len(first) <= _HEADLINE_MAX and not re.search(r"[。！？]$|[。！？].", first):
        return first, lines[1:]
    return None, lines


def load_text(text: str, file: str | None = None, html_headline: str | None = None) -> Document:
    """Clean decoded text into a Document (raises ZhbriefError when there is no Chinese in it)."""
    cleaned = clean_text(text)
    simplified = to_simplified(cleaned)
    han = len(_HAN.findall(simplified))
    if han == 0:
        raise ZhbriefError(f"{file or 'input'} has no Chinese text to brief.")
    if han < LoadOptions.min_han:
        raise ZhbriefError(
            f"{file or 'input'} is too short to brief: {han} Chinese characters, and a brief needs at least "
            f"{LoadOptions.min_han} (a name and what the person did, `李明主持会议`)."
        )
    content, source, captions = extract_source(simplified)
    headline, lines = _split_headline(content.split("\n"), html_headline)
    paragraphs: list[str] = []
    sentences: list[str] = []
    repeats = _RepeatFilter()
    for line in lines:
        kept = [s for s in split_sentences(line) if repeats.keep(s)]
        if kept:
            paragraphs.append("".join(kept))
            sentences.extend(kept)
    if not paragraphs:
        raise ZhbriefError(f"{file or 'input'} has no article text to brief: only a byline, credits or page furniture.")
    return Document(
        text="\n".join(paragraphs),
        sentences=sentences,
        paragraphs=paragraphs,
        source=source,
        file=file,
        script="traditional" if is_traditional(cleaned, simplified) else "simplified",
        headline=headline,
        captions=captions,
    )


def _add_page_meta(source: SourceMeta, page: PageMeta) -> None:
    """The page's date (its metadata or date line before a `发布日期` line in the text, the
    address last), site and address."""
    if page.date and (page.date_from in ("meta", "page") or not source.page_date):
        source.page_date = page.date
    source.site = page.site
    source.url = page.url


def load_document(path: str | Path, options: LoadOptions = LoadOptions()) -> Document:
    """Load a file (or `-` for stdin) into a Document, or raise ZhbriefError."""
    name = "stdin" if str(path) == "-" else str(path)
    return load_bytes(read_input(path, options), name, options)


def load_bytes(data: bytes, name: str, options: LoadOptions = LoadOptions()) -> Document:
    """A file's bytes (read here, or by a batch worker elsewhere) into a Document."""
    if len(data) > options.max_bytes:
        limit = options.max_bytes // (1024 * 1024)
        raise ZhbriefError(f"{name} is larger than {limit} MB: too large to be one news article.")
    decoded = decode_bytes(data, name)
    page = read_page(decoded.text) if looks_like_html(decoded.text) else None
    text = page.text if page else decoded.text
    headline = page.meta.headline if page else None
    document = load_text(text, file=None if name == "stdin" else Path(name).name, html_headline=headline)
    if page:
        _add_page_meta(document.source, page.meta)
    if decoded.replaced:
        document.warnings.append(f"{decoded.replaced} undecodable bytes in {name} were replaced.")
    return document
