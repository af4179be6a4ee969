"""An English summary written by an LLM from the Chinese article itself, short, with every
name in it checked against the brief's people (a sentence naming anyone else is dropped)."""

from __future__ import annotations

import re
from typing import Mapping

from zhbrief.translate.chat_engine import ChatEngine
from zhbrief.translate.name_check import has_chinese, unknown_names

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


class ChatSummarizer:
    language = "en"  # writes the English summary, not a Chinese one

    def __init__(self, engine: ChatEngine, max_sentences: int = 4, max_new_tokens: int = 220):
        self.engine = engine
        self.name = engine.name
        self.max_sentences = max_sentences
        self.max_new_tokens = max_new_tokens

    def _article(self, sentences: list[str]) -> str:
        """As much of the article as fits the model's input, leaving room for the instructions."""
        budget = max(256, self.engine.max_input_tokens - 400)
        kept, used = [], 0
        for sentence, tokens in zip(sentences, self.engine.count_tokens(sentences)):
            if used + tokens > budget:
                break
            kept.append(sentence)
            used += tokens
        return "".join(kept) or "".join(sentences)[:budget]

    def _messages(self, article: str, names: Mapping[str, str]) -> list[dict[str, str]]:
        table = "\n".join(f"{zh} = {en}" for zh, en in names.items() if zh in article)
        table = f"\n\nWrite the names as:\n{table}" if table else ""
        return [
            {"role": "system", "content": "You write short, factual English briefs of Chinese government news reports."},
            {"role": "user", "content": (
                f"Summarize this report in English in at most {self.max_sentences - 1} sentences: what meeting was held, "
                f"by whom, when, and what it decided or required. Answer with the summary only.{table}\n\n{article}"
            )},
        ]

    def summarize(self, sentences: list[str], names: Mapping[str, str] | None = None) -> str:
        names = dict(names or {})
        article = self._article([s for s in sentences if s.strip()])
        if not article:
            return ""
        (answer,) = self.engine.complete([self.engine.render(self._messages(article, names))], self.max_new_tokens)
        kept = []
        for sentence in _SENTENCE_END.split(answer.replace("\n", " ").strip()):
            if sentence and not has_chinese(sentence) and not unknown_names(sentence, set(names.values())):
                kept.append(sentence)
        return " ".join(kept[: self.max_sentences])
