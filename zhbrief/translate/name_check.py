"""Checking an LLM's English for names it made up: a pinyin name (`Jiang Liansheng`) must
be one the brief knows, or the reading of a name in the Chinese it translated."""

from __future__ import annotations

import re
from functools import lru_cache

from zhbrief.data import national_leaders
from zhbrief.english.pinyin import SURNAME_READINGS, name_to_pinyin
from zhbrief.english.places import ESTABLISHED
from zhbrief.extract.names import COMMON_SURNAMES, COMPOUND_SURNAMES, is_plausible_name
from zhbrief.load.clean import is_pinyin_syllable

# Pinyin pairs that are places, not people (`Hong Kong`, `Inner Mongolia`).
_NOT_NAMES = frozenset(english for english in ESTABLISHED.values() if " " in english)
_CANDIDATE = re.compile(r"\b([A-Z][a-z]{0,5}) ([A-Z][a-z']{1,11})\b")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _surname_readings() -> frozenset[str]:
    """Capitalised pinyin of the surnames officials have (Zhang, Ouyang, Zeng…)."""
    readings = {name_to_pinyin(s + "明").split(" ")[0] for s in COMMON_SURNAMES}
    readings |= {name_to_pinyin(s + "明").split(" ")[0] for s in COMPOUND_SURNAMES}
    return frozenset(readings | {r.capitalize() for r in SURNAME_READINGS.values()})


@lru_cache(maxsize=4096)
def _is_pinyin_word(word: str) -> bool:
    """`Liansheng` = lian + sheng; one to three syllables."""
    word = word.lower().replace("'", "")

    def split(rest: str, count: int) -> bool:
        if not rest:
            return True
        return count < 3 and any(is_pinyin_syllable(rest[:n]) and split(rest[n:], count + 1) for n in range(6, 0, -1))

    return split(word, 0)


def pinyin_names(english: str) -> list[str]:
    """What in the English reads as a Chinese name: a surname's pinyin, then a given name's."""
    surnames = _surname_readings()
    pairs = (f"{a} {b}" for a, b in _CANDIDATE.findall(english) if a in surnames and _is_pinyin_word(b))
    return [pair for pair in pairs if pair not in _NOT_NAMES]


def source_names(chinese: str) -> set[str]:
    """The pinyin of every two- or three-character run of the Chinese that could be a name."""
    found = set()
    for size in (2, 3):
        for start in range(len(chinese) - size + 1):
            piece = chinese[start : start + size]
            if is_plausible_name(piece):
                found.add(name_to_pinyin(piece))
    return found


def unknown_names(english: str, known: set[str], chinese: str = "") -> list[str]:
    """Names in the English that are neither known nor the reading of a name in the Chinese."""
    allowed = set(known) | set(national_leaders().values())
    candidates = [n for n in pinyin_names(english) if not any(n in k for k in allowed)]
    if not candidates:
        return []
    readings = source_names(chinese) if chinese else set()
    return [n for n in candidates if n not in readings]


def has_chinese(english: str) -> bool:
    return bool(_HAN.search(english))
