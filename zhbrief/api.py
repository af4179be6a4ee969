"""The library's front door, for notebooks and scripts; the CLI is built on it.

    import zhbrief

    brief = zhbrief.brief_text(article)                 # engines opened for this call
    with zhbrief.Briefer(translator="opus-mt") as briefer:
        for brief in briefer.brief_many(texts):         # engines opened once, batched
            print(brief.model_dump_json())

Every failure a user can cause is a `zhbrief.ZhbriefError` (or a subclass, such as
`ModelUnavailable`), with the one-line message the CLI prints.
"""

from __future__ import annotations

import gc
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Literal, Union

from zhbrief.brief import Brief, Document
from zhbrief.errors import ZhbriefError
from zhbrief.load import LoadOptions, load_bytes, load_document
from zhbrief.people_index import BriefRef, Person, brief_date, build_people
from zhbrief.pipeline import BriefOptions, Engines, build_briefs, open_engines

# A `str` is an article's text; a `Path` (any os.PathLike) is a file to read.
Article = Union[str, "os.PathLike[str]"]


@dataclass(frozen=True)
class BrieferOptions:
    """What a Briefer opens and how it briefs: the `zhbrief brief` options, by the same names."""

    translator: str | None = None  # None: the default translator when downloaded; "none": no translator
    summarizer: str = "extractive"
    device: str = "auto"  # auto | cpu | cuda | mps
    backend: str = "auto"  # auto | torch | ct2
    compute_type: str = "auto"
    beams: int | None = None
    sentences: int = 3  # sentences in the extractive summary
    group_size: int = 32  # articles briefed together by brief_many: their sentences share translation batches


class Briefer:
    """The engines (translator, summarizer) opened once, then any number of briefs.

    A context manager: leaving the `with` block releases the models (and the GPU memory
    they hold); `close()` does the same."""

    def __init__(self, **options) -> None:
        self.options = BrieferOptions(**options)
        chosen = self.options
        self._engines: Engines | None = open_engines(
            chosen.translator, chosen.summarizer, chosen.device, chosen.beams, chosen.backend, chosen.compute_type
        )
        self._brief_options = BriefOptions(summary_sentences=chosen.sentences, load=LoadOptions())

    @property
    def engines(self) -> Engines:
        if self._engines is None:
            raise ZhbriefError("this Briefer is closed: open a new one.")
        return self._engines

    @property
    def notes(self) -> list[str]:
        """Why a default model is not in use (each brief's `warnings` carry these too)."""
        return list(self.engines.notes)

    def brief_text(self, text: str, name: str | None = None) -> Brief:
        """Brief an article given as text (`name`: what the brief calls its file)."""
        return self._brief([_from_text(text, name, self._brief_options.load)])[0]

    def brief_file(self, path: str | os.PathLike[str]) -> Brief:
        """Brief a file: text in any common encoding, or a saved web page; `-` reads stdin."""
        return self._brief([load_document(path, self._brief_options.load)])[0]

    def brief_many(
        self, articles: Iterable[Article], errors: Literal["raise", "return"] = "raise"
    ) -> Iterator[Brief | ZhbriefError]:
        """Brief texts (`str`) and files (`Path`) in order, `group_size` at a time, as the
        batch command does. A bad article raises, or with `errors="return"` takes its place
        as the ZhbriefError saying why, and the others go on."""
        group: list[Article] = []
        for article in articles:
            group.append(article)
            if len(group) >= self.options.group_size:
                yield from self._brief_group(group, errors)
                group = []
        yield from self._brief_group(group, errors)

    def _brief_group(self, group: list[Article], errors: str) -> Iterator[Brief | ZhbriefError]:
        loaded: list[Document | ZhbriefError] = []
        for article in group:
            try:
                loaded.append(_load(article, self._brief_options.load))
            except ZhbriefError as exc:
                if errors == "raise":
                    raise
                loaded.append(exc)
        briefs = iter(self._brief([d for d in loaded if isinstance(d, Document)]))
        for item in loaded:
            yield item if isinstance(item, ZhbriefError) else next(briefs)

    def _brief(self, documents: list[Document]) -> list[Brief]:
        return build_briefs(documents, self._brief_options, self.engines) if documents else []

    def close(self) -> None:
        """Let the models go; torch's cached GPU memory with them."""
        self._engines = None
        gc.collect()
        torch = sys.modules.get("torch")
        if torch is not None and torch.cuda.is_available():
            torch.cuda.empty_cache()

    def __enter__(self) -> Briefer:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def _from_text(text: str, name: str | None, options: LoadOptions) -> Document:
    """An article's text, or a saved page's HTML, read as a file of it would be."""
    document = load_bytes(text.encode("utf-8"), name or "text", options)
    document.file = name
    return document


def _load(article: Article, options: LoadOptions) -> Document:
    if isinstance(article, str):
        return _from_text(article, None, options)
    if isinstance(article, os.PathLike):
        return load_document(Path(article), options)
    raise ZhbriefError(f"an article is a str (its text) or a Path (a file), not {type(article).__name__}.")


def people(briefs: Iterable[Brief]) -> list[Person]:
    """The people index over briefs (as `zhbrief people` builds it from a batch's folder):
    one name in one place, titles over time, national leaders once. A brief is named by its
    source file, else by its position."""
    refs = [BriefRef(brief.source.file or f"brief {number}", brief, brief_date(brief))
            for number, brief in enumerate(briefs, 1)]
    return build_people(refs)


def brief_text(text: str, **options) -> Brief:
    """Brief one article given as text; `options` as for Briefer (they open the engines for
    this call only: for many articles, use a Briefer)."""
    with Briefer(**options) as briefer:
        return briefer.brief_text(text)


def brief_file(path: str | os.PathLike[str], **options) -> Brief:
    """Brief one file (text or saved page, any common encoding; `-` reads stdin)."""
    with Briefer(**options) as briefer:
        return briefer.brief_file(path)
