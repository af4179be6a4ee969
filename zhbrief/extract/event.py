"""The meeting: date as stated, name, convener, format and venues."""

from __future__ import annotations

import re

from zhbrief.brief import Event, Person
from zhbrief.extract.dates import find_meeting_date
from zhbrief.extract.jurisdiction import find_jurisdiction
from zhbrief.extract.lexicon import VENUE, alternation
from zhbrief.extract.meeting_names import MEETING_TYPES, parse_part
from zhbrief.extract.titles import parse_title

# A name ends with a meeting type (`工作会议`, `座谈会`), or with an event the name grammar
# has no English type for: training classes, forums, and any `…会`.
_NOT_MEETING_TYPES = ("培训班", "论坛", "读书班", "见面会", "会")
_MEETING_NOUN = rf"(?:{alternation((*MEETING_TYPES, *_NOT_MEETING_TYPES))})"
_CONVENE = re.compile(
    rf"(?P<convener>[^，。；：]{{0,30}}?)(?P<verb>组织召开|主持召开|召开|举行|举办)(?:了)?"
    rf"(?P<name>[^，。；：\s]{{2,80}}?{_MEETING_NOUN})”?(?=[，。；\s]|$|[（(]|暨|并)"
)
_CONVENE_WITH_JOIN = re.compile(rf"(?P<name>[^，。；：]{{2,80}}?{_MEETING_NOUN}暨[^，。；：]{{2,80}}?{_MEETING_NOUN})(?=[，。；]|$)")
_NAME_FIRST = re.compile(
    rf"(?P<name>[^，。；：]{{2,80}}?{_MEETING_NOUN})\s*(?:\d{{1,2}}月)?(?:\d{{1,2}}\s*日)?(?:至\d{{1,2}}日)?"
    rf"(?:今天|昨天|今日|昨日)?(?:[上下]午|晚)*(?:\d{{1,2}}时)?(?:在[^，。；]{{1,20}})?"
    rf"(?:隆重|胜利|圆满)?(?:召开|举行|开幕|闭幕|完成)"
)
# National bodies meet under their own name (`中共中央政治局召开会议`) or study
# (`中共中央政治局…进行第三次集体学习`).
_NATIONAL_ORGAN = r"中共中央政治局(?:常务委员会|常委会)?|国务院|全国人大常委会|全国政协"
_ORGAN_MEETS = re.compile(rf"(?P<organ>{_NATIONAL_ORGAN})(?:[^，。；]{{0,8}}?)(?:召开|举行)(?:了)?会议")
_ORGAN_STUDIES = re.compile(
    rf"(?P<organ>中共中央政治局)[^。]{{0,80}}?进行(?:了)?(?P<ordinal>第[一二三四五六七八九十]+次)集体学习"
)
_FORMATS = (
    ("电视电话会议", "teleconference"),
    ("网络视频会议", "online video conference"),
    ("视频会议", "video conference"),
    ("视频连线", "video link"),
    ("线上线下相结合", "online and on-site"),
    ("现场会", "on-site meeting"),
)
_BRANCH_VENUES = re.compile(r"(?P<where>各[^，。；]{1,14}?)设(?:立)?分会场")
_TIME_PREFIX = re.compile(r"^.*?(?:日|上午|下午|晚上|晚)[，,]?")
_DATE_WORDS = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{1,2}日|[上下]午|晚上")


# A clause, not a meeting's name: `出席…的委员分组讨论…会议`.
_NOT_A_NAME = re.compile(r"出席|参加|讨论|听取|传达|学习贯彻")
# `…主席团在市文化艺术中心举行`: where it met, not who.
_WHERE = re.compile(r"在[^，。；]*$")


def _convener(text: str) -> str | None:
    return _WHERE.sub("", _DATE_WORDS.sub("", _TIME_PREFIX.sub("", text))).strip("，, （）()") or None


def _with_organ(name: str, convener: str | None) -> str:
    """`第一次全体会议` held by `市十六届人大常委会第二十七次会议` is named with its organ."""
    if not convener or parse_part(name) is None or parse_part(name).organ_known:
        return name
    joined = parse_part(convener + name)
    return convener + name if joined is not None and joined.organ_known and not joined.topic else name


