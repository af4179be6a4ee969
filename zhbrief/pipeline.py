"""build_brief(): the one place where the stages are chained."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Protocol

from zhbrief.brief import Brief, Document, ModelsUsed, Source, Summary
from zhbrief.english.structured import NO_TRANSLATOR_WARNING, add_structured_english
from zhbrief.english.terms import glossary, topics_in
from zhbrief.extract.directives import extract_directives
from zhbrief.extract.event import extract_event
from zhbrief.extract.people import PeopleReading, read_people
from zhbrief.extract.tagger import TAGGER_MISSING_WARNING, Tagger, default_tagger
from zhbrief.load import LoadOptions, load_document
from zhbrief.summarize import ExtractiveOptions, summarize_extractive
from zhbrief.translate.name_check import has_chinese


class TextTranslator(Protocol):
    name: str

    def translate(self, texts: list[str], glossary: Mapping[str, str] | None = None) -> list[str]: ...


class Summarizer(Protocol):
    """A seq2seq model's Chinese summary (`language` "zh", translated with the rest) or an
    LLM's English one ("en"), which writes the names as `names` gives them."""

    name: str
    language: str  # "zh" | "en"

    def summarize(self, sentences: list[str], names: Mapping[str, str] | None = None) -> str: ...


@dataclass(frozen=True)
class BriefOptions:
    summary_sentences: int = 3
    load: LoadOptions = field(default_factory=LoadOptions)


@dataclass
class Engines:
    """The optional model stages, opened once and reused for every article."""

    translator: TextTranslator | None = None
    summarizer: Summarizer | None = None
    notes: list[str] = field(default_factory=list)  # why a default model is not in use
    translator_backend: str | None = None


def open_engines(
    translator: str | None = None,
    summarizer: str | None = None,
    device: str = "auto",
    beams: int | None = None,
    backend: str = "auto",
    compute_type: str = "auto",
) -> Engines:
    """Load the model stages once for a run (imports torch only when a model is asked for)."""
    from zhbrief.models.registry import DEFAULT_SUMMARIZER
    from zhbrief.translate.backends import BackendOptions, open_translator
    from zhbrief.translate.generate import GenerationOptions

    engines = Engines()
    choice = open_translator(translator, device, GenerationOptions(beams=beams), backend=BackendOptions(backend, compute_type))
    engines.translator = choice.translator
    engines.translator_backend = choice.backend
    if choice.warning:
        engines.notes.append(choice.warning)
    if summarizer and summarizer != DEFAULT_SUMMARIZER:
        engines.summarizer = _open_summarizer(summarizer, device, backend, compute_type, engines)
    return engines


def _open_summarizer(name: str, device: str, backend: str, compute_type: str, engines: Engines) -> Summarizer:
    """A seq2seq summarizer (a Chinese summary), or an LLM writing the English one."""
    from zhbrief.translate.chat_engine import is_chat_model

    if is_chat_model(name):
        from zhbrief.summarize.chat import ChatSummarizer
        from zhbrief.translate.chat_engine import open_chat_engine

        engine, notice = open_chat_engine(name, device, backend, compute_type)
        if notice:
            engines.notes.append(notice)
        return ChatSummarizer(engine)
    from zhbrief.summarize.model import open_summarizer

    return open_summarizer(name, device)


def _writes_english(summarizer: Summarizer) -> bool:
    return summarizer.language == "en"


def _english_summary(brief: Brief, document: Document, summarizer: Summarizer) -> None:
    """An LLM's English summary of the article, names written as the brief writes them."""
    names = {p.name_zh: p.name_en for p in brief.people}
    english = summarizer.summarize(document.sentences, names)
    if english:
        brief.summary.en, brief.summary.en_from = english, "model"


def read_document_people(document: Document, tagger: Tagger | None = None) -> PeopleReading:
    """The participants of a loaded document, with the decisions that made them."""
    source = document.source
    authors = set(source.reporters) | set(source.photographers) | set(source.editors)
    # A headline often names the leaders in a glued run: read it for people too.
    people_text = ([document.headline] if document.headline else []) + document.sentences
    return read_people(people_text, exclude=authors, tagger=tagger)


