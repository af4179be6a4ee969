"""Names and glossary terms kept exact through a model that cannot be trusted with them.

Each protected span becomes a numbered placeholder the model is asked to carry
through. The output is checked: every placeholder exactly once and no strays.
When it is not so, the caller translates the text around the spans instead.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Mapping

_PLACEHOLDER = re.compile(r"\[\s*(\d{1,3})\s*\]")


def placeholder(index: int) -> str:
    return f"[{index}]"


@dataclass(frozen=True)
class Protected:
    source: str
    masked: str  # the source with placeholders in place of protected spans
    english: tuple[str, ...]  # the English of placeholder i
    pieces: tuple[tuple[str, str | None], ...]  # (Chinese chunk, None) or (span, its English)

    @property
    def has_spans(self) -> bool:
        return bool(self.english)


def glossary_pattern(glossary: Mapping[str, str]) -> re.Pattern[str] | None:
    keys = [k for k in glossary if k]
    if not keys:
        return None
    return re.compile("|".join(sorted(map(re.escape, keys), key=len, reverse=True)))


def protect(text: str, glossary: Mapping[str, str], pattern: re.Pattern[str] | None) -> Protected:
    if pattern is None or _PLACEHOLDER.search(text):
        return Protected(text, text, (), ((text, None),))
    english: list[str] = []
    pieces: list[tuple[str, str | None]] = []
    masked: list[str] = []
    pos = 0
    for match in pattern.finditer(text):
        if match.start() > pos:
            pieces.append((text[pos : match.start()], None))
            masked.append(text[pos : match.start()])
        pieces.append((match.group(0), glossary[match.group(0)]))
        masked.append(placeholder(len(english)))
        english.append(glossary[match.group(0)])
        pos = match.end()
    if pos < len(text):
        pieces.append((text[pos:], None))
        masked.append(text[pos:])
    return Protected(text, "".join(masked), tuple(english), tuple(pieces))


def restore(output: str, protected: Protected) -> str | None:
    """The output with placeholders replaced by their English, or None if the model
    dropped, duplicated, invented or mangled any of them."""
    found = Counter(int(m.group(1)) for m in _PLACEHOLDER.finditer(output))
    if found != Counter(range(len(protected.english))):
        return None
    return _PLACEHOLDER.sub(lambda m: protected.english[int(m.group(1))], output)


def join_around(pieces: list[tuple[str, str | None]], translated: Mapping[str, str]) -> str:
    """The safe form: Chinese chunks translated alone, joined with the spans' English."""
    words = []
    for chunk, english in pieces:
        # A model may invent placeholders in a chunk that had none: drop them.
        words.append(english if english is not None else _PLACEHOLDER.sub("", translated.get(chunk, "")))
    text = " ".join(w.strip() for w in words if w and w.strip())
    return re.sub(r"\s+([,.;:!?])", r"\1", text)
