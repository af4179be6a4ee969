"""Loading seq2seq models: lazily, once per process, safetensors only, never remote code.

Loading never downloads: `zhbrief models pull` does that. A model that is
neither a local folder nor in the Hugging Face cache is a ModelUnavailable
error whose message says what to run.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from zhbrief.errors import ZhbriefError
from zhbrief.models.device import dtype_for, resolve_device
from zhbrief.models.registry import ModelRef, Task, resolve_model

_FAMILIES = {"marian": "marian", "m2m_100": "nllb", "nllb": "nllb", "mt5": "mt5", "t5": "mt5"}


class ModelUnavailable(ZhbriefError):
    """A model that cannot be loaded here; the message says what to do."""


@dataclass
class LoadedModel:
    ref: ModelRef
    model: Any  # None when only the tokenizer was asked for (another backend generates)
    tokenizer: Any
    device: str
    family: str
    max_input_tokens: int
    forced_bos_token_id: int | None = None
    target_lang: str | None = None
    folder: Path | None = None
    default_beams: int = 1

    @property
    def label(self) -> str:
        return self.ref.label


def _unavailable_message(ref: ModelRef, reason: str) -> str:
    if ref.is_local:
        return f"{ref.source} does not hold a loadable seq2seq model with safetensors weights ({reason})."
    name = ref.spec.name if ref.spec else ref.source
    return f"model {ref.label} is not downloaded here: run `zhbrief models pull {name}` on a machine with network access, or pass a local model folder."


def _import_transformers():
    try:
        import torch  # noqa: F401
        import transformers
    except ImportError:
        raise ModelUnavailable(
            "the model packages are not installed: run `pip install 'zhbrief[models]'` (torch, transformers, sentencepiece)."
        ) from None
    transformers.utils.logging.set_verbosity_error()
    transformers.utils.logging.disable_progress_bar()
    return transformers


def _source_language_kwargs(ref: ModelRef, model_type: str) -> dict:
    if _FAMILIES.get(model_type) == "nllb":
        return {"src_lang": (ref.spec.source_lang if ref.spec and ref.spec.source_lang else "zho_Hans")}
    return {}


def model_folder(ref: ModelRef) -> Path:
    """The folder holding the model's files: the local folder, or its snapshot in the cache."""
    if ref.is_local:
        return Path(ref.source)
    from huggingface_hub import snapshot_download

    try:
        return Path(snapshot_download(ref.source, revision=ref.revision, local_files_only=True))
    except Exception:  # the hub client's not-found errors vary between versions
        raise ModelUnavailable(_unavailable_message(ref, "not in the cache")) from None


def _from_pretrained(transformers, ref: ModelRef, weights: bool):
    common = {"revision": ref.revision, "local_files_only": True, "trust_remote_code": False}
    try:
        config = transformers.AutoConfig.from_pretrained(ref.source, **common)
        tokenizer = transformers.AutoTokenizer.from_pretrained(
            ref.source, **common, **_source_language_kwargs(ref, config.model_type)
        )
        model = None
        if weights:
            model = transformers.AutoModelForSeq2SeqLM.from_pretrained(ref.source, use_safetensors=True, **common)
        try:
            beams = transformers.GenerationConfig.from_pretrained(ref.source, **common).num_beams or 1
        except OSError:
            beams = 1
    except (OSError, ValueError, KeyError) as exc:
        reason = str(exc).strip().split("\n")[0][:200]
        raise ModelUnavailable(_unavailable_message(ref, reason)) from None
    return config, tokenizer, model, beams


@lru_cache(maxsize=4)
def _load(ref: ModelRef, device: str, weights: bool) -> LoadedModel:
    transformers = _import_transformers()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # e.g. MarianTokenizer's "Recommended: pip install sacremoses"
        config, tokenizer, model, beams = _from_pretrained(transformers, ref, weights)
    if model is not None:
        model = model.to(device=device, dtype=dtype_for(device)).eval()
    family = _FAMILIES.get(config.model_type, "seq2seq")
    limit = ref.spec.max_input_tokens if ref.spec else getattr(tokenizer, "model_max_length", 512)
    forced_bos, target = None, None
    if family == "nllb":
        target = ref.spec.target_lang if ref.spec and ref.spec.target_lang else "eng_Latn"
        forced_bos = tokenizer.convert_tokens_to_ids(target)
    return LoadedModel(ref, model, tokenizer, device, family, min(int(limit), 1024), forced_bos, target, None, beams)


def _check_cached(ref: ModelRef) -> None:
    """Fail fast, before torch is imported, when a hub model is not in the cache."""
    if ref.is_local:
        return
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:
        _import_transformers()  # raises the "install zhbrief[models]" message
        return
    if not isinstance(try_to_load_from_cache(ref.source, "config.json", revision=ref.revision), str):
        raise ModelUnavailable(_unavailable_message(ref, "not in the cache"))


def load_model(name_or_path: str, task: Task, device: str = "auto", weights: bool = True) -> LoadedModel:
    """Load a model named by short name, hub id or folder; the same one is reused in this process.
    `weights=False` loads the tokenizer and configuration only (for another backend)."""
    ref = resolve_model(name_or_path, task)
    if ref.spec is not None and not ref.spec.needs_weights:
        raise ZhbriefError(f"{name_or_path} needs no model to load.")
    _check_cached(ref)
    _import_transformers()
    loaded = _load(ref, resolve_device(device), weights)
    if loaded.folder is None:
        loaded.folder = model_folder(ref)
    return loaded
