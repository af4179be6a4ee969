"""Loading models: lazily, once per process, safetensors only, never remote code. Seq2seq
translators and summarizers, and decoder-only LLMs (Qwen, Gemma, Llama, Mistral) for the
chat engine.

Loading never downloads: `zhbrief models pull` does that. A model that is
neither a local folder nor in the Hugging Face cache is a ModelUnavailable
error whose message says what to run.
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from zhbrief.errors import ZhbriefError
from zhbrief.models.device import dtype_for, resolve_device
from zhbrief.models.registry import ModelRef, Task, resolve_model

_FAMILIES = {"marian": "marian", "m2m_100": "nllb", "nllb": "nllb", "mt5": "mt5", "t5": "mt5"}
# Decoder-only model types the chat engine runs (CTranslate2 converts each of them too).
CAUSAL_TYPES = frozenset({"qwen2", "qwen3", "llama", "mistral", "gemma", "gemma2", "phi3"})


class ModelUnavailable(ZhbriefError):
    """A model that cannot be loaded here; the message says what to do."""


@dataclass
class LoadedModel:
    ref: ModelRef
    model: Any
    tokenizer: Any
    device: str
    family: str
    max_input_tokens: int
    forced_bos_token_id: int | None = None

    @property
    def causal(self) -> bool:
        return self.family in ("chat", "prompt")

    @property
    def label(self) -> str:
        return self.ref.label


def _unavailable_message(ref: ModelRef, reason: str) -> str:
    if ref.is_local:
        return f"{ref.source} does not hold a loadable model with safetensors weights ({reason})."
    name = ref.spec.name if ref.spec else ref.source
    return f"model {ref.label} is not downloaded here: run `zhbrief models pull {name}` on a machine with network access, or pass a local model folder."


def import_transformers():
    try:
        import torch  # noqa: F401
        import transformers
    except ImportError:
        raise ModelUnavailable(
            "the model packages are not installed: run `pip install 'zhbrief[fast]'` (torch, transformers, sentencepiece)."
        ) from None
    quiet_transformers()
    return transformers


def quiet_transformers() -> None:
    """No progress bars or advice on a user's terminal (unless `zhbrief --verbose`): zhbrief
    reports what matters itself."""
    import transformers

    if os.environ.get("ZHBRIEF_VERBOSE"):
        return

    transformers.utils.logging.set_verbosity_error()
    transformers.utils.logging.disable_progress_bar()


def source_language(ref: ModelRef) -> str:
    return ref.spec.source_lang if ref.spec and ref.spec.source_lang else "zho_Hans"


def target_language(ref: ModelRef) -> str:
    return ref.spec.target_lang if ref.spec and ref.spec.target_lang else "eng_Latn"


def family_of(model_type: str, ref: ModelRef | None = None) -> str:
    """marian, nllb, mt5, seq2seq; a decoder-only model is `prompt` when its spec gives a
    completion prompt, else `chat`."""
    if model_type in CAUSAL_TYPES:
        return "prompt" if ref is not None and ref.spec is not None and ref.spec.prompt else "chat"
    return _FAMILIES.get(model_type, "seq2seq")


def _source_language_kwargs(ref: ModelRef, model_type: str) -> dict:
    return {"src_lang": source_language(ref)} if family_of(model_type) == "nllb" else {}


def input_token_limit(ref: ModelRef, model_max_length, causal: bool = False) -> int:
    """The registry's limit for a known model, else the tokenizer's; never above 1024
    (4096 for an LLM, whose prompt holds instructions and several sentences)."""
    limit = ref.spec.max_input_tokens if ref.spec else model_max_length
    return min(int(limit or 512), 4096 if causal else 1024)


def model_folder(ref: ModelRef) -> Path:
    """The folder holding the model's files: the local folder, or its snapshot in the cache."""
    if ref.is_local:
        return Path(ref.source)
    from huggingface_hub import snapshot_download

    try:
        return Path(snapshot_download(ref.source, revision=ref.revision, local_files_only=True))
    except Exception:  # the hub client's not-found errors vary between versions
        raise ModelUnavailable(_unavailable_message(ref, "not in the cache")) from None


def _from_pretrained(transformers, ref: ModelRef):
    common = {"revision": ref.revision, "local_files_only": True, "trust_remote_code": False}
    try:
        config = transformers.AutoConfig.from_pretrained(ref.source, **common)
        tokenizer = transformers.AutoTokenizer.from_pretrained(
            ref.source, **common, **_source_language_kwargs(ref, config.model_type)
        )
        model_class = transformers.AutoModelForCausalLM if config.model_type in CAUSAL_TYPES else transformers.AutoModelForSeq2SeqLM
        model = model_class.from_pretrained(ref.source, use_safetensors=True, **common)
    except (OSError, ValueError, KeyError) as exc:
        reason = str(exc).strip().split("\n")[0][:200]
        raise ModelUnavailable(_unavailable_message(ref, reason)) from None
    return config, tokenizer, model


@lru_cache(maxsize=4)
def _load(ref: ModelRef, device: str) -> LoadedModel:
    transformers = import_transformers()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # e.g. MarianTokenizer's "Recommended: pip install sacremoses"
        config, tokenizer, model = _from_pretrained(transformers, ref)
    family = family_of(config.model_type, ref)
    causal = config.model_type in CAUSAL_TYPES
    model = model.to(device=device, dtype=dtype_for(device, causal)).eval()
    forced_bos = None
    if family == "nllb":
        forced_bos = tokenizer.convert_tokens_to_ids(target_language(ref))
    if causal:
        tokenizer.padding_side = "left"  # a decoder continues each prompt from its end
        if tokenizer.pad_token is None:
            tokenizer.pad_token = tokenizer.eos_token
    limit = input_token_limit(ref, getattr(tokenizer, "model_max_length", 512), causal)
    return LoadedModel(ref, model, tokenizer, device, family, limit, forced_bos)


def check_cached(ref: ModelRef) -> None:
    """Fail fast, before torch is imported, when a hub model is not in the cache."""
    if ref.is_local:
        return
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:
        raise ModelUnavailable("the model packages are not installed: run `pip install 'zhbrief[fast]'`.") from None
    if _looks_like_path(ref.source):
        raise ModelUnavailable(f"no model folder at {ref.source}: give a folder holding a model, or a model's name (`zhbrief models list`).")
    try:
        cached = try_to_load_from_cache(ref.source, "config.json", revision=ref.revision)
    except ValueError:  # the hub client's HFValidationError: not a possible hub id
        raise ModelUnavailable(f"{ref.source!r} is neither a model folder nor a model's name (`zhbrief models list`).") from None
    if not isinstance(cached, str):
        raise ModelUnavailable(_unavailable_message(ref, "not in the cache"))


def _looks_like_path(name: str) -> bool:
    """A folder that is not there (a hub id is `owner/name`, never absolute or relative)."""
    return name.startswith(("/", "./", "../", "~", "\\")) or name.count("/") > 1 or (len(name) > 1 and name[1] == ":")


def load_model(name_or_path: str, task: Task, device: str = "auto") -> LoadedModel:
    """Load a model named by short name, hub id or folder; the same one is reused in this process."""
    ref = resolve_model(name_or_path, task)
    if ref.spec is not None and not ref.spec.needs_weights:
        raise ZhbriefError(f"{name_or_path} needs no model to load.")
    check_cached(ref)
    import_transformers()
    return _load(ref, resolve_device(device))
