"""Which translator a name opens: the seq2seq model on CTranslate2 or torch, or a chat LLM
with the seq2seq model as its fallback. Apart from translator.py and chat_translator.py, so
that those two never import each other."""

from __future__ import annotations

from dataclasses import dataclass

from zhbrief.models.loader import ModelUnavailable, load_model
from zhbrief.models.registry import DEFAULT_TRANSLATOR
from zhbrief.translate.generate import GenerationOptions, ModelGenerator
from zhbrief.translate.translator import Translator


@dataclass(frozen=True)
class TranslatorChoice:
    """What `--translator` resolved to: a translator, or None with the reason as a warning."""

    translator: Translator | None
    warning: str | None = None
    backend: str | None = None


@dataclass(frozen=True)
class BackendOptions:
    backend: str = "auto"  # auto | torch | ct2 (auto: ct2 when installed and the model is supported)
    compute_type: str = "auto"


def _ct2_generator(name: str, device: str, options: GenerationOptions, backend: BackendOptions):
    """A CTranslate2 generator, or (None, why not) when this model or machine cannot have one."""
    from zhbrief.models import ct2

    if not ct2.ct2_installed():
        why = "ctranslate2 is not installed (pip install 'zhbrief[fast]')"
        return None, (why if backend.backend == "ct2" else None)
    from zhbrief.translate.ct2_generator import open_ct2_generator

    try:
        return open_ct2_generator(name, device, backend.compute_type, options), None
    except ct2.ConversionFailed as exc:
        return None, str(exc)


def open_translator(
    name: str | None,
    device: str = "auto",
    options: GenerationOptions = GenerationOptions(),
    required: bool = False,
    backend: BackendOptions = BackendOptions(),
) -> TranslatorChoice:
    """`None` means the default: if it cannot be loaded the brief goes on without it and
    says why. A model the user named explicitly (or a command that cannot work without
    one, `required`) must load, or ModelUnavailable is raised. The CTranslate2 backend
    is used when available; if it fails, torch takes over with a one-line notice."""
    if name == "none" and not required:
        return TranslatorChoice(None, "translator disabled (--translator none): directives stay in Chinese; the summary is built from the facts.")
    model_name = name or DEFAULT_TRANSLATOR
    if name is not None:
        from zhbrief.translate.chat_engine import is_chat_model

        if is_chat_model(name):
            return _open_chat_translator(name, device, options, backend)
    try:
        generator, notice = None, None
        if backend.backend != "torch":
            generator, notice = _ct2_generator(model_name, device, options, backend)
        if generator is None:
            generator = ModelGenerator(load_model(model_name, "translation", device), options)
    except ModelUnavailable as exc:
        if name is not None or required:
            raise
        return TranslatorChoice(
            None, f"default translator not in use, so directives stay in Chinese and the summary is built from the facts: {exc}"
        )
    backend_name = getattr(generator, "backend", "torch")
    warning = f"{notice}; translating with torch instead." if notice else None
    # No cache across calls: batches padded differently round differently, so a cached
    # sentence would make a brief depend on what the process translated before it.
    return TranslatorChoice(Translator(generator), warning, backend_name)


def _open_chat_translator(name: str, device: str, options: GenerationOptions, backend: BackendOptions) -> TranslatorChoice:
    """An LLM translator, with the default seq2seq translator (when it is here) as its fallback."""
    from zhbrief.translate.chat_engine import open_chat_engine
    from zhbrief.translate.chat_translator import ChatTranslator, PromptTranslator

    engine, notice = open_chat_engine(name, device, backend.backend, backend.compute_type)
    fallback = open_translator(None, device, options, backend=backend).translator
    translator_class = PromptTranslator if engine.family == "prompt" else ChatTranslator
    return TranslatorChoice(translator_class(engine, fallback), notice, engine.backend)
