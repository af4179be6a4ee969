"""build_brief(): the one place where the stages are chained."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from zhbrief.brief import Brief, Document, ModelsUsed, Source, Summary
from zhbrief.extract.directives import extract_directives
from zhbrief.extract.event import extract_event
from zhbrief.extract.people import extract_people
from zhbrief.load import LoadOptions, load_document
from zhbrief.summarize import ExtractiveOptions, summarize_extractive
from zhbrief.translate import NO_TRANSLATOR_WARNING, TextTranslator, add_structured_english


@dataclass(frozen=True)
class BriefOptions:
    summary_sentences: int = 3
    load: LoadOptions = field(default_factory=LoadOptions)


def _extract(document: Document, options: BriefOptions) -> Brief:
    source = document.source
    authors = set(source.reporters) | set(source.photographers) | set(source.editors)
    # A headline often names the leaders in a glued run: read it for people too.
    people_text = ([document.headline] if document.headline else []) + document.sentences
    people = extract_people(people_text, exclude=authors)
    summary = summarize_extractive(document.sentences, ExtractiveOptions(sentences=options.summary_sentences))
    return Brief(
        source=Source(
            outlet_zh=source.outlet,
            reporters=source.reporters,
            photographers=source.photographers,
            file=document.file,
            script=document.script,
        ),
        event=extract_event(document.sentences, document.headline),
        summary=Summary(zh="".join(summary)),
        people=people,
        directives=extract_directives(document.sentences, [p.name_zh for p in people]),
        models=ModelsUsed(translator=None, summarizer="extractive"),
        warnings=list(document.warnings),
    )


def _translate_free_text(brief: Brief, translator: TextTranslator) -> None:
    texts = [brief.event.title_zh or "", brief.summary.zh] + [d.text_zh for d in brief.directives]
    english = translator.translate(texts)
    brief.event.title_en = english[0] or None
    brief.summary.en = english[1] or None
    for directive, text in zip(brief.directives, english[2:]):
        directive.text_en = text
    brief.models.translator = translator.name


def build_brief(
    document: Document, options: BriefOptions = BriefOptions(), translator: TextTranslator | None = None
) -> Brief:
    """Extract, summarise and translate one loaded document."""
    brief = _extract(document, options)
    add_structured_english(brief)
    if translator is None:
        brief.warnings.append(NO_TRANSLATOR_WARNING)
    else:
        _translate_free_text(brief, translator)
    return brief


def brief_file(path: str | Path, options: BriefOptions = BriefOptions(), translator: TextTranslator | None = None) -> Brief:
    """Load and brief one file (`-` reads stdin); raises ZhbriefError for bad input."""
    return build_brief(load_document(path, options.load), options, translator)
