"""CTranslate2: a model converted once into a cache folder, then loaded for fast generation.

The converted copy is keyed by model id, revision and compute type. It is built
in a temporary folder and renamed into place when complete, with a marker file
written last: a folder without the marker (a killed conversion, a corrupt copy)
is removed and rebuilt.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zhbrief import __version__
from zhbrief.errors import ZhbriefError
from zhbrief.models.registry import ModelRef

COMPUTE_TYPES = ("auto", "int8", "int8_float32", "float32", "int8_float16", "float16")
SEQ2SEQ_FAMILIES = ("marian", "nllb")  # run by a CTranslate2 Translator
DECODER_FAMILIES = ("chat", "prompt")  # run by a CTranslate2 Generator
MARKER = "zhbrief-conversion.json"
_TOKENIZER_FILES = ("source.spm", "target.spm", "sentencepiece.bpe.model", "spiece.model")


class ConversionFailed(ZhbriefError):
    """The model could not be converted or loaded by CTranslate2."""


def ct2_installed() -> bool:
    return importlib.util.find_spec("ctranslate2") is not None


def cache_root() -> Path:
    base = os.environ.get("ZHBRIEF_CACHE") or os.path.join(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache", "zhbrief")
    return Path(base) / "ct2"


def resolve_compute_type(compute_type: str, device: str) -> str:
    if compute_type not in COMPUTE_TYPES:
        raise ZhbriefError(f"unknown compute type {compute_type!r}: use one of {', '.join(COMPUTE_TYPES)}.")
    if compute_type != "auto":
        return compute_type
    return "int8_float16" if device == "cuda" else "int8"


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "--", text).strip("-")[:80] or "model"


def cache_prefix(ref: ModelRef, model_folder: Path) -> str:
    """The model's part of the cache key: hub id and revision, or a local folder's path and weights."""
    if ref.is_local:
        weights = sorted(model_folder.glob("*.safetensors"))
        stamp = "|".join(f"{w.resolve()}:{w.stat().st_size}:{w.stat().st_mtime_ns}" for w in weights)
        return f"local-{_slug(model_folder.name)}-{hashlib.sha256(stamp.encode()).hexdigest()[:12]}"
    return f"{_slug(ref.source)}@{_slug(ref.revision or 'main')}"


def converted_folder(ref: ModelRef, model_folder: Path, compute_type: str) -> Path:
    return cache_root() / f"{cache_prefix(ref, model_folder)}-{compute_type}"


def is_complete(folder: Path) -> bool:
    return (folder / MARKER).is_file() and (folder / "model.bin").is_file() and (folder / "config.json").is_file()


def discard(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def ensure_converted(ref: ModelRef, model_folder: Path, compute_type: str) -> Path:
    """The converted copy, converting now if there is none or it is incomplete."""
    target = converted_folder(ref, model_folder, compute_type)
    if is_complete(target):
        return target
    if target.exists():
        discard(target)  # half-written or corrupt: rebuild
    from zhbrief.models.loader import ModelUnavailable, quiet_transformers

    if not any(model_folder.glob("*.safetensors")):
        # The converter would unpickle a pytorch_model.bin, which can run code: never.
        raise ModelUnavailable(
            f"{ref.source} has no safetensors weights (only {_weights_present(model_folder)}); zhbrief loads "
            "safetensors only. Convert the weights to safetensors, or use a copy of the model that has them."
        )
    from ctranslate2.converters import TransformersConverter

    quiet_transformers()
    temporary = target.with_name(f"{target.name}.tmp-{os.getpid()}")
    shutil.rmtree(temporary, ignore_errors=True)
    copy = [name for name in _TOKENIZER_FILES if (model_folder / name).exists()]
    quantization = None if compute_type == "float32" else compute_type
    try:
        # An LLM of several GB is read tensor by tensor, not built in memory twice.
        converter = TransformersConverter(str(model_folder), copy_files=copy or None, low_cpu_mem_usage=True)
        converter.convert(str(temporary), quantization=quantization, force=True)
        marker = {"source": ref.source, "revision": ref.revision, "compute_type": compute_type, "zhbrief": __version__}
        (temporary / MARKER).write_text(json.dumps(marker), encoding="utf-8")
        os.replace(temporary, target)
    except Exception as exc:  # the converter raises whatever transformers or its own checks raise
        shutil.rmtree(temporary, ignore_errors=True)
        raise ConversionFailed(f"CTranslate2 could not convert {ref.label}: {str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__}") from None
    return target


def _weights_present(model_folder: Path) -> str:
    names = sorted(p.name for p in model_folder.iterdir() if p.suffix in (".bin", ".pt", ".pth", ".ckpt", ".h5", ".msgpack"))
    return ", ".join(names[:3]) or "no weights"


@dataclass
class CT2Model:
    translator: Any
    folder: Path
    compute_type: str
    device: str


def _cpu_threads() -> int:
    """OMP_NUM_THREADS when set (a Ray actor gets its CPU share there), else every core
    this process may use."""
    try:
        return max(1, int(os.environ["OMP_NUM_THREADS"]))
    except (KeyError, ValueError):
        return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def load_ct2(folder: Path, device: str, compute_type: str, decoder_only: bool = False) -> CT2Model:
    """A `Translator` for a seq2seq model, a `Generator` for a decoder-only LLM."""
    import ctranslate2

    threads = _cpu_threads()
    engine = ctranslate2.Generator if decoder_only else ctranslate2.Translator
    try:
        translator = engine(
            str(folder), device="cuda" if device == "cuda" else "cpu", compute_type=compute_type,
            inter_threads=1, intra_threads=threads if device != "cuda" else 0,
        )
    except Exception as exc:  # a corrupt model.bin, an unsupported compute type
        raise ConversionFailed(f"CTranslate2 could not load {folder}: {str(exc)[:160]}") from None
    return CT2Model(translator, folder, compute_type, device)


def converted_copies(ref: ModelRef) -> list[tuple[str, int]]:
    """(compute type, size in bytes) of each complete converted copy of a hub model."""
    root = cache_root()
    prefix = f"{_slug(ref.source)}@{_slug(ref.revision or 'main')}-"
    copies = []
    for folder in sorted(root.glob(prefix + "*")) if root.exists() else []:
        if is_complete(folder):
            size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
            copies.append((folder.name[len(prefix) :], size))
    return copies
