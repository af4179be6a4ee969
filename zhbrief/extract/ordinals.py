"""Chinese and Arabic numerals in session and term ordinals (第十六届, 二十二次, 第67次)."""

from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
NUMERAL = r"(?:[0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6})"


def parse_numeral(text: str) -> int | None:
    """`二十二` -> 22, `一百三十六` -> 136, `67` -> 67; None when it is not a numeral."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for char in text:
        if char in _DIGITS:
            current = _DIGITS[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    total += current
    return total or None


def english_ordinal(number: int) -> str:
    """22 -> `22nd`, 11 -> `11th`."""
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def ordinal_of(text: str) -> str | None:
    """`第二十二` or `二十二` -> `22nd`."""
    number = parse_numeral(re.sub("^第", "", text))
    return english_ordinal(number) if number else None
