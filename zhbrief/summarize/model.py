"""Model-based summaries (mT5 XLSum or any seq2seq summarizer): chunked to the model's
input limit, each chunk summarised, the chunk summaries combined."""

from __future__ import annotations

from typing import Mapping

from zhbrief.models.loader import load_model
from zhbrief.translate.generate import GenerationOptions, ModelGenerator, SegmentGenerator


class ModelSummarizer:
    language = "zh"  # a Chinese summary, translated with the brief's other free text

    def __init__(self, generator: SegmentGenerator, max_input_tokens: int, max_rounds: int = 2):
        self.generator = generator
        self.max_input_tokens = max_input_tokens
        self.max_rounds = max_rounds
        self.name = generator.name

    def _chunks(self, sentences: list[str]) -> list[str]:
        chunks: list[str] = []
        budget = 0
        for sentence, tokens in zip(sentences, self.generator.count_tokens(sentences)):
            if chunks and budget + tokens <= self.max_input_tokens:
                chunks[-1] += sentence
                budget += tokens
            else:
                chunks.append(sentence)  # an over-long sentence is truncated by the tokenizer
                budget = tokens
        return chunks

    def summarize(self, sentences: list[str], names: Mapping[str, str] | None = None) -> str:
        """A Chinese summary of the sentences, however long the article (`names`: the
        English of names, unused in Chinese)."""
        texts = [s for s in sentences if s.strip()]
        for _ in range(self.max_rounds):
            if not texts:
                return ""
            chunks = self._chunks(texts)
            summaries = [s for s in self.generator.generate(chunks) if s]
            if len(chunks) == 1:
                return summaries[0] if summaries else ""
            texts = summaries
        return "".join(texts)


def open_summarizer(name: str, device: str = "auto") -> ModelSummarizer:
    """A model summarizer; generation settings (beams, lengths) come from the model's config."""
    loaded = load_model(name, "summarization", device)
    options = GenerationOptions(scale_to_source=False, guard=True, batch_size=8)
    return ModelSummarizer(ModelGenerator(loaded, options), loaded.max_input_tokens)
