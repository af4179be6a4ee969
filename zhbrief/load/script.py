"""Traditional <-> Simplified with OpenCC, loaded once and only when needed."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=2)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    return _converter("t2s").convert(text) if text else text


def to_traditional(text: str) -> str:
    return _converter("s2t").convert(text) if text else text


def is_traditional(text: str, simplified: str) -> bool:
    """True when conversion changed more than 1% of the Han characters."""
    changed = sum(1 for a, b in zip(text, simplified) if a != b)
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff") or 1
    return changed / han > 0.01
