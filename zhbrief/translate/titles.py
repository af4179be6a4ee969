"""Official titles to their established English, composed from the title grammar's parts."""

from __future__ import annotations

from dataclasses import dataclass, replace

from zhbrief.extract.titles import BODIES, GOVERNMENT_POSTS, GROUP_TITLES, LEVELS, POSTS, TitleParts, parse_title
from zhbrief.translate.pinyin import place_to_pinyin


@dataclass(frozen=True)
class EnglishTitle:
    zh: str
    en: str
    known: bool  # False: not in the glossary, `en` is a visible fallback


def _level_english(parts: TitleParts) -> str | None:
    if parts.level is None:
        return f"{place_to_pinyin(parts.place)}" if parts.place else None
    adjective, noun = LEVELS[parts.level]
    return f"{place_to_pinyin(parts.place)} {noun}" if parts.place else adjective


def _body_english(parts: TitleParts) -> str | None:
    template = BODIES.get(parts.body or "")
    if template is None:
        return None
    level = _level_english(parts)
    return template.replace("{L}", level) if level else template.replace("{L} ", "").replace(" {L}", "")


def _compose(parts: TitleParts) -> str | None:
    if parts.group:
        return GROUP_TITLES[parts.group]
    if parts.government_post:
        plain, with_place = GOVERNMENT_POSTS[parts.government_post]
        return with_place.replace("{P}", place_to_pinyin(parts.place)) if parts.place else plain
    post = POSTS.get(parts.post or "")
    if post is None:
        return None
    if parts.body is None:
        return post
    body = _body_english(parts)
    return f"{post} of the {body}" if body else None


def titles_to_english(titles: list[str]) -> list[EnglishTitle]:
    """Translate one person's titles in order; a title that omits its body or level
    (市人民检察院党组书记、检察长; 市委常委、组织部部长) takes them from the one before."""
    out: list[EnglishTitle] = []
    previous: TitleParts | None = None
    for title in titles:
        parts = parse_title(title)
        if parts is None:
            out.append(EnglishTitle(title, f"[{title}]", known=False))
            continue
        if previous is not None and parts.body is None and parts.post and not parts.government_post:
            parts = replace(parts, body=previous.body, level=previous.level, place=previous.place)
        elif previous is not None and parts.body and parts.level is None and parts.place is None:
            parts = replace(parts, level=previous.level, place=previous.place)
        english = _compose(parts)
        out.append(EnglishTitle(title, english or f"[{title}]", known=english is not None))
        previous = parts
    return out
