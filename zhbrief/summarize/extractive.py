"""Extractive summary, no weights: lead position plus centrality over sentence similarity."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

_NOT_SUMMARY = re.compile(r"^(?:记者|通讯员|编辑|责任编辑|来源|图为|图片|摄影)|摄$")


@dataclass(frozen=True)
class ExtractiveOptions:
    sentences: int = 3
    lead_weight: float = 0.6  # meeting reports put the who/what/when in the first sentence
    min_chars: int = 12
    max_chars: int = 400
    max_candidates: int = 150  # centrality is quadratic; a report's summary lies in its first part


def _bigrams(sentence: str) -> set[str]:
    text = re.sub(r"[^\u4e00-\u9fff]", "", sentence)
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _centrality(grams: list[set[str]]) -> list[float]:
    scores = []
    for i, own in enumerate(grams):
        total = 0.0
        for j, other in enumerate(grams):
            if i != j and own and other:
                total += len(own & other) / math.sqrt(len(own) * len(other))
        scores.append(total / max(1, len(grams) - 1))
    top = max(scores, default=0.0) or 1.0
    return [s / top for s in scores]


def summarize_extractive(sentences: list[str], options: ExtractiveOptions = ExtractiveOptions()) -> list[str]:
    """The best `options.sentences` sentences, in their order in the article."""
    candidates = [
        (i, s)
        for i, s in enumerate(sentences)
        if options.min_chars <= len(s) <= options.max_chars and not _NOT_SUMMARY.search(s)
    ][: options.max_candidates] or list(enumerate(sentences))[: options.max_candidates]
    if len(candidates) <= options.sentences:
        return [s for _, s in candidates]
    centrality = _centrality([_bigrams(s) for _, s in candidates])
    scored = []
    for rank, ((index, sentence), central) in enumerate(zip(candidates, centrality)):
        lead = options.lead_weight / (1 + rank)
        scored.append((central + lead, index, sentence))
    best = sorted(scored, reverse=True)[: options.sentences]
    return [s for _, _, s in sorted(best, key=lambda item: item[1])]
