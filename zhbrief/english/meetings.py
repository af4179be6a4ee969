"""Meeting names in English, composed from their parts like titles: `区第十六届人大常委会第二十二次会议`
-> `22nd Session of the Standing Committee of the 16th District People's Congress`.

A full name (`title_en`) is given only when every part is known (organ, ordinals, topic from
the glossary, type); the kind (`kind_en`, `executive meeting of the District People's
Government`) needs only the type and, when found, the organ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from zhbrief.english.pinyin import word_pinyin
from zhbrief.english.places import division_english, stem_english
from zhbrief.extract.meeting_names import (
    HEADS,
    MEETING_TYPES,
    PERIODS,
    NATIONAL_ORGANS,
    ORGAN_BODIES,
    SCOPES,
    SUB_ORGANS,
    MeetingPart,
    parse_meeting_name,
    parse_part,
)
from zhbrief.extract.ordinals import ordinal_of
from zhbrief.extract.title_tables import LEVELS
from zhbrief.extract.places import places_named

# Bodies whose numbered meetings are sessions (第二十二次会议 of a standing committee).
_SESSION_BODIES = {"人大常委会", "人民代表大会常务委员会", "人大", "人民代表大会", "政协"}
_SMALL_WORDS = {"of", "the", "and", "on", "for", "in", "to", "with", "a", "an", "through", "by", "at", "from"}


@dataclass(frozen=True)
class MeetingEnglish:
    title_en: str | None  # the full name, every part known
    kind_en: str | None  # what kind of meeting, and whose


def title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        w if (i and w in _SMALL_WORDS) or not w[:1].islower() else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


def _level_english(part: MeetingPart) -> str:
    if part.place and not part.level and places_named(part.place):
        return division_english(part.place)  # 政协寿县委员会: Shou County
    if part.place:
        place = "National" if part.place == "全国" else stem_english(part.place)
        noun = LEVELS[part.level][1] if part.level else ""
        return f"{place} {noun}".strip()
    return LEVELS[part.level][0] if part.level else ""


def _known_place(part: MeetingPart) -> bool:
    """A place named in an organ must be a real division (not `部分` or a doubled `汶上汶上县`);
    towns and townships, below the table of divisions, are read in pinyin."""
    if not part.place or part.place == "全国" or (part.level in ("镇", "乡") and len(part.place) <= 4):
        return True
    return bool(places_named(part.place) or places_named(part.place + (part.level or "")))


def organ_english(part: MeetingPart) -> str | None:
    """`区第十六届人大常委会` -> `Standing Committee of the 16th District People's Congress`."""
    if not _known_place(part):
        return None
    if part.head:
        return None  # `市长碰头会`: the head's meeting, written before the type
    subs = list(part.subs)
    if part.national:
        organ = NATIONAL_ORGANS[part.national]
    elif part.body:
        level = _level_english(part)
        if part.term:
            level = f"{ordinal_of(part.term)} {level}".strip()
        organ = ORGAN_BODIES[part.body].replace("{L}", level).replace("  ", " ").strip()
        if part.session:
            organ = f"{ordinal_of(part.session)} Session of the {organ}"
    elif subs:
        organ = SUB_ORGANS[subs.pop(0)]  # `党组（扩大）会议`: the body is the reader's own
    else:
        return None
    for sub in subs:
        organ = f"{SUB_ORGANS[sub]} of the {organ}"
    return organ


def _type_english(part: MeetingPart, numbered: bool = True) -> str:
    kind = MEETING_TYPES[part.type]
    if part.type == "会议" and part.ordinal and part.body in _SESSION_BODIES and not part.subs:
        kind = "session"
    if part.enlarged and "enlarged" not in kind:
        kind = f"enlarged {kind}"
    return f"{ordinal_of(part.ordinal)} {kind}" if part.ordinal and numbered else kind


# `创建…`, `推进…`: a topic that is an undertaking, rendered `<type> on <verb>ing <term>`.
_TOPIC_VERBS = {
    "创建": "building", "推进": "advancing", "推动": "promoting", "加快": "accelerating", "深化": "deepening",
    "加强": "strengthening", "开展": "carrying out", "落实": "implementing", "巩固": "consolidating",
    "部署": "deploying", "做好": "doing well in", "优化": "optimizing",
}
_TOPIC_SCOPES = {"全国": "a national", "全省": "a provincial", "全市": "a municipal", "全县": "a county"}


def _reads_after_on(english: str) -> bool:
    """`optimizing the business environment`, `construction of key projects`: a phrase, not
    a modifier, so `work conference on …` rather than before the type."""
    words = english.split()
    return words[0].endswith("ing") or "of" in words[1:]


# `“四个年”`: a slogan, kept in quotes and pinyin when no glossary term covers it.
_QUOTED = re.compile(r"“([^”]{1,40})”")
_LIST_JOINS = re.compile(r"[、和及与暨](?![^“”]*”)")  # not inside a quoted slogan


def _words_english(topic: str, terms: Callable[[str], str | None]) -> str | None:
    """A topic that is glossary terms side by side (`农业农村`, `安全生产专项整治`), or
    a list of them (`信访、安全稳定`), with quoted slogans in pinyin: None when any
    part is unknown."""
    pieces = [piece for piece in _LIST_JOINS.split(topic) if piece]
    english = [_glossary_run(piece, terms) for piece in pieces]
    if not pieces or not all(english):
        return None
    return " and ".join(english)  # type: ignore[arg-type]


def _glossary_run(text: str, terms: Callable[[str], str | None]) -> str | None:
    """Terms covering the text whole, longest first: `安全生产专项整治` -> two terms."""
    words, position = [], 0
    while position < len(text):
        if quoted := _QUOTED.match(text, position):
            slogan = ", ".join(word_pinyin(part) for part in re.split("[、，]", quoted.group(1)) if part)
            words.append(f"“{slogan}”")
            position = quoted.end()
            continue
        for end in range(len(text), position, -1):
            if english := terms(text[position:end]):
                words.append(english.removeprefix("the "))  # `the battle against poverty`, inside a name
                position = end
                break
        else:
            return None
    return " ".join(words)


def _topic_english(topic: str, meeting_type: str, terms: Callable[[str], str | None]) -> tuple[str | None, bool]:
    """(the topic's English or None when unknown, whether it leads with a verb)."""
    if not topic:
        return "", False
    if meeting_type.startswith("工作") and (english := terms(topic + "工作")):
        return english, _reads_after_on(english)
    if english := terms(topic) or _words_english(topic.removesuffix("工作"), terms):
        english = english.removeprefix("the ")
        return english, _reads_after_on(english)
    verb = next((v for v in _TOPIC_VERBS if topic.startswith(v)), None)
    if verb is None:
        return None, False
    rest = topic[len(verb) :].removeprefix("开展")  # 深化开展…: deepening …
    scope = next((s for s in _TOPIC_SCOPES if rest.startswith(s)), None)
    rest = rest[len(scope) :] if scope else rest
    term = terms(rest) or _words_english(rest, terms)
    if term is None:
        return None, False
    return f"{_TOPIC_VERBS[verb]} {_TOPIC_SCOPES[scope] + ' ' if scope else ''}{term}", True


def part_english(part: MeetingPart, terms: Callable[[str], str | None]) -> MeetingEnglish:
    organ = organ_english(part)
    kind = _type_english(part)
    scope = SCOPES.get(part.scope or "") or (LEVELS[part.scope][0] if part.scope in LEVELS else "")
    kind_en = f"{scope.lower()} {kind}".strip() if scope else kind
    kind_en = f"{kind_en} of the {organ}" if organ else kind_en
    topic, verb_led = _topic_english(part.topic, part.type, terms)
    if topic is None or (part.term and organ is None) or not _known_place(part):
        return MeetingEnglish(None, kind_en)  # a part unknown: no name passed off as whole
    numbered_after = bool(part.ordinal and topic)  # `第四次廉政工作会议`: the 4th, then the topic
    kind = _type_english(part, numbered=not numbered_after)
    if "work" in topic.split() and kind.startswith("work "):
        kind = kind.removeprefix("work ")  # 安全生产工作会议: work safety conference
    ordinal = ordinal_of(part.ordinal) if numbered_after else ""
    before = [ordinal, part.year or "", scope, PERIODS.get(part.period or "", ""), HEADS.get(part.head or "", "")]
    if verb_led:
        name = " ".join(word for word in (*before, kind, "on", topic) if word)
    else:
        name = " ".join(word for word in (*before, topic, kind) if word)
    if part.national == "中央" and not part.subs and topic:
        title = f"Central {name}"  # 中央经济工作会议: the Central Economic Work Conference
    else:
        title = f"{name} of the {organ}" if organ else name
    return MeetingEnglish(title_case(title), kind_en)


# `市政府市政协联席会议`: two bodies meeting together.
_JOINT = re.compile(r"^(?P<first>.{2,12}?)(?P<second>[省市州县区旗镇乡](?:委|政府|人大常委会|人大|政协))联席会议$")


def _joint_english(name_zh: str) -> MeetingEnglish | None:
    match = _JOINT.match(name_zh)
    if match is None:
        return None
    organs = [parse_part(organ + "会议") for organ in (match["first"], match["second"])]
    if not all(part is not None and part.organ_known and not part.topic for part in organs):
        return None
    first, second = (organ_english(part) for part in organs)  # type: ignore[arg-type]
    if not (first and second):
        return None
    return MeetingEnglish(f"Joint Meeting of the {first} and the {second}", f"joint meeting of the {first} and the {second}")


def meeting_english(name_zh: str | None, terms: Callable[[str], str | None]) -> MeetingEnglish:
    """English for a meeting's name; `terms` gives a topic's glossary English or None."""
    if not name_zh:
        return MeetingEnglish(None, None)
    name_zh = name_zh.replace("中国人民政治协商会议", "政协")
    if "联席会议" in name_zh and "暨" not in name_zh and (joint := _joint_english(name_zh)):
        return joint
    parsed = parse_meeting_name(name_zh)
    if not parsed.parts:
        kind = next((en for zh, en in sorted(MEETING_TYPES.items(), key=lambda t: -len(t[0])) if name_zh.endswith(zh)), None)
        return MeetingEnglish(None, kind)
    english = [part_english(part, terms) for part in parsed.parts]
    complete = parsed.complete and all(e.title_en for e in english)
    title = " and ".join(e.title_en for e in english if e.title_en) if complete else None
    return MeetingEnglish(title, " and ".join(e.kind_en for e in english if e.kind_en) or None)
