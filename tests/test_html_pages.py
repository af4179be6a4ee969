"""Saved web pages written for the project in the shapes real ones take: the article picked
out from share widgets and related news, the headline, the page's date, site and address."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from reach import reached, reaches_assertion
from zhbrief.cli.app import app
from zhbrief.errors import ZhbriefError
from zhbrief.load import load_bytes

runner = CliRunner()

REPORT = ("国务院总理李明5日主持召开国务院常务会议，部署进一步稳定资本市场的措施。",
          "会议指出，要坚持市场化法治化方向，维护市场平稳运行。")

# A finance portal's page: the share widget (not named as one) before a short report, the
# post time in the header, related news lists after it, the charset declared as gb2312.
NETEASE_LIKE = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>国务院常务会议部署稳定资本市场措施_网易财经</title></head><body>
<div class="N-nav-channel"><a href="/">首页</a> <a href="/stock">股票</a> <a href="/fund">基金</a></div>
<div class="post_content_main"><h1>国务院常务会议部署稳定资本市场措施</h1>
<div class="post_time_source">2026-03-05 16:20:11　来源: 某某财经</div>
<div class="ep-wx"><p>用微信扫描二维码</p><p>分享至好友和朋友圈</p></div>
<div id="endText"><p>{REPORT[0]}</p><p>{REPORT[1]}</p>
<div><p><b>证券要闻</b></p>
<p><a href="/a.html">沪指单日大涨逾百点</a> <a href="/b.html">券商板块集体走强</a></p>
<p><a href="/c.html">北向资金连续三日净流入</a> <a href="/d.html">两市成交额再破万亿</a></p>
<p><b>公司新闻</b></p><p><a href="/e.html">某某集团发布年度业绩预告</a></p></div></div>
<div class="post_comment"><p>网友评论仅供其表达个人看法，并不表明本站立场。</p></div></div>
<div class="footer">本站版权所有 Copyright 2026</div></body></html>"""

# A government portal's page: no date metadata, the date in a span under the headline, the
# address in the comment a browser writes when saving.
GOV_LIKE = """<!-- saved from url=(0058)https://www.example.gov.cn/yaowen/202602/content_8801.htm -->
<html><head><meta charset="utf-8"><title>某市召开市政府常务会议_某市人民政府门户网站</title></head><body>
<div class="header"><div class="logo">某市人民政府门户网站</div><ul><li><a href="/">首页</a></li><li><a href="/zw">政务公开</a></li></ul></div>
<div class="article"><h1 class="article-title">某市召开市政府常务会议</h1>
<div class="pages-date">2026-02-10 18:30 <span class="font">来源：某市人民政府办公室</span></div>
<div class="pages_content"><p>10日，市长王建国主持召开市政府常务会议，研究部署春季农业生产工作。</p>
<p>王建国强调，要抓好春耕备耕，确保粮食生产稳定。</p><p>副市长赵丽、孙志刚出席会议。</p></div>
<div class="share">分享到：微信 微博</div><div class="print">【打印本页】【关闭窗口】</div></div></body></html>"""


def test_a_share_widget_and_related_news_are_not_the_article():
    document = load_bytes(NETEASE_LIKE.encode("gbk"), "page.html")
    assert document.paragraphs == list(REPORT)
    assert document.headline == "国务院常务会议部署稳定资本市场措施"
    assert document.source.page_date == "2026-03-05" and document.source.site == "网易财经"


def test_the_date_in_a_span_and_the_saved_address():
    document = load_bytes(GOV_LIKE.encode("utf-8"), "gov.html")
    assert document.headline == "某市召开市政府常务会议"
    assert document.source.page_date == "2026-02-10" and document.source.site == "某市人民政府门户网站"
    assert document.source.url == "https://www.example.gov.cn/yaowen/202602/content_8801.htm"
    assert not any("打印" in p or "分享" in p for p in document.paragraphs)


def test_a_meta_charset_that_lies_is_read_by_the_bytes():
    # Declared gb2312, served as UTF-8 (as on several real people.com.cn pages).
    document = load_bytes(NETEASE_LIKE.encode("utf-8"), "lying.html")
    assert document.paragraphs == list(REPORT) and not document.warnings


