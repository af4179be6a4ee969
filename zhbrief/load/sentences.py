"""Sentence splitting on Chinese punctuation, keeping quoted speech with its sentence."""

from __future__ import annotations

_ENDS = set("。！？!?…")
_OPEN_QUOTES = {"“": "”", "「": "」", "『": "』", "《": "》"}
_CLOSERS = set("”」』）)》’\"")
_MAX_QUOTE_SPAN = 300  # an unclosed quote in scraped text must not swallow the article


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph; a sentence end inside “…” or 「…」 does not split."""
    sentences: list[str] = []
    start = 0
    expecting: list[str] = []
    quote_opened_at = 0
    i = 0
    n = len(paragraph)
    while i < n:
        ch = paragraph[i]
        if ch in _OPEN_QUOTES:
            expecting.append(_OPEN_QUOTES[ch])
            quote_opened_at = i
        elif expecting and ch == expecting[-1]:
            expecting.pop()
            if not expecting and i > 0 and paragraph[i - 1] in _ENDS:
                # `“要抓好落实！”随后…`: the quoted sentence ended inside the quote.
                sentences.append(paragraph[start : i + 1].strip())
                start = i + 1
        elif expecting and i - quote_opened_at > _MAX_QUOTE_SPAN:
            expecting.clear()
        if ch in _ENDS and not expecting:
            while i + 1 < n and (paragraph[i + 1] in _ENDS or paragraph[i + 1] in _CLOSERS):
                i += 1
            sentences.append(paragraph[start : i + 1].strip())
            start = i + 1
        i += 1
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return [s for s in sentences if s]
