"""A saved web page reduced to its article text, with what the page says about itself.

Our own rule on lxml rather than trafilatura, decided on the real pages of
`../shared/realhtml` (`bench/html_pages.py --reference`): the bodies agree on the
article paragraphs, and what trafilatura keeps beyond ours is junk on these sites
(related news and `网友评论` on NetEase pages, `责任编辑`, `打印本页`, `分享让更多人看到`,
`加载更多` lists); its metadata names `人民网版权所有` as a site. The rule: the block holding
most of the Chinese text in its paragraphs, paragraphs that are mostly links (related
news) and widget lines (share, print, comment prompts) left out; the page's headline,
date, site and URL come from `page_meta`. lxml imports in milliseconds; trafilatura
would add a dozen packages and 0.3 s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from zhbrief.errors import ZhbriefError
from zhbrief.load.html_tree import parse_page
from zhbrief.load.page_meta import (PageMeta, choose_headline, date_line, heading_texts, read_meta, title_parts,
                                    with_visible_date)
from zhbrief.load.script import han_count

_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|p)\b", re.I | re.S)
_TAG = re.compile(r"</?(?:p|div|br|span|td|table|body|html|head|title|a|h[1-6])\b[^>]*>", re.I)
_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "select", "button")
_BOILERPLATE = re.compile(
    r"nav|menu|footer|header|comment|share|recommend|related|breadcrumb|sidebar|copyright|qrcode|weixin|bdshare", re.I
)
# Lines that are page furniture wherever they stand: share and print widgets, comment prompts.
_WIDGET_LINE = re.compile(
    r"^(?:用微信扫描二维码|分享至好友和朋友圈|分享让更多人看到|分享到[:：]?|扫一扫|【?打印本页】?|【?关闭窗口】?|返回顶部|"
    r"(?:【)?字号|上一篇|下一篇|网友评论|发表评论|我要评论|跟贴|加载更多|点击进入|相关新闻|相关阅读|推荐阅读|更多精彩)"
)
_SENTENCE_END = re.compile(r"[。！？]")
_CLAUSE_MARK = re.compile(r"[。，；！？]")  # where the article's first sentence begins
_LINE_BLOCKS = ("div", "li", "tr", "td", "table", "h1", "h2", "h3", "h4", "h5", "h6", "center", "section", "article",
                "blockquote", "dd", "dt")
_COPYRIGHT = re.compile(r"版权所有|Copyright|©|All Rights Reserved", re.I)


@dataclass(frozen=True)
class HtmlPage:
    text: str  # the article, one paragraph a line
    meta: PageMeta


def looks_like_html(text: str) -> bool:
    head = text[:4096]
    return bool(_HTML_START.match(head)) or len(_TAG.findall(head)) >= 5


def _read_paragraphs(root) -> None:
    """Keep on each <p>, once, its own text, and mark those whose Chinese is mostly link
    text: related news, not the article (every enclosing block is scored on its paragraphs)."""
    for paragraph in root.iter("p"):
        text, linked = _own_text(paragraph)
        han = han_count(text)
        paragraph.set("data-zhbrief-text", text)
        paragraph.set("data-zhbrief-linked", str(linked))
        if han > 0 and linked >= 0.6 * han:
            paragraph.set("data-zhbrief-list", "1")


def _own_text(paragraph) -> tuple[str, int]:
    """A paragraph's text and the Chinese of its links, less the <p>s nested in it: without
    `</p>`, `<p><font>…<p>` opens each next one inside the last, and reading each whole
    would read the page once for each level."""
    if paragraph.find(".//p") is None:
        return paragraph.text_content(), sum(han_count(a.text_content()) for a in _links(paragraph))
    texts, linked = [], 0
    todo = [(paragraph, False)]  # a node or a text, and whether a link holds it; no recursion
    while todo:
        item, in_link = todo.pop()
        if isinstance(item, str):
            texts.append(item)
            linked += han_count(item) if in_link else 0
            continue
        if item is not paragraph and item.tail:
            todo.append((item.tail, in_link))  # read after its subtree
        if isinstance(item.tag, str) and (item is paragraph or item.tag != "p"):  # not a comment
            inner = in_link or (item.tag == "a" and _is_link(item))
            todo.extend((child, inner) for child in reversed(list(item)))
            if item.text:
                todo.append((item.text, inner))
    return "".join(texts), linked


def _is_link(anchor) -> bool:
    """An <a> holding sentences is no link (related news are headlines): left open, it took
    in the text after it. One that holds blocks of headlines (a sidebar's `<a><li>…`) still
    is: counting those as text let real pages' sidebars and ads into the article."""
    return not _SENTENCE_END.search(anchor.text_content())


def _links(element):
    return (anchor for anchor in element.iter("a") if _is_link(anchor))


def _is_link_list(paragraph) -> bool:
    return paragraph.get("data-zhbrief-list") == "1"


def _is_label(text: str) -> bool:
    """`证券要闻`, `相关链接`: a short heading of a list, no sentence."""
    return len(text) <= 10 and not re.search(r"[。，；！？,;]", text)


def _article_paragraphs(element) -> list[str]:
    """The texts of <p>s, related-news lists and the labels heading them left out."""
    paragraphs = [(p.get("data-zhbrief-text", "").strip(), _is_link_list(p)) for p in element.iter("p")]
    paragraphs = [(text, listed) for text, listed in paragraphs if text]
    kept = []
    for position, (text, listed) in enumerate(paragraphs):
        following = paragraphs[position + 1][1] if position + 1 < len(paragraphs) else False
        if not listed and not (following and _is_label(text)):
            kept.append(text)
    return kept


def _paragraph_texts(element) -> list[str]:
    paragraphs = _article_paragraphs(element)
    if not paragraphs and element.find(".//p") is None:  # text in <div>s and <br>s, no <p> at all
        paragraphs = [line.strip() for line in element.text_content().split("\n") if line.strip()]
    lines = [line.strip() for p in paragraphs for line in p.split("\n") if line.strip()]
    return [line for line in lines if not _is_furniture(line)]


def _is_furniture(line: str) -> bool:
    return (len(line) <= 40 and bool(_WIDGET_LINE.match(line))) or (len(line) <= 120 and bool(_COPYRIGHT.search(line)))


def _block_score(element) -> int:
    """Chinese kept in its paragraphs, less twice the link text outside related-news lists
    (which are already left out of what it keeps)."""
    kept = han_count("".join(_paragraph_texts(element)))
    links = sum(han_count(a.text_content()) for a in _links(element))
    listed = sum(int(p.get("data-zhbrief-linked", "0")) for p in element.iter("p") if _is_link_list(p))
    return kept - 2 * (links - listed)


def _best_container(root):
    """The innermost element holding nearly all the Chinese paragraph text outside links."""
    scored = [(_block_score(element), element) for element in root.iter("article", "div", "section", "td", "main", "body")]
    if not scored:
        return root
    top = max(score for score, _ in scored)
    near_top = [el for score, el in scored if score >= top - 0.1 * abs(top)]  # top may be below zero
    return max(near_top, key=lambda el: sum(1 for _ in el.iterancestors()))


def _drop_furniture(root) -> None:
    """Scripts, navigation and blocks named as page furniture, but never a block that holds
    most of the page's text (some sites wrap the article in `main-share-box`)."""
    for element in list(root.iter(*_DROP_TAGS)):
        element.drop_tree()
    total = han_count(root.text_content())
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.tag == "body" or element.getparent() is None:
            continue
        marker = f"{element.get('class', '')} {element.get('id', '')}"
        if _BOILERPLATE.search(marker) and han_count(element.text_content()) < 0.3 * total:
            element.drop_tree()


def _number_elements(root) -> list[tuple[int, str]]:
    """Number every element in page order (kept on it as an attribute) and keep each one's
    visible text with its number: what stood above the article is known after furniture
    (a `header` holding the date line) is dropped."""
    texts = []
    for number, element in enumerate(root.iter()):
        if not isinstance(element.tag, str):  # a comment: its tail reads on with the text before it
            if texts and element.tail:
                texts[-1] = (texts[-1][0], texts[-1][1] + element.tail.strip())
            continue
        element.set("data-zhbrief-order", str(number))
        if element.tag not in ("script", "style", "noscript"):
            texts.append((number, " ".join(f"{element.text or ''} {element.tail or ''}".split())))
    return texts


def _take_leading_dates(container) -> list[str]:
    """Date lines (`<span>2009年11月09日00:00</span>`) in the article's block before its
    first sentence, emptied out of it: they date the page, not the meeting."""
    dates, todo = [], [(container, None)]  # an element, or (`text` | `tail`, its element); no recursion
    while todo:
        item, owner = todo.pop()
        if owner is not None:
            text = getattr(owner, item) or ""
            if found := date_line(text):
                dates.append(found)
                setattr(owner, item, None)
            elif _CLAUSE_MARK.search(text) or han_count(text) >= 30:
                break  # the article has begun
            continue
        if item is not container and item.tail:
            todo.append(("tail", item))
        if not isinstance(item.tag, str) or item.tag in _DROP_TAGS:
            continue
        if item is not container and len(item) <= 3 and (found := date_line(item.text_content())):
            dates.append(found)
            tail = item.tail
            item.clear()  # children, text and attributes; the element stays, with its tail
            item.tail = tail
            continue
        todo.extend((child, None) for child in reversed(list(item)))
        if item.text:
            todo.append(("text", item))
    return dates


def _span(container) -> tuple[int, int]:
    """Where the article starts and ends in page order."""
    numbers = [int(e.get("data-zhbrief-order", "0")) for e in container.iter() if isinstance(e.tag, str)]
    return min(numbers), max(numbers) + 1


def _text_between(texts: list[tuple[int, str]], start: int, end: int | None = None) -> str:
    return "\n".join(text for number, text in texts if start <= number and (end is None or number < end) and text)


def read_page(html: str) -> HtmlPage:
    """The article text (one paragraph a line) and the page's headline, date, site and URL."""
    try:
        root = parse_page(html)
    except Exception as exc:  # lxml raises several types for broken markup
        raise ZhbriefError(f"could not parse the HTML page: {exc}") from None
    meta = read_meta(root, html)
    texts = _number_elements(root)
    headings, title = heading_texts(root), title_parts(root)  # before a `header` block is dropped
    _drop_furniture(root)
    for element in root.iter("br", *_LINE_BLOCKS):  # each a line of its own where no <p> stands
        element.tail = "\n" + (element.tail or "")
    _read_paragraphs(root)
    container = _best_container(root)
    start, end = _span(container)
    if leading_dates := _take_leading_dates(container):
        _read_paragraphs(container)  # a <p> may have held one
    above = "\n".join([_text_between(texts, 0, start), *leading_dates])
    meta = with_visible_date(meta, above, _text_between(texts, end))
    meta = replace(meta, headline=choose_headline(title, headings, meta, start))
    return HtmlPage("\n".join(_paragraph_texts(container)), meta)
