"""Participants in report texts written in the shapes of real ones."""

import pytest
from opencc import OpenCC

from reports import REPORTS
from zhbrief.extract.people import extract_people, parse_person_list
from zhbrief.load import load_text
from zhbrief.pipeline import build_brief


def _people(text):
    brief = build_brief(load_text(text))
    return {p.name_zh: (p.titles_zh, p.role, p.venue_zh, p.name_en) for p in brief.people}


@pytest.mark.parametrize("key", sorted(REPORTS))
def test_report_participants(key):
    text, expected = REPORTS[key]
    assert _people(text) == expected


@pytest.mark.parametrize("key", sorted(REPORTS))
def test_traditional_script_gives_the_same_people(key):
    text, expected = REPORTS[key]
    assert _people(OpenCC("s2t").convert(text)) == expected


def test_pinyin_annotated_traditional_text():
    text = "市長王(wáng)立(lì)軍(jūn)主(zhǔ)持(chí)會(huì)議(yì)。市領(lǐng)導(dǎo)李文華、陳志剛出席會(huì)議。"
    got = _people(text)
    assert got["王立军"][:2] == (["市长"], "presided")
    assert set(got) == {"王立军", "李文华", "陈志刚"}


def test_reporters_and_photographers_are_not_participants():
    text = "本报讯（记者 王大明）5月8日，全市防汛工作会议召开。市长张建设主持会议。记者 王大明 摄\n市领导刘小平、王大明出席会议。"
    assert "王大明" not in _people(text)


def test_cited_leader_and_instruction_giver_are_not_participants():
    text = "习近平总书记指出，要坚持人民至上。省委书记陈光明作出批示。省长许海峰出席会议并讲话。"
    assert set(_people(text)) == {"许海峰"}


def test_title_after_the_list_applies_to_each_name():
    mentions = parse_person_list("甘永福、莫晓东、苏丽等在家市领导")
    assert [(m.name, m.titles) for m in mentions] == [
        ("甘永福", ["市领导"]),
        ("莫晓东", ["市领导"]),
        ("苏丽", ["市领导"]),
    ]


def test_head_title_is_not_shared_with_following_names():
    mentions = parse_person_list("市委书记甲明华、乙、丙")
    assert mentions is None or mentions[0].titles == ["市委书记"]
    mentions = parse_person_list("市长赵卫东、王强、李娜")
    assert [m.titles for m in mentions] == [["市长"], [], []]


def test_ordinary_clause_is_not_a_person():
    assert parse_person_list("全市各级各部门") is None
    assert parse_person_list("会议") is None
    assert extract_people(["会议要求，各地要高度重视。", "全市上下要提高政治站位。"]) == []


def test_presided_by_with_you():
    got = _people("会议由县委副书记、县长李强国主持。县委书记周海出席会议并讲话。")
    assert got["李强国"][:2] == (["县委副书记", "县长"], "presided")
    assert got["周海"][:2] == (["县委书记"], "spoke")


def test_province_titles_and_branch_venue():
    text = "省委书记王志刚出席会议并讲话。省长刘海主持会议。省委常委、常务副省长黄明在主会场参加会议。副省长陈丽在桂林市分会场参会。"
    got = _people(text)
    assert got["黄明"] == (["省委常委", "常务副省长"], "attended", "主会场", "Huang Ming")
    assert got["陈丽"] == (["副省长"], "attended", "桂林市分会场", "Chen Li")


def test_township_level():
    got = _people("镇党委书记李春华主持会议。镇长蒙小平、镇人大主席覃梅出席会议。")
    assert got["李春华"][:2] == (["镇党委书记"], "presided")
    assert got["蒙小平"][:2] == (["镇长"], "attended")
    assert got["覃梅"][:2] == (["镇人大主席"], "attended")


def test_speech_context_and_list_after_the_verb():
    got = _people("市委书记孙立军在讲话中指出，要抓好落实。出席会议的还有市领导黄华、李明。市长周明在会上强调，要压实责任。")
    assert got["孙立军"][:2] == (["市委书记"], "spoke")
    assert got["周明"][:2] == (["市长"], "spoke")
    assert got["黄华"][:2] == (["市领导"], "attended") and got["李明"][:2] == (["市领导"], "attended")


def test_who_reads_out_or_reports_attended_and_work_report_spoke():
    got = _people("会上，市长周明作了工作报告，市委副书记吴芳宣读了表彰决定。")
    assert got["周明"][1] == "spoke" and got["吴芳"][1] == "attended"


def test_noisy_traditional_report_with_lost_sentence_end():
    text = (
        "v$ u2月2日，藤縣召開2024年經(jīng)濟(jì)工作會(huì)議。縣委書記藍(lán)進(jìn)和出席會(huì)議並講話。"
        "縣長湯(tāng)衛(wèi)主持會(huì)議。E\" P縣領(lǐng)導(dǎo)覃小明、韋海出席會(huì)議?h人大常委會主任黃偉在大會上作表態(tài)發(fā)言。"
    )
    got = _people(text)
    assert got["蓝进和"][:2] == (["县委书记"], "spoke")
    assert got["汤卫"][:2] == (["县长"], "presided")
    assert got["覃小明"][:2] == (["县领导"], "attended")
    assert got["黄伟"][:2] == (["人大常委会主任"], "spoke")


def test_government_posts_with_their_body_and_asides():
    got = _people("市委常委、市政府常务副市长李明，市长助理张强，副市长（挂职）李东出席会议。")
    assert got["李明"][0] == ["市委常委", "市政府常务副市长"]
    assert got["张强"][0] == ["市长助理"]
    assert got["李东"][0] == ["副市长"]


def test_group_items_in_a_list_are_passed_over():
    got = _people("市领导黄振饶、张惠强和各县（市、区）党委书记，市直各部门主要负责人参加会议。")
    assert set(got) == {"黄振饶", "张惠强"}
    assert _people("各县区负责人、各部门出席。会议召开了很长时间。") == {}


def test_name_ending_in_an_adverbial_character_is_kept_whole():
    got = _people("副省长王兴于出席会议。市长张明于今天上午主持会议。")
    assert set(got) == {"王兴于", "张明"}