def _extract(document: Document, options: BriefOptions, summarizer: Summarizer | None) -> Brief:
    source = document.source
    tagger = default_tagger()
    people = read_document_people(document, tagger).people
    if summarizer is not None and not _writes_english(summarizer):
        summary = [summarizer.summarize(document.sentences)]
    else:
        summary = summarize_extractive(document.sentences, ExtractiveOptions(sentences=options.summary_sentences))
    return Brief(
        source=Source(
            outlet_zh=source.outlet or source.site,
            reporters=source.reporters,
            photographers=source.photographers,
            file=document.file,
            script=document.script,
            page_date=source.page_date,
            headline_zh=document.headline,
            site_zh=source.site,
            url=source.url,
        ),
        event=extract_event(document.sentences, document.headline, source.page_date, source.outlet, people),
        summary=Summary(zh="".join(summary)),
        people=people,
        directives=extract_directives(document.sentences, [p.name_zh for p in people]),
        topics_en=topics_in(document.text),
        models=ModelsUsed(translator=None, summarizer=summarizer.name if summarizer else "extractive"),
        warnings=list(document.warnings) + ([] if tagger else [TAGGER_MISSING_WARNING]),
    )


def brief_glossary(brief: Brief) -> dict[str, str]:
    """What the translator must render exactly: participants' names, known titles, terms."""
    terms = {zh: term.en for zh, term in glossary().items()}
    for person in brief.people:
        terms[person.name_zh] = person.name_en
        for zh, en in zip(person.titles_zh, person.titles_en):
            if not en.startswith("["):
                terms[zh] = en
    return terms


def _translate_free_text(briefs: list[Brief], translator: TextTranslator, backend: str | None) -> None:
    """One translator call for every brief, so sentences of many articles share batches."""
    texts: list[str] = []
    glossary: dict[str, str] = {}
    for brief in briefs:
        headline = brief.source.headline_zh if not brief.source.headline_en else None
        texts += [brief.event.title_zh or "", headline or "", brief.summary.zh] + [d.text_zh for d in brief.directives]
        glossary.update(brief_glossary(brief))
    english = iter(translator.translate(texts, glossary))
    for brief in briefs:
        model_title = next(english) or None
        # A name composed from the glossary is exact; the model's is a fallback.
        brief.event.title_en = brief.event.title_en or model_title
        brief.source.headline_en = brief.source.headline_en or next(english) or None
        summary = next(english) or None
        if summary and brief.summary.en_from != "model":
            brief.summary.en, brief.summary.en_from = summary, "model"
        for directive in brief.directives:
            directive.text_en = next(english) or None
        if any(has_chinese(text or "") for text in [brief.summary.en] + [d.text_en for d in brief.directives]):
            brief.warnings.append("some sentences stayed in Chinese: the translator's English for them failed its checks.")
        brief.models.translator = translator.name
        brief.models.translator_backend = backend


def build_briefs(
    documents: list[Document], options: BriefOptions = BriefOptions(), engines: Engines | None = None
) -> list[Brief]:
    """Extract and summarise each document, then translate all of them together."""
    engines = engines or Engines()
    briefs = [_extract(document, options, engines.summarizer) for document in documents]
    for brief, document in zip(briefs, documents):
        add_structured_english(brief)
        if engines.summarizer is not None and _writes_english(engines.summarizer):
            _english_summary(brief, document, engines.summarizer)
        brief.warnings.extend(engines.notes)
        if engines.translator is None and not engines.notes:
            brief.warnings.append(NO_TRANSLATOR_WARNING)
    if engines.translator is not None and briefs:
        _translate_free_text(briefs, engines.translator, engines.translator_backend)
    return briefs


def build_brief(document: Document, options: BriefOptions = BriefOptions(), engines: Engines | None = None) -> Brief:
    """Extract, summarise and translate one loaded document."""
    return build_briefs([document], options, engines)[0]


def brief_file(path: str | Path, options: BriefOptions = BriefOptions(), engines: Engines | None = None) -> Brief:
    """Load and brief one file (`-` reads stdin); raises ZhbriefError for bad input."""
    return build_brief(load_document(path, options.load), options, engines)
