"""`zhbrief text`, `zhbrief translate` and `zhbrief summarize`: the stages on their own."""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Optional

import typer

from zhbrief.cli.common import (
    Backend,
    ComputeType,
    Device,
    BACKEND_OPTION,
    BEAMS_OPTION,
    COMPUTE_TYPE_OPTION,
    DEVICE_OPTION,
    SUMMARIZER_OPTION,
    TRANSLATOR_OPTION,
    Script,
    display_converter,
    print_error,
)
from zhbrief.errors import ZhbriefError


class TranslateFormat(str, Enum):
    text = "text"
    json = "json"


class Lang(str, Enum):
    zh = "zh"
    en = "en"


def _open_translator(translator: Optional[str], device: str, beams: Optional[int] = None, backend: str = "auto",
                     compute_type: str = "auto", required: bool = True):
    """The translator, or (not `required`) None when the default one is not downloaded."""
    from zhbrief.translate.backends import BackendOptions, open_translator
    from zhbrief.translate.generate import GenerationOptions

    choice = open_translator(translator, device, GenerationOptions(beams=beams), required, BackendOptions(backend, compute_type))
    if choice.warning and choice.translator is not None:
        sys.stderr.write(f"note: {choice.warning}\n")
    return choice.translator


def text(
    path: str = typer.Argument("-", help="Article file (.txt or saved .html); `-` reads stdin."),
    script: Script = typer.Option(Script.simplified, help="simplified (what zhbrief reads), or the article's original script."),
) -> None:
    """The article exactly as zhbrief reads it (decoded, the page's article picked out,
    cleaned): the headline, then one paragraph a line."""
    from zhbrief.load import load_document

    try:
        document = load_document(path)
    except ZhbriefError as exc:
        print_error(str(exc))
        raise typer.Exit(1)
    to_display = display_converter(script, document.script)
    lines = ([document.headline] if document.headline else []) + document.paragraphs
    sys.stdout.write("".join(to_display(line) + "\n" for line in lines))


def translate(
    path: str = typer.Argument("-", help="Article file; `-` reads stdin."),
    fmt: TranslateFormat = typer.Option(TranslateFormat.text, "--format", "-f", help="text: one English line per sentence; json: aligned zh/en pairs."),
    translator: Optional[str] = TRANSLATOR_OPTION,
    device: Device = DEVICE_OPTION,
    beams: Optional[int] = BEAMS_OPTION,
    backend: Backend = BACKEND_OPTION,
    compute_type: ComputeType = COMPUTE_TYPE_OPTION,
) -> None:
    """Translate an article to English, sentence by sentence."""
    from zhbrief.load import load_document

    try:
        document = load_document(path)
        model = _open_translator(translator, device.value, beams, backend.value, compute_type.value, required=True)
        (pairs,) = model.translate_sentences(["\n".join(document.paragraphs)])
    except ZhbriefError as exc:
        print_error(str(exc))
        raise typer.Exit(1)
    if fmt is TranslateFormat.json:
        payload = {"translator": model.name, "sentences": [{"zh": p.zh, "en": p.en} for p in pairs]}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write("".join(p.en + "\n" for p in pairs))


def _is_llm(name: str) -> bool:
    from zhbrief.translate.chat_engine import is_chat_model

    return is_chat_model(name)


def _llm_summary(name: str, sentences: list[str], lang: Lang, device: str) -> str:
    """An LLM writes the English summary straight from the Chinese article."""
    if lang is not Lang.en:
        raise ZhbriefError(f"{name} is an LLM that writes English summaries: use --lang en (or a seq2seq summarizer for Chinese).")
    from zhbrief.summarize.chat import ChatSummarizer
    from zhbrief.translate.chat_engine import open_chat_engine

    engine, notice = open_chat_engine(name, device)
    if notice:
        sys.stderr.write(f"note: {notice}\n")
    return ChatSummarizer(engine).summarize(sentences)


def summarize(
    path: str = typer.Argument("-", help="Article file; `-` reads stdin."),
    lang: Optional[Lang] = typer.Option(None, help="Language of the summary. Default: en when a translator is here (or named), else zh."),
    summarizer: str = SUMMARIZER_OPTION,
    sentences: int = typer.Option(3, "--sentences", "-n", min=1, max=20, help="Sentences (extractive summarizer)."),
    translator: Optional[str] = TRANSLATOR_OPTION,
    device: Device = DEVICE_OPTION,
) -> None:
    """Summarize an article, in English when a translator is available, else in Chinese."""
    from zhbrief.load import load_document

    try:
        document = load_document(path)
        summary, english = _summary_in(lang, document.sentences, summarizer, sentences, translator, device.value)
    except ZhbriefError as exc:
        print_error(str(exc))
        raise typer.Exit(1)
    if english is None and lang is None:
        sys.stderr.write("note: in Chinese, since no translator is downloaded (`zhbrief models pull opus-mt`, or --translator).\n")
    sys.stdout.write((english or summary) + "\n")


def _summary_in(lang: Optional[Lang], sentences_zh: list[str], summarizer: str, count: int, translator: Optional[str],
                device: str) -> tuple[str, Optional[str]]:
    """(the summary as written, its English or None): an LLM writes English itself; another
    summarizer writes Chinese, translated when English is asked for or can be had."""
    from zhbrief.summarize import ExtractiveOptions, summarize_extractive

    if summarizer != "extractive" and _is_llm(summarizer):
        summary = _llm_summary(summarizer, sentences_zh, lang or Lang.en, device)
        return summary, summary
    if summarizer == "extractive":
        summary = "".join(summarize_extractive(sentences_zh, ExtractiveOptions(sentences=count)))
    else:
        from zhbrief.summarize.model import open_summarizer

        summary = open_summarizer(summarizer, device).summarize(sentences_zh)
    if lang is Lang.zh:
        return summary, None
    model = _open_translator(translator, device, required=lang is Lang.en or translator is not None)
    return summary, (model.translate([summary])[0] if model is not None else None)
