"""Hypothesis: loading and extraction never raise anything but ZhbriefError, on any text or
bytes, and what they return holds together. Strategies mix noise with reports that name
people, so the checks on people run on most examples (`reach.py` fails a test otherwise)."""

from hypothesis import given, reject, settings
from hypothesis import strategies as st

from reach import reached, reaches_assertion
from report_strategies import ROLES, meeting_reports, person_lists, role_sentences, spliced, to_traditional
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
report_text = st.lists(REPORT_ALPHABET, max_size=120).map("".join)  # token soup: shapes no writer would use
report = meeting_reports().map(lambda r: r.text)
crawl_noise = st.sampled_from(["(huì)", "?bào)", "v$ u", "E\" P", "微信图片_20260305.jpg\n"])
# Noise alone (any characters, then token soup) seldom names anyone: one branch in five, so
# the checks on people run on most examples. One strategy, not one_of, which would count as two branches.
any_text = st.tuples(st.text(max_size=150), report_text).map("".join)
reports_with_debris = st.one_of(
    report, spliced(report, report_text), spliced(report, crawl_noise), spliced(report, st.text(max_size=20)), any_text
)
lists_with_debris = st.one_of(
    person_lists(), role_sentences(), spliced(role_sentences(), report_text), spliced(person_lists(), crawl_noise)
)

ENCODINGS = ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16", "utf-16-le", "utf-16-be", "big5"]


@reaches_assertion()
@given(st.binary(max_size=2000))
def test_decode_any_bytes(data):
    try:
        decoded = decode_bytes(data)
    except ZhbriefError as exc:
        reached()
        assert str(exc) and "\n" not in str(exc)  # one clear line for the user
        return
    reached()
    # Each replaced byte left a U+FFFD; the text may also hold one of its own.
    assert isinstance(decoded.text, str) and decoded.encoding and 0 <= decoded.replaced <= decoded.text.count("\ufffd")


@reaches_assertion()
@settings(max_examples=60)
@given(report, st.sampled_from(ENCODINGS))
def test_a_report_in_any_encoding_decodes_to_its_text(text, encoding):
    text = to_traditional(text) if encoding == "big5" else text
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        reject()  # a character Big5 lacks: not a report anyone could have saved in it
    reached()
    assert decode_bytes(data).text.lstrip("\ufeff") == text


@reaches_assertion()
@given(st.text(max_size=400))
def test_clean_any_text(text):
    cleaned = clean_text(text)
    reached()
    assert "\u200b" not in cleaned


@reaches_assertion()
@settings(max_examples=100)
@given(reports_with_debris)
def test_brief_any_text(text):
    try:
        document = load_text(text)
    except ZhbriefError:
        return
    brief = build_brief(document)
    if brief.people:
        reached()
    read = (document.headline or "") + "".join(document.sentences)
    for person in brief.people:
        assert person.name_zh in read and person.role in ROLES
        assert len(person.titles_en) == len(person.titles_zh)


def _check_people_parsers(text: str) -> bool:
    """Both parsers on `text`: what they find is written in it; True when they found someone."""
    people = extract_people([text])
    mentions = parse_person_list(text)
    assert mentions is None or mentions, "no one is None, not an empty list"
    for person in people:
        assert person.name_zh in text and person.role in ROLES
        assert all(title in text for title in person.titles_zh)
    for mention in mentions or []:
        assert mention.name in text and all(title in text for title in mention.titles)
    return bool(people or mentions)


@reaches_assertion()
@given(lists_with_debris)
def test_people_parsers_any_text(text):
    if _check_people_parsers(text):
        reached()


@reaches_assertion()
@given(any_text)
def test_people_parsers_on_noise(text):
    reached()  # the parsers return, and anything they find is in the text
    _check_people_parsers(text)
