"""Decoder-only LLMs behind one small interface: render a conversation with the model's chat
template (or its completion prompt), then complete many prompts at once, greedily, with a
length cap. Two engines: transformers (torch) and CTranslate2 (`Generator`, converted once
into the same cache as the seq2seq models)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Protocol

from zhbrief.models import ct2
from zhbrief.models.device import resolve_device
from zhbrief.models.loader import LoadedModel, check_cached, input_token_limit, load_model, model_folder
from zhbrief.models.registry import ModelRef, resolve_model

# Reasoning a model may write before its answer (Qwen3 `<think>…</think>`): never part of it.
_THINKING = re.compile(r"<think>.*?(?:</think>|$)", re.S)


def strip_thinking(text: str) -> str:
    return _THINKING.sub("", text).strip()


class ChatEngine(Protocol):
    name: str
    backend: str
    family: str  # chat | prompt
    max_input_tokens: int

    def render(self, messages: list[dict[str, str]]) -> str: ...

    def prompt_for(self, text: str) -> str: ...

    def count_tokens(self, texts: list[str]) -> list[int]: ...

    def complete(self, prompts: list[str], max_new_tokens: int, min_new_tokens: int = 0) -> list[str]: ...


@dataclass
class _Templates:
    """How prompts are made: the chat template and its options, or a completion prompt."""

    tokenizer: Any
    family: str
    chat_options: dict
    prompt: str | None

    def render(self, messages: list[dict[str, str]]) -> str:
        return self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True, **self.chat_options)

    def prompt_for(self, text: str) -> str:
        return (self.prompt or "{text}").format(text=text)

    def ids(self, prompts: list[str]) -> list[list[int]]:
        # A chat template writes its own special tokens; a completion prompt needs the BOS token.
        return self.tokenizer(prompts, add_special_tokens=self.family == "prompt")["input_ids"]

    def count_tokens(self, texts: list[str]) -> list[int]:
        return [len(ids) for ids in self.tokenizer(texts, add_special_tokens=False)["input_ids"]] if texts else []

    def decode(self, ids: list[int]) -> str:
        return strip_thinking(self.tokenizer.decode(ids, skip_special_tokens=True))


def _templates(tokenizer, ref: ModelRef, family: str) -> _Templates:
    spec = ref.spec
    return _Templates(tokenizer, family, dict(spec.chat_options) if spec else {}, spec.prompt if spec else None)


class _Engine:
    """What both engines share: the model's name and limits, and how prompts are made."""

    def __init__(self, tokenizer, ref: ModelRef, family: str, max_input_tokens: int):
        self.name = ref.label
        self.family = family
        self.max_input_tokens = max_input_tokens
        self.templates = _templates(tokenizer, ref, family)

    def render(self, messages: list[dict[str, str]]) -> str:
        return self.templates.render(messages)

    def prompt_for(self, text: str) -> str:
        return self.templates.prompt_for(text)

    def count_tokens(self, texts: list[str]) -> list[int]:
        return self.templates.count_tokens(texts)


class TorchChat(_Engine):
    """Generation with transformers: left-padded batches, greedy, no sampling."""

    backend = "torch"

    def __init__(self, loaded: LoadedModel):
        super().__init__(loaded.tokenizer, loaded.ref, loaded.family, loaded.max_input_tokens)
        self.loaded = loaded

    def complete(self, prompts: list[str], max_new_tokens: int, min_new_tokens: int = 0) -> list[str]:
        import torch

        tokenizer = self.loaded.tokenizer
        batch = tokenizer.pad({"input_ids": self.templates.ids(prompts)}, return_tensors="pt").to(self.loaded.device)
        with torch.inference_mode():
            output = self.loaded.model.generate(
                **batch, max_new_tokens=max_new_tokens, min_new_tokens=min_new_tokens or None, do_sample=False,
                pad_token_id=tokenizer.pad_token_id, temperature=None, top_p=None, top_k=None,
            )
        new_tokens = output[:, batch["input_ids"].shape[1] :]
        return [self.templates.decode(row.tolist()) for row in new_tokens]


