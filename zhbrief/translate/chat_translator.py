"""Translation with an instruction-tuned LLM: numbered lines in, numbered lines out, checked.

Sentences go to the model in small numbered batches with the brief's names and the glossary
terms found in them. Each answer line is checked: its number is there once, no Chinese is
left, and every pinyin name is one the brief knows or the reading of a name in that
sentence. A sentence that fails is asked again alone, then goes to the seq2seq translator
when there is one, else stays Chinese: never dropped, never shifted to another sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from zhbrief.load.sentences import split_sentences
from zhbrief.translate.chat_engine import ChatEngine
from zhbrief.translate.name_check import has_chinese, national_leaders, unknown_names
from zhbrief.translate.translator import SentencePair, Translator

_SYSTEM = (
    "You are a professional translator of Chinese government news into English. "
    "Translate faithfully and completely, in the register of official English. "
    "Use exactly the English given for the listed names and terms."
)
_NUMBERED_LINE = re.compile(r"^\s*(\d{1,3})\s*[.)．、:：]\s*(.*?)\s*$")
_ONLY_PUNCTUATION = re.compile(r"^[\s\W\d]*$")


@dataclass(frozen=True)
class ChatOptions:
    sentences_per_prompt: int = 8
    max_prompt_chars: int = 900
    max_new_tokens: int = 1024  # a cap, so a looping model stops
    tokens_per_char: float = 2.0  # English tokens allowed per Chinese character, plus a margin


def _batches(sentences: list[str], options: ChatOptions) -> list[list[str]]:
    batches: list[list[str]] = []
    for sentence in sentences:
        last = batches[-1] if batches else None
        if last is not None and len(last) < options.sentences_per_prompt and sum(map(len, last)) + len(sentence) <= options.max_prompt_chars:
            last.append(sentence)
        else:
            batches.append([sentence])
    return batches


def _term_table(text: str, glossary: Mapping[str, str]) -> str:
    found = [(zh, en) for zh, en in glossary.items() if zh and zh in text]
    found += [(zh, en) for zh, en in national_leaders().items() if zh in text and zh not in glossary]
    return "\n".join(f"{zh} = {en}" for zh, en in sorted(found, key=lambda item: text.index(item[0])))


def numbered_prompt(sentences: list[str], glossary: Mapping[str, str]) -> list[dict[str, str]]:
    table = _term_table("".join(sentences), glossary)
    lines = "\n".join(f"{n}. {s}" for n, s in enumerate(sentences, 1))
    instruction = (
        f"Translate each of the {len(sentences)} numbered Chinese lines below into English. "
        "Answer with the same numbers, one line each, in the same order, and nothing else."
    )
    terms = f"\n\nNames and terms:\n{table}" if table else ""
    return [{"role": "system", "content": _SYSTEM}, {"role": "user", "content": f"{instruction}{terms}\n\n{lines}"}]


def single_prompt(sentence: str, glossary: Mapping[str, str]) -> list[dict[str, str]]:
    table = _term_table(sentence, glossary)
    terms = f"\n\nNames and terms:\n{table}" if table else ""
    return [
        {"role": "system", "content": _SYSTEM},
        {"role": "user", "content": f"Translate this Chinese sentence into English. Answer with the translation only.{terms}\n\n{sentence}"},
    ]


def parse_numbered(answer: str, count: int) -> dict[int, str]:
    """Line number -> English, for numbers 1..count that appear exactly once."""
    seen: dict[int, list[str]] = {}
    for line in answer.splitlines():
        if match := _NUMBERED_LINE.match(line):
            seen.setdefault(int(match.group(1)), []).append(match.group(2))
    return {n: texts[0] for n, texts in seen.items() if 1 <= n <= count and len(texts) == 1 and texts[0]}


class ChatTranslator:
    """The Translator interface (`translate`, `translate_sentences`) over a chat LLM."""

    def __init__(self, engine: ChatEngine, fallback: Translator | None = None, options: ChatOptions = ChatOptions()):
        self.engine = engine
        self.fallback = fallback
        self.options = options
        self.name = engine.name
        self.backend = engine.backend
        self.left_in_chinese = 0  # sentences no engine could translate, since the last reset

    def translate(self, texts: list[str], glossary: Mapping[str, str] | None = None) -> list[str]:
        return [" ".join(p.en for p in pairs) for pairs in self.translate_sentences(texts, glossary)]

    def translate_sentences(self, texts: list[str], glossary: Mapping[str, str] | None = None) -> list[list[SentencePair]]:
        glossary = dict(glossary or {})
        groups = [[s for line in t.split("\n") for s in split_sentences(line)] for t in texts]
        unique = list(dict.fromkeys(s for group in groups for s in group if not _ONLY_PUNCTUATION.match(s)))
        english = self._translate_all(unique, glossary)
        return [[SentencePair(s, english.get(s, s)) for s in group] for group in groups]

    def _acceptable(self, english: str | None, sentence: str, glossary: Mapping[str, str]) -> bool:
        if not english or has_chinese(english):
            return False
        return not unknown_names(english, set(glossary.values()), sentence)

    def _translate_all(self, sentences: list[str], glossary: Mapping[str, str]) -> dict[str, str]:
        if not sentences:
            return {}
        english: dict[str, str] = {}
        batches = _batches(sentences, self.options)
        prompts = [self.engine.render(numbered_prompt(b, glossary)) for b in batches]
        answers = self.engine.complete(prompts, self._max_new_tokens("".join(max(batches, key=lambda b: sum(map(len, b))))))
        for batch, answer in zip(batches, answers):
            lines = parse_numbered(answer, len(batch))
            for number, sentence in enumerate(batch, 1):
                if self._acceptable(lines.get(number), sentence, glossary):
                    english[sentence] = lines[number]
        missing = [s for s in sentences if s not in english]
        if missing:
            english.update(self._one_by_one(missing, glossary))
        return english

    def _one_by_one(self, sentences: list[str], glossary: Mapping[str, str]) -> dict[str, str]:
        """Each sentence alone; then the seq2seq translator; then the Chinese itself."""
        prompts = [self.engine.render(single_prompt(s, glossary)) for s in sentences]
        answers = self.engine.complete(prompts, self._max_new_tokens(max(sentences, key=len)))
        english = {s: a.strip().splitlines()[0].strip() for s, a in zip(sentences, answers) if a.strip()}
        english = {s: e for s, e in english.items() if self._acceptable(e, s, glossary)}
        still = [s for s in sentences if s not in english]
        if still and self.fallback is not None:
            english.update(zip(still, self.fallback.translate(still, glossary)))
            still = []
        self.left_in_chinese += len(still)
        return english

    def _max_new_tokens(self, text: str) -> int:
        return min(self.options.max_new_tokens, int(self.options.tokens_per_char * len(text)) + 48)


class PromptTranslator(ChatTranslator):
    """A translation LLM with a completion prompt (GemmaX2): one sentence per prompt."""

    def _translate_all(self, sentences: list[str], glossary: Mapping[str, str]) -> dict[str, str]:
        if not sentences:
            return {}
        answers = self.engine.complete([self.engine.prompt_for(s) for s in sentences], self._max_new_tokens(max(sentences, key=len)))
        english = {s: a.strip().splitlines()[0].strip() for s, a in zip(sentences, answers) if a.strip()}
        english = {s: e for s, e in english.items() if self._acceptable(e, s, glossary)}
        still = [s for s in sentences if s not in english]
        if still and self.fallback is not None:
            english.update(zip(still, self.fallback.translate(still, glossary)))
        elif still:
            self.left_in_chinese += len(still)
        return english
