"""Hypothesis: loading and extraction never raise anything but ZhbriefError, on any text or bytes."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhbrief.errors import ZhbriefError
from zhbrief.extract.people import extract_people, parse_person_list
from zhbrief.load import load_text
from zhbrief.load.clean import clean_text
from zhbrief.load.decode import decode_bytes
from zhbrief.pipeline import build_brief

REPORT_ALPHABET = st.sampled_from(
    list("市委书记长县区省人大常委会主任政协主席出席参加主持讲话强调要求在主会场分等、，。；：“”（）()?")
    + list("王李张刘陈曾欧阳冼覃蓝明华伟军宁强·")
    + ["市领导", "会议", "并讲话", "指出", "一是", "要", "(huì)", "?bào)", "记者", "摄", "\n", " ", "7+N"]
)
report_text = st.lists(REPORT_ALPHABET, max_size=120).map("".join)
settings.register_profile("ci", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci")


@given(st.binary(max_size=2000))
def test_decode_any_bytes(data):
    try:
        decoded = decode_bytes(data)
    except ZhbriefError:
        return
    assert isinstance(decoded.text, str)


@given(st.text(max_size=400))
def test_clean_any_text(text):
    cleaned = clean_text(text)
    assert "\u200b" not in cleaned


@given(st.one_of(st.text(max_size=300), report_text))
def test_brief_any_text(text):
    try:
        document = load_text(text)
    except ZhbriefError:
        return
    brief = build_brief(document)
    for person in brief.people:
        assert person.name_zh and person.role in ("presided", "spoke", "attended")
        assert len(person.titles_en) == len(person.titles_zh)


@given(report_text)
def test_people_parsers_any_text(text):
    extract_people([text])
    parse_person_list(text)
