"""The seq2seq Translator: Chinese fields to English, sentence by sentence, names and terms exact.

Stages: split each field into sentences (the loader's splitter), split an
over-long sentence at ；，、 before the model's limit, mask names and terms,
translate every distinct piece once in length-sorted batches, restore the
masks (or translate around them when the model mangled one), and put the
pieces back together. Never drops a sentence: one English sentence per
Chinese one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from zhbrief.load.sentences import split_sentences
from zhbrief.translate.generate import SegmentGenerator
from zhbrief.translate.protect import Protected, glossary_pattern, join_around, protect, restore

_CLAUSE_BREAK = re.compile(r"(?<=[；，、])")
_JOINERS = {"；": "; ", "，": ", ", "、": ", "}
_ONLY_PUNCTUATION = re.compile(r"^[\s\W\d]*$")


@dataclass(frozen=True)
class SentencePair:
    zh: str
    en: str


class Translator:
    def __init__(self, generator: SegmentGenerator, max_piece_tokens: int = 200):
        self.generator = generator
        self.max_piece_tokens = max_piece_tokens
        self.name = generator.name

    def translate(self, texts: list[str], glossary: Mapping[str, str] | None = None) -> list[str]:
        """One English text per Chinese text (empty stays empty)."""
        return [" ".join(p.en for p in pairs) for pairs in self.translate_sentences(texts, glossary)]

    def translate_sentences(
        self, texts: list[str], glossary: Mapping[str, str] | None = None
    ) -> list[list[SentencePair]]:
        glossary = dict(glossary or {})
        pattern = glossary_pattern(glossary)
        sentences = [[s for line in t.split("\n") for s in split_sentences(line)] for t in texts]
        flat = [s for group in sentences for s in group]
        pieces = self._pieces(flat)
        protected = {p: protect(p, glossary, pattern) for group in pieces for p in group}
        english = self._translate_protected(list(protected.values()))
        out: list[list[SentencePair]] = []
        position = 0
        for group in sentences:
            pairs = []
            for sentence in group:
                parts = pieces[position]
                position += 1
                pairs.append(SentencePair(sentence, _join_pieces(parts, [english[p] for p in parts]) or sentence))
            out.append(pairs)
        return out

    def _pieces(self, sentences: list[str]) -> list[list[str]]:
        """Each sentence as one piece, or as clause groups when it is over the token limit."""
        counts = self.generator.count_tokens(sentences)
        result = []
        for sentence, count in zip(sentences, counts):
            if count <= self.max_piece_tokens:
                result.append([sentence])
                continue
            clauses = [c for c in _CLAUSE_BREAK.split(sentence) if c]
            clause_counts = self.generator.count_tokens(clauses)
            groups: list[str] = []
            budget = 0
            for clause, tokens in zip(clauses, clause_counts):
                if groups and budget + tokens <= self.max_piece_tokens:
                    groups[-1] += clause
                    budget += tokens
                else:
                    groups.append(clause)
                    budget = tokens
            result.append(groups)
        return result

    def _translate_protected(self, items: list[Protected]) -> dict[str, str]:
        to_model = list(dict.fromkeys(p.masked for p in items if not _ONLY_PUNCTUATION.match(p.masked)))
        outputs = dict(zip(to_model, self.generator.generate(to_model)))
        english: dict[str, str] = {}
        fallback: list[Protected] = []
        for item in items:
            if _ONLY_PUNCTUATION.match(item.masked):
                english[item.source] = restore(item.masked, item) or item.source
                continue
            restored = restore(outputs[item.masked], item) if item.has_spans else outputs[item.masked]
            if restored is None:
                fallback.append(item)
            else:
                english[item.source] = restored
        if fallback:
            chunks = list(dict.fromkeys(c for p in fallback for c, en in p.pieces if en is None and not _ONLY_PUNCTUATION.match(c)))
            translated = dict(zip(chunks, self.generator.generate(chunks)))
            for item in fallback:
                english[item.source] = join_around(list(item.pieces), translated)
        return english


def _join_pieces(pieces: list[str], english: list[str]) -> str:
    """Rejoin clause groups of one sentence with the separator their Chinese ended on."""
    if len(pieces) == 1:
        return english[0].strip()
    parts = [en.strip().rstrip(".;,") + _JOINERS.get(zh[-1:], " ") for zh, en in zip(pieces[:-1], english)]
    return ("".join(parts) + english[-1].strip()).strip()
