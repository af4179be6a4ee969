"""The English a brief has before any model is downloaded: meeting names by composition,
kinds, places, conveners, venues, topics and the summary built from the facts."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from opencc import OpenCC

from reach import reached, reaches_assertion
from report_strategies import meeting_reports, to_traditional
from zhbrief.english.event import convener_english, venue_english
from zhbrief.english.meetings import meeting_english
from zhbrief.english.places import division_english
from zhbrief.english.terms import glossary, term_english, topics_in
from zhbrief.extract.ordinals import english_ordinal, parse_numeral
from zhbrief.load import load_text
from zhbrief.pipeline import build_brief


@pytest.mark.parametrize(
    "name, title, kind",
    [
        ("国务院常务会议", "Executive Meeting of the State Council", "executive meeting of the State Council"),
        ("区政府第16次常务会议", "16th Executive Meeting of the District People's Government", None),
        ("区第十六届人大常委会第二十二次会议", "22nd Session of the Standing Committee of the 16th District People's Congress", None),
        ("市委常委会（扩大）会议", "Enlarged Meeting of the Standing Committee of the Municipal Party Committee", None),
        ("国务院第三次全体会议", "3rd Plenary Meeting of the State Council", None),
        ("市政协十三届七次主席会议", "7th Chairpersons' Meeting of the 13th Municipal Committee of the CPPCC", None),
        ("全县乡村振兴工作会议", "County Rural Revitalization Work Conference", "county work conference"),
        ("全市营商环境推进会", "Municipal Business Environment Promotion Meeting", None),
        ("全市安全生产动员大会", "Municipal Work Safety Mobilization Rally", None),
        ("座谈会", "Symposium", "symposium"),
        ("县委理论学习中心组学习会", "Study Session of the Theoretical Study Central Group of the County Party Committee", None),
        ("市委理论学习中心组学习", "Study Session of the Theoretical Study Central Group of the Municipal Party Committee", None),
        ("全国安全生产电视电话会议", "National Work Safety Teleconference", "national teleconference"),
        ("中共中央政治局会议", "Meeting of the Political Bureau of the CPC Central Committee", None),
        ("政协第十三届全国委员会第三十次主席会议", "30th Chairpersons' Meeting of the 13th National Committee of the CPPCC", None),
        ("中国共产党乌审旗第十六届委员会第十一次全体会议", "11th Plenary Meeting of the 16th Uxin Banner Party Committee", None),
        ("大理州十四届人大一次会议预备会议", "Preparatory Meeting of the 1st Session of the 14th Dali Prefectural People's Congress", None),
        ("省政府第34次常务会议", "34th Executive Meeting of the Provincial People's Government", None),
        ("十一届全国人大常委会第五十七次委员长会议",
         "57th Meeting of the Council of Chairpersons of the Standing Committee of the 11th National People's Congress", None),
        ("全市民族工作会议暨创建全国民族团结进步示范市动员大会",
         "Municipal Ethnic Affairs Work Conference and Mobilization Rally on Building a National Model City for "
         "Ethnic Unity and Progress", "municipal work conference and mobilization rally"),
    ],
)
def test_meeting_names_by_composition(name, title, kind):
    english = meeting_english(name, term_english)
    assert english.title_en == title
    if kind:
        assert english.kind_en == kind


@pytest.mark.parametrize(
    "name, kind",
    [
        ("全市某某某某工作推进会", "municipal work promotion meeting"),  # a topic the glossary lacks
        ("部分省政府主要负责人经济形势座谈会", "symposium"),  # 部分 is no place
        ("十二届六十一次主席会议", "61st chairpersons' meeting"),  # a term but no organ
    ],
)
def test_a_name_with_an_unknown_part_stays_null_but_its_kind_is_given(name, kind):
    english = meeting_english(name, term_english)
    assert english.title_en is None
    assert english.kind_en == kind


@pytest.mark.parametrize("number", range(1, 31))
def test_ordinals_up_to_thirty(number):
    digits = "零一二三四五六七八九"
    tens, ones = divmod(number, 10)
    chinese = (("" if tens == 1 else digits[tens]) + "十" if tens else "") + (digits[ones] if ones else "")
    assert parse_numeral(chinese) == number
    name = f"县政府第{chinese}次常务会议"
    assert meeting_english(name, term_english).title_en == f"{english_ordinal(number)} Executive Meeting of the County People's Government"


def test_english_ordinals():
    assert [english_ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 136)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th", "136th"]


@pytest.mark.parametrize(
    "name, english",
    [("万秀区", "Wanxiu District"), ("汶上县", "Wenshang County"), ("乌审旗", "Uxin Banner"), ("寿县", "Shou County"),
     ("大理白族自治州", "Dali Bai Autonomous Prefecture"), ("朝阳区", "Chaoyang District"), ("阿拉善盟", "Alxa League"),
     ("海西蒙古族藏族自治州", "Haixi Mongolian Tibetan Autonomous Prefecture"),  # 蒙古族 holds 蒙古: one people
     ("湘西土家族苗族自治州", "Xiangxi Tujia Miao Autonomous Prefecture")],
)
def test_places_in_english(name, english):
    assert division_english(name) == english


def test_conveners_and_venues():
    assert convener_english("市委、市政府") == "Municipal Party Committee and Municipal People's Government"
    assert convener_english("国务院") == "State Council"
    assert convener_english("某某协会") is None
    assert venue_english("主会场") == "main venue"
    assert venue_english("万秀区分会场") == "Wanxiu District branch venue"


def test_glossary_is_data_with_sources():
    terms = glossary()
    assert len(terms) >= 300
    assert terms["乡村振兴"].en == "rural revitalization" and terms["安全生产"].en == "work safety"
    assert terms["营商环境"].en == "business environment" and terms["河长制"].en == "river chief system"
    assert all(term.source in {"xinhua", "chinadaily", "gov.cn", "qiushi", "cat-keywords", "zhbrief"} for term in terms.values())
    assert topics_in("要全力推进乡村振兴，持续优化营商环境，抓好安全生产。乡村振兴是重点。")[:3] == [
        "rural revitalization", "business environment", "work safety"]


REPORT = """本报讯（记者 张晓燕）3月5日，县委、县政府召开全县乡村振兴工作会议。县委书记欧阳明辉出席会议并讲话。县长王立军主持会议。县领导李文华、陈志刚出席会议。会议以电视电话会议形式召开，各乡镇设分会场。
欧阳明辉强调，要全力推进乡村振兴，持续优化营商环境。
"""


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_brief_english_without_a_model(script):
    text = OpenCC("s2t").convert(REPORT) if script == "traditional" else REPORT
    brief = build_brief(load_text(text))
    event = brief.event
    assert event.title_en == "County Rural Revitalization Work Conference"
    assert event.convener_en == "County Party Committee and County People's Government"
    assert brief.source.reporters_en == ["Zhang Xiaoyan"]
    assert brief.directives[0].topics_en == ["rural revitalization", "business environment"]
    assert brief.summary.en_from == "facts"
    assert brief.summary.en == (
        "On 5 March the County Party Committee and County People's Government held the County Rural Revitalization "
        "Work Conference, by teleconference. Ouyang Minghui, Secretary of the County Party Committee, spoke; "
        "Wang Lijun, County Magistrate, presided; 2 officials attended. "
        "Topics: rural revitalization, business environment."
    )


def test_place_of_the_meeting():
    brief = build_brief(load_text("梧州日报讯 11月17日，市委常委会召开会议。市委书记蒋连生主持会议。"))
    assert (brief.event.place_zh, brief.event.place_en) == ("梧州市", "Wuzhou, Guangxi")
    brief = build_brief(load_text("4月20日，汶上县委召开常委会会议。县委书记赵东升主持会议。"))
    assert brief.event.place_en == "Wenshang County, Jining, Shandong"
    brief = build_brief(load_text("新华社北京3月15日电 国务院总理李明华主持召开国务院常务会议。"))
    assert (brief.event.place_zh, brief.event.place_en) == ("中国", "China")
    assert build_brief(load_text("市委召开常委会会议。市委书记王明主持会议。")).event.place_zh is None


_NAMED = re.compile(r"(?:^|; | and )([A-Z][a-z'’]+ [A-Z][a-z'’]+)(?:,| spoke| presided)")


@reaches_assertion()
@settings(max_examples=60, deadline=None)
@given(meeting_reports(), st.booleans())
def test_the_fact_summary_names_only_people_in_the_brief(report, traditional):
    brief = build_brief(load_text(to_traditional(report.text) if traditional else report.text))
    summary = brief.summary.en or ""
    named = [name for sentence in summary.split(". ") for name in _NAMED.findall(sentence)]
    if named:
        reached()
    assert set(named) <= {p.name_en for p in brief.people}
    # …and it names every presider and speaker, and counts the rest.
    assert all(p.name_en in summary for p in brief.people if p.role != "attended")
    attended = sum(p.role == "attended" for p in brief.people)
    assert not attended or f"{attended} official{'s' if attended > 1 else ''} attended" in summary