class CT2Chat(_Engine):
    """Generation with a CTranslate2 `Generator` (int8 on a CPU, int8_float16 on a GPU)."""

    def __init__(self, generator, tokenizer, ref: ModelRef, family: str, compute_type: str, max_input_tokens: int):
        super().__init__(tokenizer, ref, family, max_input_tokens)
        self.generator = generator
        self.tokenizer = tokenizer
        self.backend = f"ctranslate2 {compute_type}"
        self.end_tokens = [t for t in {tokenizer.eos_token, "<|im_end|>", "<|endoftext|>", "<end_of_turn>", "<eos>"}
                           if t and t in tokenizer.get_vocab()]

    def complete(self, prompts: list[str], max_new_tokens: int, min_new_tokens: int = 0) -> list[str]:
        tokens = [self.tokenizer.convert_ids_to_tokens(ids) for ids in self.templates.ids(prompts)]
        results = self.generator.generate_batch(
            tokens, max_length=max_new_tokens, min_length=min_new_tokens, sampling_topk=1, include_prompt_in_result=False,
            end_token=self.end_tokens or None, max_batch_size=16,
        )
        return [self.templates.decode(result.sequences_ids[0]) for result in results]


def open_torch_chat(name: str, device: str = "auto") -> TorchChat:
    return TorchChat(load_model(name, "translation", device))


def open_ct2_chat(name: str, device: str = "auto", compute_type: str = "auto") -> CT2Chat:
    """Convert (once) and load an LLM with CTranslate2; raises ConversionFailed when it cannot."""
    from zhbrief.models.loader import family_of, import_transformers

    ref = resolve_model(name, "translation")
    check_cached(ref)
    folder = model_folder(ref)
    transformers = import_transformers()
    tokenizer = transformers.AutoTokenizer.from_pretrained(str(folder), local_files_only=True, trust_remote_code=False)
    config = transformers.AutoConfig.from_pretrained(str(folder), local_files_only=True, trust_remote_code=False)
    family = family_of(config.model_type, ref)
    if family not in ("chat", "prompt"):
        raise ct2.ConversionFailed(f"{ref.label} is not a decoder-only chat model")
    device = resolve_device(device, "ct2")
    compute_type = ct2.resolve_compute_type(compute_type, device)
    model = ct2.open_converted(ref, folder, device, compute_type, decoder_only=True)
    limit = input_token_limit(ref, getattr(tokenizer, "model_max_length", 4096), causal=True)
    return CT2Chat(model.translator, tokenizer, ref, family, compute_type, limit)


def is_chat_model(name: str) -> bool:
    """Whether a name points at a decoder-only LLM (registry family, or a folder's config)."""
    import json

    ref = resolve_model(name, "translation")
    if ref.spec is not None:
        return ref.spec.family in ("chat", "prompt")
    from zhbrief.models.loader import CAUSAL_TYPES

    try:
        folder = model_folder(ref)
        model_type = json.loads((folder / "config.json").read_text(encoding="utf-8")).get("model_type", "")
    except Exception:  # not downloaded, not readable: the loader will say so
        return False
    return model_type in CAUSAL_TYPES


def open_chat_engine(name: str, device: str = "auto", backend: str = "auto", compute_type: str = "auto") -> tuple[ChatEngine, str | None]:
    """The LLM on CTranslate2 when installed and convertible (unless `backend` is torch),
    else on torch; with a one-line notice when CTranslate2 was wanted and failed."""
    if backend != "torch":
        if not ct2.ct2_installed():
            notice = "ctranslate2 is not installed (pip install 'zhbrief[fast]')" if backend == "ct2" else None
        else:
            try:
                return open_ct2_chat(name, device, compute_type), None
            except ct2.ConversionFailed as exc:
                notice = str(exc)
        return open_torch_chat(name, device), notice and f"{notice}; running the LLM with torch instead."
    return open_torch_chat(name, device), None
