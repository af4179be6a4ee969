"""Event fields and directives."""

import pytest
from hypothesis import given, settings

from reach import reached, reaches_assertion
from report_strategies import meeting_reports
from test_people_shapes import SCRIPTS

from zhbrief.extract.directives import extract_directives
from zhbrief.extract.event import extract_event
from zhbrief.load import load_text
from zhbrief.pipeline import build_brief


def test_date_as_stated():
    assert extract_event(["11月17日，市委召开全市民族工作会议。"]).date == "11-17"
    assert extract_event(["2023年3月5日，县委召开全县工作会议。"]).date == "2023-03-05"
    assert extract_event(["317日，县委召开全县工作会议。"]).date == "03-17"
    event = extract_event(["28日上午，县委召开全县工作会议。"])
    assert (event.date, event.date_zh) == ("28", "28日")
    event = extract_event(["日前，县委召开全县工作会议。"])
    assert (event.date, event.date_zh) == (None, "日前")


def test_meeting_name_convener_format_venues():
    event = extract_event(
        [
            "11月17日，市委、市政府召开全市民族工作会议暨创建全国民族团结进步示范市动员大会，深入学习贯彻重要思想。",
            "会议以电视电话会议形式召开，各县（市、区）设分会场。",
            "市人大常委会副主任曾健勇在万秀区分会场参会。",
        ]
    )
    assert event.title_zh == "全市民族工作会议暨创建全国民族团结进步示范市动员大会"
    assert event.convener_zh == "市委、市政府"
    assert (event.format_zh, event.format_en) == ("电视电话会议", "teleconference")
    assert event.venues_zh == ["万秀区分会场", "各县（市、区）分会场"]


def test_meeting_named_before_its_verb():
    event = extract_event(["12月28日，全市经济工作会议在市行政中心召开。"])
    assert event.title_zh == "全市经济工作会议"
    assert extract_event(["6月12日，全区安全生产电视电话会议召开。"]).format_en == "teleconference"


def test_directives_follow_their_speaker_and_enumerations_split():
    sentences = [
        "县委书记张明出席会议并讲话。",
        "张明强调，一是要压实责任；二是要突出重点；三是要强化保障。",
        "要持续改善营商环境。",
        "县长李华主持会议。",
        "李华要求，各乡镇必须抓好落实。",
        "会议要求，各部门要密切配合。",
        "要持续改善营商环境。",
    ]
    directives = extract_directives(sentences, ["张明", "李华"])
    assert [(d.speaker_zh, d.text_zh) for d in directives] == [
        ("张明", "一是要压实责任"),
        ("张明", "二是要突出重点"),
        ("张明", "三是要强化保障。"),
        ("张明", "要持续改善营商环境。"),
        ("李华", "各乡镇必须抓好落实。"),
        (None, "各部门要密切配合。"),
    ]


def test_statements_without_a_requirement_are_not_directives():
    sentences = ["张明指出，习近平总书记的重要讲话指明了方向。", "全区会议对工作作了全面部署要求。"]
    assert extract_directives(sentences, ["张明"]) == []


def test_directive_speaker_with_a_title_chain():
    directives = extract_directives(["市委副书记、市长李春明在讲话中强调，要抓好落实。"], ["李春明"])
    assert [(d.speaker_zh, d.text_zh) for d in directives] == [("李春明", "要抓好落实。")]


def test_study_sessions_are_meetings_too():
    assert extract_event(["昨日，县委理论学习中心组举行2024年第一次集体学习。"]).title_zh == "2024年第一次集体学习"


def test_yi_yao_er_yao_enumeration():
    directives = extract_directives(["张明强调，一要提高认识；二要压实责任；三要强化督查。"], ["张明"])
    assert [d.text_zh for d in directives] == ["一要提高认识", "二要压实责任", "三要强化督查。"]


