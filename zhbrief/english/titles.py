"""Official titles to their established English, composed from the title grammar's parts."""

from __future__ import annotations

from dataclasses import dataclass, replace

from zhbrief.english.places import stem_english
from zhbrief.extract.titles import (
    BODIES,
    GOVERNMENT_POSTS,
    GROUP_TITLES,
    LEVELS,
    NATIONAL_OFFICES,
    POSTS,
    TitleParts,
    parse_title,
)


@dataclass(frozen=True)
class EnglishTitle:
    zh: str
    en: str
    known: bool  # False: not in the glossary, `en` is a visible fallback


def _level_english(parts: TitleParts) -> str | None:
    if parts.level is None:
        return stem_english(parts.place) if parts.place else None
    adjective, noun = LEVELS[parts.level]
    return f"{stem_english(parts.place)} {noun}" if parts.place else adjective


# 纪委监委 is two bodies in one office: a Party post belongs to the commission for
# discipline inspection, a state post to the supervisory commission.
_JOINT_BODY_POSTS = {"纪委监委": ({"书记", "副书记", "常务副书记", "常委"}, "纪委", {"主任", "副主任"}, "监委")}
# A ministry's head is its Minister (部长), not a department's Head.
_MINISTERS = {"部长": "Minister", "副部长": "Vice Minister"}


def _body_for_post(parts: TitleParts) -> str:
    body = parts.body or ""
    if body in _JOINT_BODY_POSTS:
        party_posts, party_body, state_posts, state_body = _JOINT_BODY_POSTS[body]
        if parts.post in party_posts:
            return party_body
        if parts.post in state_posts:
            return state_body
    return body


def _body_english(parts: TitleParts) -> str | None:
    template = BODIES.get(_body_for_post(parts))
    if template is None:
        return None
    level = _level_english(parts)
    return template.replace("{L}", level) if level else template.replace("{L} ", "").replace(" {L}", "")


def _compose(parts: TitleParts) -> str | None:
    english = _compose_office(parts)
    if english and parts.acting:
        english = f"Acting {english}"
    if english and parts.candidate:
        english = f"Candidate for {english}"
    return f"Former {english}" if english and parts.former else english


def _compose_office(parts: TitleParts) -> str | None:
    if parts.national:
        return NATIONAL_OFFICES[parts.national]
    if parts.group:
        return GROUP_TITLES[parts.group]
    if parts.government_post:
        plain, with_place = GOVERNMENT_POSTS[parts.government_post]
        return with_place.replace("{P}", stem_english(parts.place)) if parts.place else plain
    post = POSTS.get(parts.post or "")
    if post is None:
        return None
    if parts.body is None:
        return post
    body = _body_english(parts)
    if body and body.startswith("Ministry of ") and parts.post in _MINISTERS:
        return f"{_MINISTERS[parts.post]} of {body.removeprefix('Ministry of ')}"
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
