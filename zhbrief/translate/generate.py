"""Batched generation with a seq2seq model: length-sorted batches, lengths scaled to the
source, and a guard against the runaway repetition these models fall into on fragments."""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Protocol

from zhbrief.models.loader import LoadedModel

_TOKENS = re.compile(r"[A-Za-z0-9'’-]+|[^\sA-Za-z0-9'’-]")


class SegmentGenerator(Protocol):
    """Turns a list of inputs into a list of outputs, one for one."""

    name: str

    def generate(self, texts: list[str]) -> list[str]: ...

    def count_tokens(self, texts: list[str]) -> list[int]: ...


@dataclass(frozen=True)
class GenerationOptions:
    beams: int | None = None  # None: the model's generation config
    batch_size: int = 32
    scale_to_source: bool = True  # translation: output length follows input length
    length_ratio: float = 2.0
    length_margin: int = 10
    max_new_tokens: int | None = None  # fixed lengths, for benchmarks
    min_new_tokens: int | None = None
    no_repeat_ngram_size: int = 4
    guard: bool = True


GPU_BATCH_SIZE = 64  # one model per GPU (see batch/plan.py): larger batches keep it busy


def for_device(options: GenerationOptions, device: str) -> GenerationOptions:
    """On a GPU, larger batches than the CPU's default, unless a size was chosen."""
    if device == "cuda" and options.batch_size == GenerationOptions.batch_size:
        return replace(options, batch_size=GPU_BATCH_SIZE)
    return options


def _repeat_run(tokens: list[str], n: int) -> tuple[int, int] | None:
    """(start, length) of the first n-gram repeated back to back 3+ times (4+ for single tokens)."""
    needed = 4 if n == 1 else 3
    for start in range(len(tokens) - n * needed + 1):
        gram = tokens[start : start + n]
        count = 1
        while tokens[start + count * n : start + (count + 1) * n] == gram:
            count += 1
        if count >= needed:
            return start, count * n
    return None


def looks_looping(output: str, source: str = "") -> bool:
    tokens = _TOKENS.findall(output)
    if source and len(tokens) > 4 * len(source) + 20:
        return True
    return any(_repeat_run(tokens, n) for n in range(1, 5))


def collapse_repeats(output: str) -> str:
    """Keep one copy of each back-to-back repeated n-gram (the last resort of the guard)."""
    tokens = _TOKENS.findall(output)
    for n in range(1, 5):
        while run := _repeat_run(tokens, n):
            start, length = run
            tokens[start + n : start + length] = []
    text = " ".join(tokens)
    return re.sub(r"\s+([,.;:!?)’])", r"\1", text)


class BatchedGenerator:
    """Length-sorted batches and the repetition guard; a backend supplies `_run`."""

    def __init__(self, tokenizer, max_input_tokens: int, name: str, options: GenerationOptions):
        self.tokenizer = tokenizer
        self.max_input_tokens = max_input_tokens
        self.name = name
        self.options = options

    def encode(self, texts: list[str], truncate: bool = True) -> list[list]:
        """Each text as the model's input sequence, end token included."""
        if not texts:
            return []
        limit = {"truncation": True, "max_length": self.max_input_tokens} if truncate else {}
        return self.tokenizer(texts, add_special_tokens=True, **limit)["input_ids"]

    def count_tokens(self, texts: list[str]) -> list[int]:
        return [len(sequence) for sequence in self.encode(texts, truncate=False)]

    def max_new_tokens(self, source_tokens: int, options: GenerationOptions) -> int | None:
        if options.max_new_tokens:
            return options.max_new_tokens
        if options.scale_to_source:
            return min(self.max_input_tokens, int(options.length_ratio * source_tokens) + options.length_margin)
        return None

    def _run(self, ids: list[list], options: GenerationOptions, retry: bool) -> list[str]:
        raise NotImplementedError

    def generate(self, texts: list[str]) -> list[str]:
        if not texts:
            return []
        encoded = self.encode(texts)
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i]), reverse=True)
        outputs: list[str] = [""] * len(texts)
        size = max(1, self.options.batch_size)
        for start in range(0, len(order), size):
            chunk = order[start : start + size]
            for index, text in zip(chunk, self._run([encoded[i] for i in chunk], self.options, retry=False)):
                outputs[index] = text
        if self.options.guard:
            self._retry_looping(texts, encoded, outputs)
        return outputs

    def _retry_looping(self, texts: list[str], encoded: list[list], outputs: list[str]) -> None:
        """Looping outputs again with beams, a tighter n-gram block and a repetition
        penalty; what still loops keeps one copy of each repeat."""
        looping = [i for i, out in enumerate(outputs) if looks_looping(out, texts[i])]
        if not looping:
            return
        stricter = replace(self.options, beams=max(4, self.options.beams or 1), no_repeat_ngram_size=2)
        retried = self._run([encoded[i] for i in looping], stricter, retry=True)
        for index, text in zip(looping, retried):
            outputs[index] = collapse_repeats(text) if looks_looping(text, texts[index]) else text


class ModelGenerator(BatchedGenerator):
    """Generation with a transformers model (torch)."""

    def __init__(self, loaded: LoadedModel, options: GenerationOptions = GenerationOptions()):
        super().__init__(loaded.tokenizer, loaded.max_input_tokens, loaded.label, for_device(options, loaded.device))
        self.loaded = loaded

    def _generate_kwargs(self, source_tokens: int, options: GenerationOptions, retry: bool) -> dict:
        kwargs: dict = {}
        if options.beams:
            kwargs["num_beams"] = options.beams
        if (new_tokens := self.max_new_tokens(source_tokens, options)) is not None:
            kwargs["max_new_tokens"] = new_tokens
        if options.min_new_tokens:
            kwargs["min_new_tokens"] = options.min_new_tokens
        if options.no_repeat_ngram_size and options.scale_to_source:
            kwargs["no_repeat_ngram_size"] = options.no_repeat_ngram_size
        if self.loaded.forced_bos_token_id is not None:
            kwargs["forced_bos_token_id"] = self.loaded.forced_bos_token_id
        if retry:
            kwargs["repetition_penalty"] = 1.3
        return kwargs

    def _run(self, ids: list[list[int]], options: GenerationOptions, retry: bool) -> list[str]:
        import torch

        batch = self.tokenizer.pad({"input_ids": ids}, return_tensors="pt").to(self.loaded.device)
        kwargs = self._generate_kwargs(max(len(i) for i in ids), options, retry)
        with torch.inference_mode():
            output = self.loaded.model.generate(**batch, **kwargs)
        return [t.strip() for t in self.tokenizer.batch_decode(output, skip_special_tokens=True)]


class CachedGenerator:
    """Stackable in-process cache: each distinct input goes to the inner generator once.
    Bounded (least recently used first out), so an overnight batch cannot grow it without end."""

    def __init__(self, inner: SegmentGenerator, max_entries: int = 100_000):
        self.inner = inner
        self.name = inner.name
        self.max_entries = max_entries
        self._cache: OrderedDict[str, str] = OrderedDict()

    def count_tokens(self, texts: list[str]) -> list[int]:
        return self.inner.count_tokens(texts)

    def generate(self, texts: list[str]) -> list[str]:
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        fresh = dict(zip(missing, self.inner.generate(missing)))
        outputs = []
        for text in texts:
            output = fresh.get(text)
            if output is None:
                output = self._cache[text]
                self._cache.move_to_end(text)
            outputs.append(output)
        for text, output in fresh.items():
            self._cache[text] = output
        while len(self._cache) > self.max_entries:
            self._cache.popitem(last=False)
        return outputs