def test_directives_after_pronouns_settings_and_circumstances():
    sentences = [
        "中共中央总书记周建国主持会议并发表重要讲话。",
        "他强调，要坚持稳中求进。",
        "市政协主席高健在主持会议时要求，各级政协组织要抓好落实。",
        "在听取大家发言后，薛平强调，各位代表要反复学习。",
        "最后，街道党工委书记林苏泉指出：各社区要用好这一平台。",
        "国务院副总理回文明出席会议并作重要讲话，要求各地区要切实抓好春耕。",
        "周建国则要求政治局成员要带头维护党中央权威。",
    ]
    names = ["周建国", "高健", "薛平", "林苏泉", "回文明"]
    got = [(d.speaker_zh, d.text_zh[:6]) for d in extract_directives(sentences, names)]
    assert got == [
        ("周建国", "要坚持稳中求"),
        ("高健", "各级政协组织"),
        ("薛平", "各位代表要反"),
        ("林苏泉", "各社区要用好"),
        ("回文明", "各地区要切实"),
        ("周建国", "政治局成员要"),
    ]


def test_she_is_the_speaker_named_last():
    sentences = ["市长李红主持会议。", "她指出，要压实责任。"]
    assert [(d.speaker_zh, d.text_zh) for d in extract_directives(sentences, ["李红"])] == [("李红", "要压实责任。")]


def test_dates_completed_from_the_page_date():
    from zhbrief.extract.dates import find_meeting_date

    day_only = find_meeting_date(["28日上午，县委召开全县工作会议。"], "2024-03-29")
    assert (day_only.date, day_only.source, day_only.text) == ("2024-03-28", "page", "28日")
    assert find_meeting_date(["30日，县委召开会议。"], "2024-03-02").date == "2024-01-30"
    assert find_meeting_date(["昨日，县委召开全县工作会议。"], "2024-01-01").date == "2023-12-31"
    month_day = find_meeting_date(["12月30日，市委召开常委会会议。"], "2024-01-02")
    assert (month_day.date, month_day.source) == ("2023-12-30", "page")
    stated = find_meeting_date(["2023年3月5日，县委召开全县工作会议。"], "2024-01-02")
    assert (stated.date, stated.source) == ("2023-03-05", "text")
    assert find_meeting_date(["日前，县委召开全县工作会议。"], "2024-01-02").date is None
    assert find_meeting_date(["28日，县委召开全县工作会议。"]).date == "28"


def test_zhuo_after_conversion():
    from zhbrief.load.script import to_simplified

    assert to_simplified("著重 隨著 顯著 著名") == "着重 随着 显著 著名"


DIRECTIVE_SHAPES = {
    "县委书记张明主持会议并强调，各乡镇要压实责任，确保工作落到实处。": [("张明", 1)],
    "县长李华出席会议。就做好防汛工作，李华要求，各部门要加强值守。": [("李华", 1)],
    "县委书记张明出席会议。张明强调，一要提高站位，二要压实责任，三要强化保障。": [("张明", 3)],
    "镇长王玉明出席会议。镇长王玉明对换届工作纪律进行再次强调，要求各村务必严格依规依程序。": [("王玉明", 1)],
    "区委书记赵刚出席会议并讲话。赵刚提出三点要求。第一，要统一思想。第二，要狠抓落实。": [("赵刚", 2)],
    "最后，镇党委书记贾文华对全镇各项工作做了总结安排，她强调：全镇各村要紧紧围绕会议精神抓好落实。": [("贾文华", 1)],
    "为确保大会圆满成功，县政协主席钟国强提出以下要求：一是各组组长要组织好委员参加会议。": [("钟国强", 1)],
    "会议传达学习了全省会议精神，强调全区各级党组织要认真抓好落实。": [(None, 1)],
}


@pytest.mark.parametrize("script", sorted(SCRIPTS))
@pytest.mark.parametrize("text", sorted(DIRECTIVE_SHAPES))
def test_directive_shapes(text, script):
    brief = build_brief(load_text(SCRIPTS[script](text)))
    speakers = [d.speaker_zh for d in brief.directives]
    assert [(who, speakers.count(who)) for who in dict.fromkeys(speakers)] == DIRECTIVE_SHAPES[text]


@reaches_assertion()
@settings(max_examples=60, deadline=None)
@given(meeting_reports(min_speeches=1))
def test_directives_are_in_the_text_and_said_by_people_in_the_brief(report):
    document = load_text(report.text)
    brief = build_brief(document)
    reached()
    assert brief.directives, "every generated speech lays down a requirement"
    people = {p.name_zh for p in brief.people}
    for directive in brief.directives:
        assert directive.text_zh in document.text
        assert directive.speaker_zh is None or directive.speaker_zh in people
