"""Hypothesis strategies for meeting reports in the shapes real ones take (names invented):
an opening with the meeting's name, a presider, speakers, lists of attendees under a
shared title or each with their own, and the directives speakers lay down (`会议强调，要…`,
`他指出，一是要…`). Each report comes with the people written into it, so a property
can be about them."""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import strategies as st
from opencc import OpenCC

from zhbrief.extract.names import is_known_word

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾覃蓝韦莫黎") + ["欧阳", "诸葛", "司马"]
# Characters that are neither titles, verbs nor connectives (no 长/主/和/及/会/出).
GIVEN = "建国明华伟军宁强志文海平东晓红丽新春立涛斌杰德光清俊峰辉永福梅莲勇超洪亮彤"
LEVELS = {"县": "县长", "市": "市长", "区": "区长"}
TOPICS = ["乡村振兴工作", "安全生产工作", "经济工作", "防汛工作", "营商环境建设", "党风廉政建设", "民族工作"]
DIRECTIVES = [
    "要压实责任，确保各项任务落到实处", "要突出重点，加快补齐短板", "必须守住安全生产底线", "要强化保障，营造良好氛围",
    "要全力推进乡村振兴", "要持续优化营商环境", "务必抓好防汛工作", "要提高政治站位，切实扛起责任",
]
ROLES = ("presided", "spoke", "attended")
to_traditional = OpenCC("s2t").convert  # reports are written in either script


def titles_of(level: str) -> list[str]:
    """Posts at one level, single and chained (`县委副书记、县长`)."""
    head = LEVELS[level]
    return [
        f"{level}委书记", f"{level}委副书记、{head}", head, f"副{head}", f"{level}人大常委会主任", f"{level}政协主席",
        f"{level}委常委、组织部部长", f"{level}委常委、宣传部部长", f"{level}财政局局长", f"{level}农业农村局局长",
    ]


# Never one of the words the extractor refuses as names by rule (高新, as in 高新区).
name = st.builds(lambda s, g: s + g, st.sampled_from(SURNAMES), st.text(GIVEN, min_size=1, max_size=2)).filter(
    lambda n: not is_known_word(n)
)


@dataclass
class Report:
    """A generated report and whom it names in each role."""

    text: str
    roles: dict[str, str] = field(default_factory=dict)  # name -> presided / spoke / attended


def _presider(draw, level: str, who: str) -> str:
    title = draw(st.sampled_from(titles_of(level)))
    return draw(st.sampled_from([f"{title}{who}主持会议。", f"会议由{title}{who}主持。"]))


def _speaker(draw, level: str, who: str) -> str:
    title = draw(st.sampled_from(titles_of(level)))
    act = draw(st.sampled_from(["出席会议并讲话", "作工作报告", "作表态发言", "讲话"]))
    return f"{'会上，' if act != '出席会议并讲话' else ''}{title}{who}{act}。"


def _attendees(draw, level: str, people: list[str]) -> str:
    """`县领导甲、乙出席会议。` or `县人大常委会主任甲，副县长乙、丙等参加会议。`"""
    verb = draw(st.sampled_from(["出席会议", "参加会议", "在主会场参加会议"]))
    if draw(st.booleans()):
        return f"{level}领导{'、'.join(people)}{verb}。"
    titles = titles_of(level)
    items = [f"{draw(st.sampled_from(titles))}{who}" for who in people]
    return f"{'，'.join(items)}{'等' if draw(st.booleans()) else ''}{verb}。"


def _directives(draw, speakers: list[str]) -> str:
    """A speech: its speaker (a name, `他`, or the meeting) and one or more requirements."""
    who = draw(st.sampled_from(speakers + ["会议"] + (["他"] if speakers else [])))
    verb = draw(st.sampled_from(["强调", "指出", "要求"]))
    said = draw(st.lists(st.sampled_from(DIRECTIVES), min_size=1, max_size=3, unique=True))
    if len(said) > 1 and draw(st.booleans()):
        said = [f"{'一二三'[i]}是{d}" for i, d in enumerate(said)]
    return f"{who}{verb}，{'；'.join(said)}。"


@st.composite
def meeting_reports(draw, min_speeches: int = 0) -> Report:
    """A report with a presider, up to two speakers, attendees and up to two speeches."""
    level = draw(st.sampled_from(sorted(LEVELS)))
    speaking = draw(st.integers(0, 2))
    attending = draw(st.integers(0, 5))
    # One name more, for the reporter: the byline's names are never participants.
    people = draw(st.lists(name, min_size=2 + speaking + attending, max_size=2 + speaking + attending, unique=True))
    reporter, presider = people[0], people[1]
    speakers, attendees = people[2 : 2 + speaking], people[2 + speaking :]
    month, day = draw(st.integers(1, 12)), draw(st.integers(1, 28))
    topic = draw(st.sampled_from(TOPICS))
    opening = draw(st.sampled_from([f"{level}委、{level}政府召开全{level}{topic}会议。", f"全{level}{topic}会议召开。"]))
    clauses = [_presider(draw, level, presider)] + [_speaker(draw, level, who) for who in speakers]
    clauses = draw(st.permutations(clauses))
    if attendees:
        clauses.append(_attendees(draw, level, attendees))
    speeches = [_directives(draw, speakers) for _ in range(draw(st.integers(min_speeches, 2)))]
    byline = draw(st.sampled_from(["", f"本报讯（记者 {reporter}）"]))
    text = f"{byline}{month}月{day}日，{opening}{''.join(clauses)}\n" + "\n".join(speeches)
    roles = {presider: "presided", **{who: "spoke" for who in speakers}, **{who: "attended" for who in attendees}}
    return Report(text=text, roles=roles)


@st.composite
def role_sentences(draw) -> str:
    """One sentence that gives people a role: a presider, a speaker or a list of attendees."""
    level = draw(st.sampled_from(sorted(LEVELS)))
    people = draw(st.lists(name, min_size=1, max_size=5, unique=True))
    shape = draw(st.sampled_from([_presider, _speaker]))
    return _attendees(draw, level, people) if len(people) > 1 else shape(draw, level, people[0])


@st.composite
def person_lists(draw) -> str:
    """What `parse_person_list` reads: `市领导甲、乙，市人大常委会主任丙`."""
    level = draw(st.sampled_from(sorted(LEVELS)))
    groups = draw(st.lists(st.lists(name, min_size=1, max_size=4, unique=True), min_size=1, max_size=3))
    titles = st.sampled_from(titles_of(level) + [f"{level}领导"])
    return "，".join(draw(titles) + "、".join(group) for group in groups)


def spliced(texts: st.SearchStrategy[str], noise: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A text with noise put in at some point: crawl debris in the middle of a report."""

    @st.composite
    def splice(draw) -> str:
        text = draw(texts)
        at = draw(st.integers(0, len(text)))
        return text[:at] + draw(noise) + text[at:]

    return splice()
