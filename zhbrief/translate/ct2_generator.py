"""Generation with CTranslate2, behind the same contract as the torch generator: the same
batching, length limits and repetition guard.

Tokens come from the model's own sentencepiece files, copied into the converted
folder, with the end token appended (CTranslate2 does not add `</s>` for
Transformers models by itself) and, for NLLB, the language codes. Once a model
is converted, this path imports neither torch nor transformers.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from zhbrief.models import ct2
from zhbrief.models.device import resolve_device
from zhbrief.models.loader import (
    check_cached,
    family_of,
    input_token_limit,
    model_folder,
    source_language,
    target_language,
)
from zhbrief.models.registry import resolve_model
from zhbrief.translate.generate import BatchedGenerator, GenerationOptions, for_device

_LANGUAGE_CODE = re.compile(r"^[a-z]{3}_[A-Z][a-z]{3}$")
_SPECIALS = {"</s>", "<s>", "<pad>", "<unk>"}


class SentencePieceTokens:
    """The model's source and target sentencepiece models, as a tokenizer of token strings."""

    def __init__(self, folder: Path, source_prefix: list[str]):
        import sentencepiece as spm

        source = folder / "source.spm" if (folder / "source.spm").exists() else folder / "sentencepiece.bpe.model"
        target = folder / "target.spm" if (folder / "target.spm").exists() else source
        self.source = spm.SentencePieceProcessor(model_file=str(source))
        self.target = spm.SentencePieceProcessor(model_file=str(target))
        self.prefix = source_prefix

    def __call__(self, texts: list[str], max_length: int | None = None) -> list[list[str]]:
        sequences = []
        for pieces in self.source.encode(texts, out_type=str):
            if max_length:
                pieces = pieces[: max(1, max_length - len(self.prefix) - 1)]
            sequences.append(self.prefix + pieces + ["</s>"])
        return sequences

    def decode(self, tokens: list[str]) -> str:
        pieces = [t for t in tokens if t not in _SPECIALS and not _LANGUAGE_CODE.match(t)]
        return self.target.decode_pieces(pieces).strip()


class CT2Generator(BatchedGenerator):
    def __init__(self, tokens: SentencePieceTokens, model: ct2.CT2Model, name: str, max_input_tokens: int,
                 target_prefix: str | None, default_beams: int, options: GenerationOptions = GenerationOptions()):
        super().__init__(tokens, max_input_tokens, name, for_device(options, model.device))
        self.ct2 = model
        self.target_prefix = target_prefix  # NLLB: eng_Latn starts the output
        self.default_beams = default_beams
        self.backend = f"ctranslate2 {model.compute_type}"

    def encode(self, texts: list[str], truncate: bool = True) -> list[list]:
        return self.tokenizer(texts, self.max_input_tokens if truncate else None) if texts else []

    def _run(self, sequences: list[list], options: GenerationOptions, retry: bool) -> list[str]:
        kwargs = {
            "beam_size": options.beams or self.default_beams,
            "max_batch_size": max(1, options.batch_size),
            "repetition_penalty": 1.3 if retry else 1.0,
        }
        if (new_tokens := self.max_new_tokens(max(len(s) for s in sequences), options)) is not None:
            kwargs["max_decoding_length"] = new_tokens + (1 if self.target_prefix else 0)
        if options.min_new_tokens:
            kwargs["min_decoding_length"] = options.min_new_tokens
        if options.no_repeat_ngram_size and options.scale_to_source:
            kwargs["no_repeat_ngram_size"] = options.no_repeat_ngram_size
        prefix = [[self.target_prefix]] * len(sequences) if self.target_prefix else None
        results = self.ct2.translator.translate_batch(sequences, target_prefix=prefix, **kwargs)
        return [self.tokenizer.decode(result.hypotheses[0]) for result in results]


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def open_ct2_generator(name: str, device: str, compute_type: str, options: GenerationOptions) -> CT2Generator:
    """Convert (once) and load a Marian or NLLB model; raises ConversionFailed when it cannot."""
    ref = resolve_model(name, "translation")
    check_cached(ref)
    folder = model_folder(ref)
    family = family_of(_read_json(folder / "config.json").get("model_type", ""))
    if family not in ct2.SEQ2SEQ_FAMILIES:
        raise ct2.ConversionFailed(f"CTranslate2 backend does not support {family} models")
    device = resolve_device(device, "ct2")
    compute_type = ct2.resolve_compute_type(compute_type, device)
    model = ct2.open_converted(ref, folder, device, compute_type)
    converted = model.folder
    limit = input_token_limit(ref, _read_json(folder / "tokenizer_config.json").get("model_max_length", 512))
    nllb = family == "nllb"
    tokens = SentencePieceTokens(converted, [source_language(ref)] if nllb else [])
    beams = _read_json(folder / "generation_config.json").get("num_beams") or 1
    return CT2Generator(tokens, model, ref.label, limit, target_language(ref) if nllb else None, beams, options)
