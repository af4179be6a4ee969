"""CTranslate2: a model converted once into a cache folder, then loaded for fast generation.

The converted copy is keyed by model id, revision and compute type. How the shared cache
stays sound across processes (a lock, a temporary folder renamed into place, a manifest
checked before a copy is trusted or removed) is in ct2_cache. A load failure is named for
what it is (out of memory, a missing file, a compute type the device lacks); the copy is
rebuilt only when its files prove it corrupt.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zhbrief import __version__
from zhbrief.errors import ZhbriefError
from zhbrief.models import ct2_cache as cache
from zhbrief.models.ct2_cache import MARKER, ConversionFailed  # noqa: F401 (ct2.MARKER, ct2.ConversionFailed)
from zhbrief.models.device import usable_cores
from zhbrief.models.registry import ModelRef

COMPUTE_TYPES = ("auto", "int8", "int8_float32", "float32", "int8_float16", "float16")
SEQ2SEQ_FAMILIES = ("marian", "nllb")  # run by a CTranslate2 Translator
DECODER_FAMILIES = ("chat", "prompt")  # run by a CTranslate2 Generator
_TOKENIZER_FILES = ("source.spm", "target.spm", "sentencepiece.bpe.model", "spiece.model")


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
    """A copy to use: its files match its manifest, or (an older zhbrief's copy, without one) its
    model.bin and config.json are there."""
    return cache.check_copy(folder).usable


def ensure_converted(ref: ModelRef, model_folder: Path, compute_type: str) -> Path:
    """The converted copy, converting now if there is none or it is corrupt. While one process
    converts, the others wait for it and then reuse its copy."""
    target = converted_folder(ref, model_folder, compute_type)
    if cache.check_copy(target).usable:
        return target  # the common case: no lock to take
    _refuse_pickles(ref, model_folder)
    with cache.conversion_lock(target):
        if not cache.check_copy(target).usable:  # else another process converted it meanwhile
            _convert_locked(ref, model_folder, compute_type, target)
    return target


def _refuse_pickles(ref: ModelRef, model_folder: Path) -> None:
    if not any(model_folder.glob("*.safetensors")):
        from zhbrief.models.loader import ModelUnavailable

        # The converter would unpickle a pytorch_model.bin, which can run code: never.
        raise ModelUnavailable(
            f"{ref.source} has no safetensors weights (only {_weights_present(model_folder)}); zhbrief loads "
            "safetensors only. Convert the weights to safetensors, or use a copy of the model that has them."
        )


def _convert_locked(ref: ModelRef, model_folder: Path, compute_type: str, target: Path) -> None:
    """Convert into a temporary folder and rename it into place: call only holding the lock."""
    from ctranslate2.converters import TransformersConverter

    from zhbrief.models.loader import quiet_transformers

    cache.remove_stale(target)  # killed conversions': only the lock holder converts
    cache.discard(target)  # proven incomplete or corrupt by the caller's check
    quiet_transformers()
    temporary = cache.temporary_for(target)
    copy = [name for name in _TOKENIZER_FILES if (model_folder / name).exists()]
    quantization = None if compute_type == "float32" else compute_type
    try:
        # An LLM of several GB is read tensor by tensor, not built in memory twice.
        converter = TransformersConverter(str(model_folder), copy_files=copy or None, low_cpu_mem_usage=True)
        converter.convert(str(temporary), quantization=quantization, force=True)
        info = {"source": ref.source, "revision": ref.revision, "compute_type": compute_type, "zhbrief": __version__}
        cache.write_manifest(temporary, info)
        os.replace(temporary, target)
    except Exception as exc:  # the converter raises whatever transformers or its own checks raise
        shutil.rmtree(temporary, ignore_errors=True)
        raise ConversionFailed(f"CTranslate2 could not convert {ref.label}: {_first_line(exc)}") from None


def _first_line(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:160] if str(exc).strip() else type(exc).__name__


def _weights_present(model_folder: Path) -> str:
    names = sorted(p.name for p in model_folder.iterdir() if p.suffix in (".bin", ".pt", ".pth", ".ckpt", ".h5", ".msgpack"))
    return ", ".join(names[:3]) or "no weights"


class LoadFailed(ConversionFailed):
    """CTranslate2 could not load a converted copy; `kind` says why (see _LOAD_FAILURES)."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


# CTranslate2 raises RuntimeError/ValueError for everything: its messages tell the cause.
# The first match wins (a CUDA out-of-memory error is about memory, not about CUDA).
_LOAD_FAILURES = (
    ("out_of_memory", re.compile(r"out of memory|bad_alloc|CUBLAS_STATUS_ALLOC_FAILED|failed to allocate", re.I)),
    ("compute_type", re.compile(r"compute type|CUBLAS_STATUS_NOT_SUPPORTED", re.I)),
    ("device", re.compile(r"CUDA|cuBLAS|cuDNN|no kernel image|Library \S+ is not found", re.I)),
    ("missing_file", re.compile(r"Unable to open file '([^']+)'|Cannot load the (\w+ vocabulary)", re.I)),
    ("damaged", re.compile(r"payload size|binary version|json\.exception|unexpected end|invalid", re.I)),
)
# Failures that say nothing against the copy's files: never a reason to rebuild it.
NOT_THE_FILES = ("out_of_memory", "compute_type", "device")


def _classify(exc: BaseException) -> tuple[str, re.Match | None]:
    if isinstance(exc, MemoryError):  # std::bad_alloc, on a CPU
        return "out_of_memory", None
    for kind, pattern in _LOAD_FAILURES:
        if match := pattern.search(str(exc)):
            return kind, match
    return "other", None


def describe_load_failure(exc: BaseException, label: str, device: str, compute_type: str) -> LoadFailed:
    """One line for the user, naming the cause."""
    kind, match = _classify(exc)
    detail = _first_line(exc)
    if kind == "missing_file" and match is not None:
        missing = match[1] or f"its {match[2]}"
        return LoadFailed(kind, f"the converted copy of {label} is missing {missing}")
    messages = {
        "out_of_memory": f"CTranslate2 ran out of memory loading {label} on {device}: {detail}",
        "compute_type": f"compute type {compute_type} is not supported on this device ({device}): {detail}",
        "device": f"CTranslate2 cannot run {label} on {device}: {detail}",
        "damaged": f"the converted copy of {label} is damaged: {detail}",
    }
    return LoadFailed(kind, messages.get(kind, f"CTranslate2 could not load {label}: {detail}"))


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
        return usable_cores()


def load_ct2(folder: Path, device: str, compute_type: str, decoder_only: bool = False, label: str | None = None) -> CT2Model:
    """A `Translator` for a seq2seq model, a `Generator` for a decoder-only LLM; LoadFailed, named, if not."""
    import ctranslate2

    threads = _cpu_threads()
    engine = ctranslate2.Generator if decoder_only else ctranslate2.Translator
    try:
        translator = engine(
            str(folder), device="cuda" if device == "cuda" else "cpu", compute_type=compute_type,
            inter_threads=1, intra_threads=threads if device != "cuda" else 0,
        )
    except Exception as exc:  # CTranslate2's RuntimeError/ValueError/MemoryError: see _LOAD_FAILURES
        raise describe_load_failure(exc, label or folder.name, device, compute_type) from None
    return CT2Model(translator, folder, compute_type, device)


def open_converted(ref: ModelRef, model_folder: Path, device: str, compute_type: str, decoder_only: bool = False) -> CT2Model:
    """Convert once (or wait for the process converting), then load. When a load fails the copy is
    checked thoroughly and rebuilt only if its files are proven corrupt; otherwise LoadFailed says why."""
    target = ensure_converted(ref, model_folder, compute_type)
    identity = cache.check_copy(target).identity
    try:
        return load_ct2(target, device, compute_type, decoder_only, ref.label)
    except LoadFailed as failure:
        if failure.kind in NOT_THE_FILES or not _rebuilt_if_corrupt(ref, model_folder, compute_type, identity):
            raise
    return load_ct2(target, device, compute_type, decoder_only, ref.label)


def _rebuilt_if_corrupt(ref: ModelRef, model_folder: Path, compute_type: str, failed_identity: str) -> bool:
    """After a load failed over the files: whether there is now a different copy to try."""
    target = converted_folder(ref, model_folder, compute_type)
    with cache.conversion_lock(target):
        state = cache.check_copy(target, thorough=True)
        if state.usable and state.identity != failed_identity:
            return True  # another process rebuilt it while this one was loading
        if state.usable and state.verified:
            return False  # the files are as converted: the failure lies elsewhere
        # Corrupt, or written by an older zhbrief (no manifest) and failing over its files.
        _convert_locked(ref, model_folder, compute_type, target)
    return True


def converted_copies(ref: ModelRef) -> list[tuple[str, int]]:
    """(compute type, size in bytes) of each complete converted copy of a hub model."""
    root = cache_root()
    prefix = f"{_slug(ref.source)}@{_slug(ref.revision or 'main')}-"
    copies = []
    for folder in sorted(root.glob(prefix + "*")) if root.exists() else []:
        if ".tmp-" not in folder.name and is_complete(folder):  # an older zhbrief's temporary folder
            size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
            copies.append((folder.name[len(prefix) :], size))
    return copies