def test_the_brief_takes_the_year_and_the_headline_from_the_page(tmp_path):
    page = tmp_path / "gov.html"
    page.write_bytes(GOV_LIKE.encode("utf-8"))
    data = json.loads(runner.invoke(app, ["brief", str(page), "-f", "json"]).stdout)
    assert data["event"]["date"] == "2026-02-10" and data["event"]["date_from"] == "page"
    assert data["source"]["headline_zh"] == "某市召开市政府常务会议"
    assert data["source"]["headline_en"] == "Executive Meeting of the Municipal People's Government" or data["source"]["headline_en"] is None
    assert data["source"]["url"].endswith("content_8801.htm") and data["source"]["site_zh"] == "某市人民政府门户网站"
    assert {p["name_zh"]: p["role"] for p in data["people"]} == {"王建国": "presided", "赵丽": "attended", "孙志刚": "attended"}


def test_text_command_shows_what_is_read(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(NETEASE_LIKE.encode("gbk"))
    result = runner.invoke(app, ["text", str(page)])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["国务院常务会议部署稳定资本市场措施", *REPORT]
    traditional = tmp_path / "t.txt"
    traditional.write_text("市長王建國主持會議。會議強調，要抓好春耕。", encoding="utf-8")
    assert runner.invoke(app, ["text", str(traditional)]).stdout == "市长王建国主持会议。会议强调，要抓好春耕。\n"
    assert runner.invoke(app, ["text", str(traditional), "--script", "original"]).stdout == "市長王建國主持會議。會議強調，要抓好春耕。\n"


_TAGS = st.sampled_from(["div", "p", "span", "td", "h1", "a", "b", "script", "style", "header", "li"])
_TOKENS = list("会议主持市长王某强调要，。<>&\"' \n") + ["2026-03-05", "来源：", "用微信扫描二维码", "&nbsp;"]
_TEXT = st.lists(st.sampled_from(_TOKENS), max_size=30).map("".join)


@st.composite
def _html(draw, depth=0):
    if depth > 3 or draw(st.booleans()):
        return draw(_TEXT)
    tag = draw(_TAGS)
    attrs = draw(st.sampled_from(["", ' class="share"', ' class="title"', ' id="endText"', ' class="footer"']))
    children = "".join(draw(st.lists(_html(depth=depth + 1), max_size=4)))
    return f"<{tag}{attrs}>{children}</{tag}>"


@reaches_assertion()
@settings(max_examples=150, deadline=None)
@given(_html(), st.booleans())
def test_any_html_gives_a_body_or_one_clear_error(body, with_head):
    page = ("<html><head><title>标题_某网</title></head>" if with_head else "<html>") + f"<body>{body}</body></html>"
    try:
        document = load_bytes(page.encode("utf-8"), "random.html")
    except ZhbriefError as exc:
        reached()
        assert "\n" not in str(exc) and str(exc)
        return
    reached()
    assert document.paragraphs and all(p.strip() for p in document.paragraphs)


def test_a_page_without_a_meeting_name_is_headed_by_its_headline(tmp_path):
    page = tmp_path / "tree.html"
    page.write_text("""<html><head><title>某县开展春季义务植树活动_某县融媒体中心</title>
<meta name="publishdate" content="2026-03-04 09:00"><link rel="canonical" href="https://www.example.cn/news/8.html"></head>
<body><h1>某县开展春季义务植树活动</h1><div class="content"><p>3日，县长李明带领干部群众参加义务植树活动。</p></div></body></html>""",
                    encoding="utf-8")
    heading, underline, *meta = runner.invoke(app, ["brief", str(page), "-f", "text"]).stdout.splitlines()
    assert heading == "某县开展春季义务植树活动 — 2026-03-03 (completed from the page's date)"
    assert "Page: https://www.example.cn/news/8.html" in meta
    markdown = runner.invoke(app, ["brief", str(_gov_page(tmp_path)), "-f", "markdown"]).stdout
    assert "- Headline: 某市召开市政府常务会议" in markdown and "- Page: https://www.example.gov.cn/" in markdown


def _gov_page(tmp_path):
    path = tmp_path / "gov.html"
    path.write_bytes(GOV_LIKE.encode("utf-8"))
    return path
