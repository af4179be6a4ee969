"""Malformed saved pages, written for the project in the shapes old CMS pages take: nesting
past libxml2's 256 levels (hundreds of unclosed <font> or <div> tags), misnested and stray
tags, comments, several encodings in one file, and a date glued to its time above the
article. The article is read whole, or the page truly holds none and says so in one line."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counting import assert_linear, calls_made
from reach import reached, reaches_assertion
from zhbrief.errors import ZhbriefError
from zhbrief.load import load_bytes, load_document
from zhbrief.load.html_tree import MAX_DEPTH, cap_depth
from zhbrief.load.script import to_simplified, to_traditional

ARTICLE = ("11月8日，某县召开安全生产工作会议。", "县委书记王建国出席会议并讲话。",
           "王建国强调，要压实安全生产责任，坚决遏制重特大事故发生。", "县长李明主持会议，副县长赵丽、孙志刚出席会议。")
HEAD = "<html><head><meta charset='utf-8'><title>某县召开安全生产工作会议_某县新闻网</title></head><body>"


def _deep_page(tag: str, levels: int) -> bytes:
    paragraphs = "".join(f"<p>{sentence}</p>" for sentence in ARTICLE)
    return (HEAD + f"<{tag}>" * levels + paragraphs + "</body></html>").encode("utf-8")


@pytest.mark.parametrize("levels", [300, 10_000])
@pytest.mark.parametrize("tag", ["font", "div"])
def test_a_page_nested_past_the_parser_limit_is_read(tag, levels):
    document = load_bytes(_deep_page(tag, levels), "deep.html")
    assert document.sentences == list(ARTICLE)
    assert document.headline == "某县召开安全生产工作会议"


def test_unclosed_paragraphs_in_unclosed_fonts_are_each_read_once():
    # `<p><font>…` with no end tags: libxml2 opens each paragraph inside the last one.
    body = "".join(f"<p><font color='#333'>{sentence}" for sentence in ARTICLE * 100)
    document = load_bytes((HEAD + body).encode("utf-8"), "fonts.html")
    assert document.paragraphs == list(ARTICLE)  # repeated paragraphs left out, none glued


def test_the_work_on_a_deep_page_grows_linearly():
    small, _ = calls_made(load_bytes, _deep_page("font", 5_000), "deep.html")
    large, _ = calls_made(load_bytes, _deep_page("font", 10_000), "deep.html")
    assert_linear(5_000, 10_000, small, large)
    small, _ = calls_made(load_bytes, (HEAD + "<p><font>某县召开会议。" * 2_000).encode(), "fonts.html")
    large, _ = calls_made(load_bytes, (HEAD + "<p><font>某县召开会议。" * 4_000).encode(), "fonts.html")
    assert_linear(2_000, 4_000, small, large)


def test_the_capped_page_keeps_every_word_and_the_raw_text():
    raw = "<script>if (a<b) {x='</div>'}</script><!-- <div> -->"
    capped = cap_depth("<div>" * 500 + raw + "正文" + "</div>" * 500)
    assert raw + "正文" in capped
    markup = capped.replace(raw, "")
    assert markup.count("<div>") == markup.count("</div>") == MAX_DEPTH


GLUED_DATE_PAGES = {
    "span above the paragraphs": "<div class='content'><span>2009年11月09日00:00</span><p>{0}</p><p>{1}</p></div>",
    "span before lines": "<div><span>2009年11月09日00:00</span><br>{0}<br>{1}</div>",
    "span inside the first paragraph": "<p><span>2009年11月09日00:00</span>{0}</p><p>{1}</p>",
    "span on the line of the text": "<div><span>2009年11月09日00:00</span> {0}<br>{1}</div>",
}


@pytest.mark.parametrize("shape", GLUED_DATE_PAGES)
def test_a_date_glued_to_its_time_dates_the_page_not_the_meeting(shape, tmp_path):
    from zhbrief.pipeline import build_brief

    path = tmp_path / "glued.html"
    path.write_text(HEAD + GLUED_DATE_PAGES[shape].format(ARTICLE[0] + ARTICLE[1], ARTICLE[2]) + "</body></html>",
                    encoding="utf-8")
    document = load_document(path)
    assert document.sentences[0] == ARTICLE[0] and "00:00" not in document.text
    brief = build_brief(document)
    assert brief.source.page_date == "2009-11-09"
    assert brief.event.date == "2009-11-08" and brief.event.date_zh == "11月8日"
    assert brief.event.date_from == "page"  # the text said 11月8日; the year is the page's
    event = brief.to_json_dict()["event"]
    assert (event["date"], event["date_from"]) == ("2009-11-08", "page")


def test_a_bare_date_line_above_a_text_file_dates_it_unless_a_label_does():
    text = "2009年11月09日00:00\n" + "".join(ARTICLE)
    document = load_bytes(text.encode("utf-8"), "glued.txt")
    assert document.source.page_date == "2009-11-09" and document.sentences[0] == ARTICLE[0]
    # A site's clock above the headline (`2023年03月29日 星期三`) gives way to its `发布日期`.
    labelled = "2023年03月29日 星期三\n某县召开安全生产工作会议\n发布日期:2009-11-09\n" + "".join(ARTICLE)
    document = load_bytes(labelled.encode("utf-8"), "labelled.txt")
    assert document.source.page_date == "2009-11-09" and document.headline == "某县召开安全生产工作会议"


# ---- Hypothesis: malformed markup around a known article --------------------------------

_TAGS = ["div", "font", "span", "b", "i", "table", "td", "tr", "center", "strong", "a", "ul", "li", "h3", "em"]
# Left open, a block named as furniture (`class='share'`) holds what follows, and is dropped
# with it: such names go on closed blocks only.
_ATTRIBUTES = ["", " color='#000000'", " style='font-size:14px'", " id='x'", " align=center"]
_WORDS = ["Home", "News", "var x = 1;", "&nbsp;", "&amp;", "print", "2024", "|"]


@st.composite
def _junk(draw) -> str:
    """Markup without article text: unclosed, stray, misnested and nested tags, comments."""
    tag, other = draw(st.sampled_from(_TAGS)), draw(st.sampled_from(_TAGS))
    word = draw(st.sampled_from(_WORDS))
    attributes = draw(st.sampled_from(_ATTRIBUTES))
    levels = draw(st.one_of(st.integers(1, 40), st.sampled_from([255, 256, 300, 2_049, 10_000])))
    return draw(st.sampled_from([
        f"<{tag}{attributes}>{word}",  # unclosed
        f"</{tag}>",  # stray end tag
        f"<{tag}><{other}>{word}</{tag}></{other}>",  # misnested
        f"<{tag}{attributes}>" * levels + word,  # deep, never closed
        f"<{tag}>" * levels + word + f"</{tag}>" * levels,  # deep, closed
        f"<!-- {word} <{tag}> -->",
        f"<!--[if IE]><{tag}>{word}<![endif]-->",
        f"<script>var s = '<{tag}>' + \"</{other}>\";</script>",
        f"<div class='nav'><a href='/'>首页</a> <a href='/n'>新闻中心</a></div>",
        f"<div class='share'>分享到：{word}</div><div class='footer'>版权所有 {word}</div>",
        f"<{tag}/>{word}",
    ]))


# One page sets its paragraphs one way: in <p>s, open or closed, or as lines (<br>, <div>,
# unclosed <font>). Where both stand in one block, only the <p>s are read (loose lines there
# are bylines and widgets more often than text): a choice, not a malformation.
_IN_PARAGRAPHS = ["<p>{}</p>", "<p>{}", "<p><font>{}", "<p>{}</p>\n", "<p align=center><b>{}</b></p>"]
_AS_LINES = ["{}<br>", "<div>{}</div>", "<font>{}", "<td>{}</td>", "<br><br>{}"]


@st.composite
def _article_markup(draw, sentences: tuple[str, ...]) -> str:
    """The article's sentences as paragraphs, each wrapped its own way, junk between them."""
    wrappers = draw(st.sampled_from([_IN_PARAGRAPHS, _AS_LINES]))
    parts = []
    for sentence in sentences:
        parts.append(draw(st.sampled_from(wrappers)).format(sentence))
        if draw(st.booleans()):
            parts.append(draw(_junk()))
    return "".join(parts)


