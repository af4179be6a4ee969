"""English for the meeting's fixed parts, no model needed: its name (composed) and kind,
its place, the convening bodies and the venues."""

from __future__ import annotations

import re

from zhbrief.brief import Event
from zhbrief.english.meetings import meeting_english, organ_english
from zhbrief.english.places import division_english, place_english
from zhbrief.english.terms import term_english
from zhbrief.extract.jurisdiction import CHINA
from zhbrief.extract.meeting_names import parse_part
from zhbrief.extract.places import places_named

_CONVENER_SPLIT = re.compile("[、和与及]")
_BRANCH = re.compile(r"^(?P<where>.+?)分会场$")


def _place_en(place_zh: str | None) -> str | None:
    if place_zh is None:
        return None
    if place_zh == CHINA:
        return "China"
    options = places_named(place_zh)
    return place_english(options[0]) if options else None


def _body_english(body: str) -> str | None:
    """`市委` -> `Municipal Party Committee`, `鞍山市` -> `Anshan City`; None when unknown."""
    part = parse_part(body + "会议")
    if part is not None and part.organ_known and not part.topic:
        return organ_english(part)
    if places_named(body):
        return division_english(body)
    return None


def convener_english(convener: str | None) -> str | None:
    """`市委、市政府` -> `Municipal Party Committee and Municipal People's Government`."""
    if not convener:
        return None
    bodies = [b for b in _CONVENER_SPLIT.split(convener) if b]
    english = [_body_english(b) for b in bodies]
    return " and ".join(english) if english and all(english) else None  # type: ignore[arg-type]


def venue_english(venue: str) -> str | None:
    """`主会场` -> `main venue`, `万秀区分会场` -> `Wanxiu District branch venue`."""
    if venue == "主会场":
        return "main venue"
    match = _BRANCH.match(venue)
    if match is None:
        return None
    where = match["where"]
    if where.startswith("各"):
        return "branch venues"
    return f"{division_english(where)} branch venue" if places_named(where) or where[-1] in "区县市镇乡旗" else None


# When no name was found: what the opening says happened (`主持会议`, `来到…代表团…审议`).
_KINDS_IN_TEXT = (
    (re.compile(r"代表团[^。]{0,20}审议"), "delegation deliberation"),
    (re.compile(r"会议|会上"), "meeting"),
)


def add_event_english(event: Event, opening: str = "") -> None:
    english = meeting_english(event.title_zh, term_english)
    event.title_en = english.title_en
    event.kind_en = english.kind_en or next((kind for p, kind in _KINDS_IN_TEXT if p.search(opening)), None)
    event.place_en = _place_en(event.place_zh)
    event.convener_en = convener_english(event.convener_zh)
    event.venues_en = [venue_english(v) for v in event.venues_zh]
