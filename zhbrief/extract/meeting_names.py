"""The grammar of meeting names: `[scope] [organ] [term] [sub-organ] [topic] [ordinal] type`.

`区第十六届人大常委会第二十二次会议` is organ 区…人大常委会 (term 16) with the session
ordinal 22; `全市民族工作会议` is scope 全市, topic 民族工作, type 会议;
`市委常委会（扩大）会议` is the Standing Committee of the 市委, enlarged. Parts joined
by 暨 or 和 are parsed one by one. The English is composed in `english/meetings.py`
from the same tables, so a name is rendered only when every part is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from zhbrief.extract.lexicon import alternation
from zhbrief.extract.ordinals import NUMERAL
from zhbrief.extract.title_tables import BODIES, LEVELS
from zhbrief.extract.titles import PLACE

# Meeting types, each with its English; the longest that ends the name is taken.
MEETING_TYPES: dict[str, str] = {
    "常务会议": "executive meeting",
    "常委会会议": "standing committee meeting",
    "常委会议": "standing committee meeting",
    "全体会议": "plenary meeting",
    "全会": "plenary session",
    "主席会议": "chairpersons' meeting",
    "主任会议": "directors' meeting",
    "委员长会议": "meeting of the Council of Chairpersons",
    "预备会议": "preparatory meeting",
    "预备会": "preparatory meeting",
    "主席团会议": "presidium meeting",
    "召集人会议": "conveners' meeting",
    "扩大会议": "enlarged meeting",
    "工作会议": "work conference",
    "工作推进会": "work promotion meeting",
    "推进会议": "promotion meeting",
    "推进大会": "promotion conference",
    "推进会": "promotion meeting",
    "动员大会": "mobilization rally",
    "动员会": "mobilization meeting",
    "动员部署会": "mobilization and deployment meeting",
    "部署会议": "deployment meeting",
    "部署会": "deployment meeting",
    "座谈会": "symposium",
    "学习会": "study session",
    "学习会议": "study session",
    "集体学习": "group study session",
    "集体学习会议": "group study session",
    "专题学习": "special study session",
    "学习": "study session",
    "电视电话会议": "teleconference",
    "视频会议": "video conference",
    "领导干部会议": "meeting of leading officials",
    "领导干部大会": "rally of leading officials",
    "汇报会": "briefing",
    "誓师大会": "pledge rally",
    "专题会议": "special meeting",
    "专题会": "special meeting",
    "例会": "regular meeting",
    "年会": "annual meeting",
    "常务会": "executive meeting",
    "工作大会": "work conference",
    "联席会议": "joint meeting",
    "团拜会": "Spring Festival gathering",
    "茶话会": "tea party",
    "开幕会": "opening meeting",
    "闭幕会": "closing meeting",
    "选举大会": "election meeting",
    "办公会议": "office meeting",
    "办公会": "office meeting",
    "碰头会": "coordination meeting",
    "协商会": "consultation meeting",
    "专题协商会": "special consultation meeting",
    "调度会": "scheduling meeting",
    "调度会议": "scheduling meeting",
    "会商会": "joint consultation meeting",
    "对接会": "matchmaking meeting",
    "情况通报会": "briefing",
    "通报会": "briefing",
    "通报会议": "briefing",
    "现场会": "on-site meeting",
    "报告会": "report meeting",
    "成立大会": "founding meeting",
    "常委会": "standing committee meeting",
    "会议": "meeting",
    "大会": "conference",
}

# Bodies a meeting belongs to, beyond the title grammar's (`人民代表大会`, `委员会`).
ORGAN_BODIES: dict[str, str] = {
    **BODIES,
    "人民代表大会常务委员会": BODIES["人大常委会"],
    "人民代表大会": BODIES["人大"],
    "人民政府": BODIES["政府"],
    "委员会": BODIES["委"],
}
# Bodies within a body: the 常委会 of a 市委, the 党组 of a 市政协.
SUB_ORGANS: dict[str, str] = {
    "常委会": "Standing Committee",
    "常务委员会": "Standing Committee",
    "党组": "Leading Party Members' Group",
    "机关党组": "Leading Party Members' Group of the Offices",
    "理论学习中心组": "Theoretical Study Central Group",
    "中心组": "Central Group",
    "主席团": "Presidium",
    "大会主席团": "Presidium",
    "政治局": "Political Bureau",
    "政治局常务委员会": "Standing Committee of the Political Bureau",
    "政治局常委会": "Standing Committee of the Political Bureau",
}
NATIONAL_ORGANS: dict[str, str] = {
    "国务院": "State Council",
    "中共中央": "CPC Central Committee",
    "党中央": "CPC Central Committee",
    "中央": "CPC Central Committee",
}
# `市长碰头会`, `县长办公会议`: the head of a government meets his deputies.
HEADS: dict[str, str] = {
    "省长": "Governor's", "市长": "Mayor's", "区长": "District Mayor's", "县长": "County Magistrate's",
    "州长": "Prefect's", "旗长": "Banner Head's", "镇长": "Town Mayor's", "乡长": "Township Head's",
}
# `一季度`, `上半年`: the period a meeting reviews.
PERIODS: dict[str, str] = {
    "一季度": "First-Quarter", "第一季度": "First-Quarter", "二季度": "Second-Quarter", "第二季度": "Second-Quarter",
    "三季度": "Third-Quarter", "第三季度": "Third-Quarter", "四季度": "Fourth-Quarter", "第四季度": "Fourth-Quarter",
    "上半年": "First-Half", "下半年": "Second-Half",
}
# `全市…会议`: a meeting of a whole jurisdiction.
SCOPES: dict[str, str] = {
    "全国": "National",
    "全省": "Provincial",
    "全区": "District",
    "全市": "Municipal",
    "全州": "Prefectural",
    "全县": "County",
    "全旗": "Banner",
    "全镇": "Town",
    "全乡": "Township",
    "省级": "Provincial",
    "市级": "Municipal",
    "县级": "County",
    "区级": "District",
}


def _term(name: str) -> str:
    return rf"(?:第?(?P<{name}>{NUMERAL})届)"


_ORGAN = (
    rf"(?:(?P<national>{alternation(NATIONAL_ORGANS)})"
    rf"|(?P<cppcc>政协){_term('term_b')}(?P<cppcc_place>[\u4e00-\u9fff]{{2,7}}?)委员会"
    rf"|(?P<cppcc_after>政协)(?P<cppcc_place_first>{PLACE}){_term('term_c')}委员会"
    rf"|(?P<cppcc_lead>政协)(?P<lead_place>{PLACE})??(?P<lead_level>{alternation(LEVELS)}){_term('term_d')}"
    rf"|(?P<head>{alternation(HEADS)})"
    rf"|(?P<party>中共|中国共产党)?(?P<place>{PLACE})??(?P<level>{alternation(LEVELS)}){_term('term_a')}?"
    rf"(?P<body>{alternation(ORGAN_BODIES)}))"
)
_NAME = re.compile(
    rf"^(?:(?P<year>\d{{4}})年度?)?(?:新一届)?{_term('term_before')}?(?:{_ORGAN}|(?P<scope>{alternation(SCOPES)})"
    rf"|(?P<bare_scope>自治区|[省市州县区旗镇乡])(?=\d{{4}}年|{alternation(PERIODS)}|领导干部))?"
    rf"(?:(?P<later_year>\d{{4}})年度?)?(?P<period>{alternation(PERIODS)})?"
    rf"{_term('term_after')}?(?:第?(?P<session>{NUMERAL})次会议)?(?P<subs>(?:{alternation(SUB_ORGANS)})*)"
    rf"(?:第(?P<lead_ordinal>{NUMERAL})次)?(?P<topic>.*?)(?:第?(?P<ordinal>{NUMERAL})次)?(?P<type>{alternation(MEETING_TYPES)})$"
)
_ENLARGED = re.compile(r"[（(]扩大[）)]")
_JOINS = re.compile(r"暨|和(?=[^，。]{2,}(?:会议|会|学习)$)")


@dataclass(frozen=True)
class MeetingPart:
    text: str
    type: str
    enlarged: bool = False
    year: str | None = None
    scope: str | None = None
    national: str | None = None
    place: str | None = None
    level: str | None = None
    body: str | None = None
    term: str | None = None  # 第十六届: the body's term
    session: str | None = None  # 第三次会议 of a congress: its session
    subs: tuple[str, ...] = ()
    topic: str = ""
    ordinal: str | None = None  # 第二十二次 before the type
    head: str | None = None  # 市长 of 市长碰头会
    period: str | None = None  # 一季度, 上半年

    @property
    def organ_known(self) -> bool:
        return bool(self.national or self.body or self.head)


@dataclass(frozen=True)
class MeetingName:
    text: str
    parts: list[MeetingPart] = field(default_factory=list)
    complete: bool = True  # every joined piece parsed


def _subs(text: str) -> tuple[str, ...]:
    found, pattern = [], re.compile(alternation(SUB_ORGANS))
    while text and (match := pattern.match(text)):
        found.append(match.group(0))
        text = text[match.end() :]
    return tuple(found)


# Full names of bodies, read as their short forms.
_FULL_NAMES = (("中国人民政治协商会议", "政协"), ("中国共产党", "中共"))


def _unquoted(text: str, enclosing: bool = True) -> str:
    """Without title marks, unbalanced quotes or (`enclosing`) quotes around the whole; a
    quoted slogan inside (`“四个年”主题活动`) stays."""
    text = text.strip("\"《》 ")
    if enclosing and text.startswith("“") and text.endswith("”") and text.count("“") == 1:
        return text[1:-1]
    return text if text.count("“") == text.count("”") else text.strip("“”")


def parse_part(text: str) -> MeetingPart | None:
    enlarged = bool(_ENLARGED.search(text)) or "扩大" in text[-6:]
    short = _unquoted(_ENLARGED.sub("", text))
    for full, abbreviation in _FULL_NAMES:
        short = short.replace(full, abbreviation)
    match = _NAME.match(short)
    if not match:
        return None
    g = match.groupdict()
    term = next(
        (g[name] for name in ("term_before", "term_a", "term_b", "term_c", "term_d", "term_after") if g.get(name)), None
    )
    cppcc = g.get("cppcc") or g.get("cppcc_after") or g.get("cppcc_lead")
    return MeetingPart(
        text=text,
        type=g["type"],
        enlarged=enlarged,
        year=g["year"] or g.get("later_year"),
        scope=g["scope"] or g.get("bare_scope"),
        national=g["national"],
        place=g.get("place") or g.get("cppcc_place") or g.get("cppcc_place_first") or g.get("lead_place"),
        level=g.get("level") or g.get("lead_level"),
        body=g.get("body") or ("政协" if cppcc else None),
        term=term,
        session=g.get("session"),
        subs=_subs(g["subs"] or ""),
        topic=_unquoted(g["topic"] or "", enclosing=False),
        ordinal=g.get("ordinal") or g.get("lead_ordinal"),
        head=g.get("head"),
        period=g.get("period"),
    )


_ENDS_AS_TYPE = re.compile(f"(?:{alternation(MEETING_TYPES)})$")


def _join_pieces(text: str) -> list[str]:
    """`甲会议暨乙会议` is two meetings; `春季农业生产暨森林草原防火工作会议` one meeting on two topics."""
    pieces: list[str] = []
    for piece in (p for p in _JOINS.split(text) if p):
        if pieces and not _ENDS_AS_TYPE.search(pieces[-1]):
            pieces[-1] += "暨" + piece
        else:
            pieces.append(piece)
    return pieces


def parse_meeting_name(text: str) -> MeetingName:
    """A meeting name as its parts; a part that does not parse is left out."""
    parts = [parse_part(piece) for piece in _join_pieces(text)]
    parsed = [part for part in parts if part is not None]
    return MeetingName(text, parsed, complete=len(parsed) == len(parts))
