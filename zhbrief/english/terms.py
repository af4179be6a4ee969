"""The glossary of political and policy terms (`data/glossary.tsv`, sources named there):
what the translator must render exactly, and the topics of a brief and its directives."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

# Wording the translator keeps, but not a topic of its own (贯彻落实, 决策部署).
PHRASE_FIELD = "phrase"


@dataclass(frozen=True)
class Term:
    zh: str
    en: str
    field: str
    source: str

    @property
    def is_topic(self) -> bool:
        return self.field != PHRASE_FIELD


@dataclass(frozen=True)
class TermMatch:
    start: int
    end: int
    zh: str
    en: str


@lru_cache(maxsize=1)
def glossary() -> dict[str, Term]:
    """zh -> Term, read once from the data file."""
    terms: dict[str, Term] = {}
    text = files("zhbrief.data").joinpath("glossary.tsv").read_text(encoding="utf-8")
    for line in text.splitlines()[1:]:
        if not line or line.startswith("#") or line.startswith("zh\t"):
            continue
        zh, en, field, source = line.split("\t")
        terms.setdefault(zh, Term(zh, en, field, source))
    return terms


def term_english(zh: str) -> str | None:
    term = glossary().get(zh)
    return term.en if term else None


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return re.compile("|".join(sorted(map(re.escape, glossary()), key=len, reverse=True)))


def find_terms(text: str) -> list[TermMatch]:
    """Glossary terms in `text`, longest first at each position, never overlapping."""
    terms = glossary()
    return [TermMatch(m.start(), m.end(), m.group(0), terms[m.group(0)].en) for m in _pattern().finditer(text)]


def topics_in(text: str, limit: int = 8) -> list[str]:
    """The policy topics a text names, most frequent first (ties in order of appearance)."""
    terms = glossary()
    counts = Counter(m.en for m in find_terms(text) if terms[m.zh].is_topic)
    return [english for english, _ in counts.most_common(limit)]
