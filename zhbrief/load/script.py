"""Traditional <-> Simplified with OpenCC, loaded once and only when needed."""

from __future__ import annotations

import re
from functools import lru_cache

# OpenCC keeps 著 where Simplified writes 着 (著重, 随著, 意味著); 著 stays in 显著, 著名, 著作.
_ZHUO_AS_ZHE = re.compile(r"(?<![显土编原巨名论专遗卓昭拙合译])著(?![名作称述书录者])")


@lru_cache(maxsize=2)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


# Variant forms OpenCC leaves as they are (陜西 for 陕西).
_VARIANTS = str.maketrans({"陜": "陕"})


def to_simplified(text: str) -> str:
    if not text:
        return text
    simplified = _converter("t2s").convert(text).translate(_VARIANTS)
    return _ZHUO_AS_ZHE.sub("着", simplified) if "著" in simplified else simplified


def to_traditional(text: str) -> str:
    return _converter("s2t").convert(text) if text else text


def han_count(text: str) -> int:
    """Chinese characters (the CJK unified block) in `text`."""
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


def is_traditional(text: str, simplified: str) -> bool:
    """True when conversion changed more than 1% of the Han characters."""
    changed = sum(1 for a, b in zip(text, simplified) if a != b)
    han = han_count(text) or 1
    return changed / han > 0.01
