"""Every shape of participant list seen in real reports, in Simplified, Traditional and
pinyin-annotated Traditional (the crawl noise of mirror sites)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from opencc import OpenCC
from pypinyin import Style, pinyin

from counting import assert_linear, calls_made
from reach import reached, reaches_assertion
from report_strategies import ROLES, role_sentences
from shape_reports import MENTIONS, SHAPES
from zhbrief.extract.people import extract_people
from zhbrief.load import load_text
from zhbrief.pipeline import build_brief

_TO_TRADITIONAL = OpenCC("s2t").convert


def _with_pinyin_noise(text: str) -> str:
    """`會議` -> `會(huì)議`: every other Han character annotated, as mirror sites do."""
    out = []
    for index, char in enumerate(text):
        out.append(char)
        if "\u4e00" <= char <= "\u9fff" and index % 2 == 0:
            out.append(f"({pinyin(char, style=Style.TONE)[0][0]})")
    return "".join(out)


SCRIPTS = {
    "simplified": lambda text: text,
    "traditional": _TO_TRADITIONAL,
    "pinyin-noise": lambda text: _with_pinyin_noise(_TO_TRADITIONAL(text)),
}


def _people(text):
    return {p.name_zh: (p.titles_zh, p.role) for p in build_brief(load_text(text)).people}


@pytest.mark.parametrize("script", sorted(SCRIPTS))
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_participants_of_each_shape(shape, script):
    text, expected = SHAPES[shape]
    assert _people(SCRIPTS[script](text)) == expected


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_leaders_only_mentioned_are_left_out(script):
    text, expected = MENTIONS
    assert _people(SCRIPTS[script](text)) == expected


def test_state_council_dateline_outlet_date_and_no_convener():
    brief = build_brief(load_text(SHAPES["state council"][0]))
    assert (brief.source.outlet_zh, brief.source.outlet_en) == ("新华社", "Xinhua News Agency")
    assert brief.event.date == "03-15" and brief.event.title_zh == "国务院常务会议"
    assert brief.event.convener_zh is None
    people = {p.name_zh: p for p in brief.people}
    assert people["谌贻芳"].name_en == "Shen Yifang"
    assert people["丁文远"].titles_en == ["Vice Premier of the State Council"]
    assert people["王小军"].titles_en == ["State Councilor"]


def test_national_titles_in_english():
    brief = build_brief(load_text(SHAPES["politburo"][0] + SHAPES["npc standing committee"][0]))
    people = {p.name_zh: p.titles_en for p in brief.people}
    assert people["周建国"] == [
        "General Secretary of the CPC Central Committee",
        "President of the People's Republic of China",
        "Chairman of the Central Military Commission",
    ]
    assert people["李鸿"] == ["Vice Chairman of the Standing Committee of the National People's Congress"]
    assert people["应勇刚"] == ["Procurator-General of the Supreme People's Procuratorate"]


def test_minority_names_are_written_as_one_word():
    people = {p.name_zh: p.name_en for p in build_brief(load_text(LONG_TEXT)).people}
    assert people["额尔敦夫"] == "E'erdunfu" or people["额尔敦夫"] == "Eerdunfu"
    assert people["宝音满都呼"] == "Baoyinmanduhu"
    assert people["李应席"] == "Li Yingxi"


LONG_TEXT = SHAPES["long list with odd names"][0]


def test_evidence_is_kept_with_each_person():
    from zhbrief.extract.people import mentions_in_sentence

    (mention, role), = mentions_in_sentence("区长梁志华在区政府一楼会议室主持召开区政府第16次常务会议。")
    assert role == "presided"
    assert mention.evidence == ["surname", "title 区长", "verb 主持"]


SENTENCE_PARTS = st.sampled_from(
    ["市委书记", "副市长", "国务院副总理", "全国政协副主席", "市领导", "县领导", "秘书长", "等", "和", "及", "、", "，", "。", "；", " ",
     "王明", "李应席", "额尔敦夫", "帕巴拉·格列朗杰", "欧阳修", "张", "在主席台就座", "出席会议", "主持会议", "讲话", "强调，要",
     "在区政府会议室", "3月5日", "习近平总书记", "会议由", "各部门负责人", "全体", "(huì)", "v$ u", "他指出，", "发表重要讲话"]
)


# Parts of sentences and whole sentences that give people roles, glued in any order.
SENTENCES_AND_PARTS = st.lists(st.one_of(SENTENCE_PARTS, role_sentences()), min_size=1, max_size=30).map("".join)


@reaches_assertion()
@settings(max_examples=100, deadline=None)
@given(SENTENCES_AND_PARTS)
def test_extraction_never_raises_and_never_invents_a_name(text):
    people = extract_people([text])
    if people:
        reached()
    for person in people:
        assert person.name_zh in text and person.role in ROLES
        assert all(title in text for title in person.titles_zh)


def _long_line(size: int) -> str:
    return "在对于同与向" * (400 * size) + "出席" + "王明华" * (3000 * size) + "主持"


def test_long_lines_without_punctuation_stay_linear():
    # A scraped page can hold one long run of text; reading it must not go quadratic.
    extract_people([_long_line(1)])  # first call: tables and caches are loaded
    once, people = calls_made(extract_people, [_long_line(1)])
    twice, _ = calls_made(extract_people, [_long_line(2)])
    assert all(p.name_zh in _long_line(1) for p in people)
    assert_linear(1, 2, once, twice)


def test_a_glued_caption_of_national_leaders_is_cut_at_their_names():
    from zhbrief.extract.names import split_glued_names

    assert split_glued_names("习近平李强赵乐际王沪宁蔡奇丁薛祥李希") == ("习近平", "李强", "赵乐际", "王沪宁", "蔡奇", "丁薛祥", "李希")
    assert split_glued_names("黄振饶张惠强王永超") == ("黄振饶", "张惠强", "王永超")  # others by the odds, as before


def test_given_name_readings():
    from zhbrief.english.pinyin import name_to_pinyin

    assert name_to_pinyin("蔡焘") == "Cai Tao"
