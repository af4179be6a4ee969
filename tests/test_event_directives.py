"""Event fields and directives."""

from zhbrief.extract.directives import extract_directives
from zhbrief.extract.event import extract_event


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
