"""Where a meeting belongs: the jurisdiction of the body that held it (`市委常委会` in
梧州日报 -> 梧州市, `汶上县委` -> 汶上县, national bodies -> 中国), from the meeting's name,
the outlet or the opening sentences; None when nothing says."""

from __future__ import annotations

import re

from zhbrief.extract.lexicon import OUTLET_SUFFIXES, alternation
from zhbrief.extract.meeting_names import MeetingPart, parse_meeting_name
from zhbrief.extract.places import Place, places_in, places_named, prefecture_of, province_of

CHINA = "中国"
# The kind of division a level names: 市委 meets in a prefecture, 县委 in a county.
_LEVEL_KINDS = {
    "省": "province", "自治区": "province", "市": "prefecture", "州": "prefecture", "自治州": "prefecture",
    "盟": "prefecture", "县": "county", "区": "county", "旗": "county", "自治县": "county",
}
_SCOPE_KINDS = {"全省": "province", "全市": "prefecture", "全州": "prefecture", "全县": "county", "全区": "county", "全旗": "county"}
_OUTLET_SUFFIX = re.compile(rf"(?:{alternation(OUTLET_SUFFIXES)})$")


def _expected_kind(part: MeetingPart | None) -> str | None:
    if part is None:
        return None
    return _LEVEL_KINDS.get(part.level or "") or _SCOPE_KINDS.get(part.scope or "")


def _lift(place: Place, kind: str | None) -> Place:
    """The division of the meeting's level that contains `place` (万秀区 for a 市委 meeting -> 梧州市)."""
    if kind == "province" and place.kind != "province":
        return province_of(place) or place
    if kind == "prefecture" and place.kind == "county":
        return prefecture_of(place) or place
    return place


def _single(options: list[Place]) -> Place | None:
    return options[0] if len({p.province_code for p in options}) == 1 else None


def _from_name(part: MeetingPart) -> Place | None:
    if not part.place or part.place == CHINA:
        return None
    return _single(places_named(part.place + (part.level or ""))) or _single(places_named(part.place))


def _from_outlet(outlet: str | None) -> Place | None:
    if not outlet or outlet in ("本报", "新华社", "中新社", "人民日报"):
        return None
    stem = _OUTLET_SUFFIX.sub("", outlet)
    return _single(places_named(stem)) if len(stem) >= 2 else None


# Bodies and offices of the centre: a meeting they hold or lead belongs to all of China.
_NATIONAL = re.compile(r"^全国|国务院|中共中央|党中央|中央政治局|政治局|委员长会议|全国人大|全国政协")
_NATIONAL_LEADER = re.compile(
    r"(?:国务院总理|国务院副总理|国务委员|委员长|全国政协主席|中共中央总书记)[\u4e00-\u9fff]{2,3}"
    r"(?:在[^，。；]{1,12})?(?:主持|出席)"
)


def _is_national(names: list[str], parts: list[MeetingPart], opening: str) -> bool:
    if any(p.national or "全国" in (p.scope, p.level, p.place) for p in parts):
        return True
    return any(_NATIONAL.search(name) for name in names) or bool(_NATIONAL_LEADER.search(opening))


def _from_text(opening: str, kind: str | None, names: list[str]) -> Place | None:
    """A division named in the opening (not inside a person's name); short and two-character
    names only when the meeting's level says what kind of division to look for."""
    for name in names:
        opening = opening.replace(name, "　" * len(name))
    for place in places_in(opening):
        if kind is None and (len(place.name) < 3 or place.name not in opening):
            continue
        if len(place.name) == 2 and (kind != "county" or place.name + "长" in opening):
            continue  # 和县, 代县(长): two characters that also start words
        if kind is None or _lift(place, kind).kind == kind:
            return place
    return None


def find_jurisdiction(
    meeting_name: str | None,
    convener: str | None,
    outlet: str | None,
    opening: list[str],
    people: list[str] = (),
    levels: list[str] = (),
) -> str | None:
    """The full name of the division (梧州市, 汶上县), 中国 for national bodies, or None.
    `levels` are the levels of the leaders' titles (市 for 市委书记), a hint of the meeting's."""
    parts = parse_meeting_name(meeting_name).parts if meeting_name else []
    parts += parse_meeting_name(convener + "会议").parts if convener else []
    text = "".join(opening)
    if _is_national([n for n in (meeting_name, convener) if n], parts, text):
        return CHINA
    part = next((p for p in parts if p.place or p.level or p.scope), None)
    kind = _expected_kind(part) or next((_LEVEL_KINDS[level] for level in levels if level in _LEVEL_KINDS), None)
    found = (_from_name(part) if part else None) or _from_outlet(outlet) or _from_text(text, kind, list(people))
    return _lift(found, kind).name if found else None