@st.composite
def malformed_pages(draw) -> tuple[bytes, tuple[str, ...] | None]:
    """(page bytes, the article's sentences as loaded, or None for a page without one)."""
    encoding = draw(st.sampled_from(["utf-8", "gbk", "big5"]))
    sentences = tuple(to_traditional(s) for s in ARTICLE) if encoding == "big5" else ARTICLE
    charset = draw(st.sampled_from(["", f"<meta charset='{encoding}'>", "<meta charset='gb2312'>",
                                    "<meta http-equiv='Content-Type' content='text/html; charset=utf-8'>"]))
    with_article = draw(st.integers(0, 9)) > 0  # one page in ten has no article at all
    before = "".join(draw(st.lists(_junk(), max_size=4)))
    after = "".join(draw(st.lists(_junk(), max_size=3)))
    article = draw(_article_markup(sentences)) if with_article else ""
    wrappers = draw(st.lists(st.sampled_from(_TAGS), max_size=3))
    ending = draw(st.sampled_from(["</body></html>", "", "<!-- unclosed comment at the end"]))
    page = (f"<html><head>{charset}<title>会议</title></head><body>{before}" + "".join(f"<{t}>" for t in wrappers)
            + article + after + ending)
    data = page.encode(encoding, errors="xmlcharrefreplace")
    if draw(st.booleans()):  # a footer pasted in from a page in another encoding
        other = draw(st.sampled_from([e for e in ("utf-8", "gbk", "big5") if e != encoding]))
        data += "<div>版权所有</div>".encode(other, errors="xmlcharrefreplace")
    expected = tuple(to_simplified(s) for s in sentences) if with_article else None
    return data, expected


@reaches_assertion()
@settings(max_examples=200, deadline=None)
@given(malformed_pages())
def test_malformed_markup_never_loses_the_article(page):
    data, expected = page
    try:
        document = load_bytes(data, "malformed.html")
    except ZhbriefError as exc:  # any other exception fails the test: no traceback
        reached()
        assert expected is None, f"the page holds the article, yet: {exc}"
        assert str(exc) and "\n" not in str(exc)
        return
    reached()
    if expected is not None:
        text = "".join(document.sentences)
        assert all(sentence in text for sentence in expected), document.sentences