_JUNK_PREFIX = re.compile(r"^[^\u4e00-\u9fff]*[|%$#&*^~@][^\u4e00-\u9fff]*")
_ENDS_AS_MEETING = re.compile(_MEETING_NOUN + "$")


# Debris before a name: `的`, `为期两天的`, `（内蒙古）`, `备受…关注的`.
_DEBRIS = re.compile(
    r"^(?:了|的|[^，。的]{0,12}的(?=[^的]{6,}$)|[（(][^）)]{1,8}[）)]|[^（(“]{1,10}[）)]|在[^，。]{1,12}(?:召开|举行)(?:了)?)+"
)


def _clean_name(name: str) -> str:
    """Without crawl junk, a headline's slogan (`聚焦两会 政协…会议`), a second clause or
    debris before it; a quote the sentence cut open is closed again (`两整两提”…` ->
    `“两整两提”…`)."""
    name = _JUNK_PREFIX.sub("", name)
    segments = [s for s in name.split() if s]
    if len(segments) > 1:
        name = segments[0] if _ENDS_AS_MEETING.search(segments[0]) else segments[-1]
    name = _DEBRIS.sub("", name).strip("\"《》 ")
    if name.count("”") > name.count("“"):
        name = "“" + name
    return name.strip("“") if name.startswith("“") and "”" not in name else name


def _national_meeting(text: str) -> str | None:
    if match := _ORGAN_STUDIES.search(text):
        return match["organ"] + match["ordinal"] + "集体学习"
    if match := _ORGAN_MEETS.search(text):
        return match["organ"] + "会议"
    return None


def _named_first(text: str) -> str | None:
    if (match := _NAME_FIRST.search(text)) and not _NOT_A_NAME.search(match["name"]):
        return _clean_name(_TIME_PREFIX.sub("", match["name"]))
    return None


def _find_meeting(sentences: list[str], headline: str | None) -> tuple[str | None, str | None]:
    for sentence in sentences[:6]:
        if national := _national_meeting(sentence):
            return national, None
        if match := _CONVENE.search(sentence):
            name = match["name"]
            joined = _CONVENE_WITH_JOIN.match(sentence, match.start("name"))
            if joined:
                name = joined["name"]
            # `国务院总理李强主持召开`: a presider, who is in `people`, not a convening body.
            convener = None if match["verb"] == "主持召开" else _convener(match["convener"])
            return _with_organ(_clean_name(name), convener), convener
        if named := _named_first(sentence):
            return named, None
    if headline and (named := _national_meeting(headline) or _named_first(headline)):
        return named, None
    if headline and re.search(_MEETING_NOUN + "$", headline):
        return headline, None
    return None, None


def _levels(people: list[Person]) -> list[str]:
    """The levels of the leaders' titles, presiders and speakers first (市 for 市委书记)."""
    ranked = sorted(people, key=lambda p: p.role == "attended")
    return [parts.level for p in ranked for t in p.titles_zh if (parts := parse_title(t)) and parts.level]


def extract_event(
    sentences: list[str],
    headline: str | None = None,
    page_date: str | None = None,
    outlet: str | None = None,
    people: list[Person] = (),
) -> Event:
    when = find_meeting_date(sentences, page_date)
    title, convener = _find_meeting(sentences, headline)
    opening = ([headline] if headline else []) + sentences[:3]
    text = "".join(sentences)
    format_zh, format_en = next(((zh, en) for zh, en in _FORMATS if zh in text), (None, None))
    venues: list[str] = []
    for match in VENUE.finditer(text):
        if match["venue"] not in venues:
            venues.append(match["venue"])
    for match in _BRANCH_VENUES.finditer(text):
        venues.append(match["where"] + "分会场")
    return Event(
        date=when.date,
        date_zh=when.text,
        date_from=when.source,
        title_zh=title,
        format_zh=format_zh,
        format_en=format_en,
        convener_zh=convener,
        venues_zh=venues,
        place_zh=find_jurisdiction(title, convener, outlet, opening, [p.name_zh for p in people], _levels(people)),
    )
