"""A saved web page reduced to its article text.

lxml rather than trafilatura: the pages are simple news pages, lxml is one
compiled dependency that imports in milliseconds, and the rule that works on
them (the block with the most Chinese text in its paragraphs, minus link-heavy
navigation) is a few lines we can test. trafilatura would add a dozen packages.
"""

from __future__ import annotations

import re

from zhbrief.errors import ZhbriefError

_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|p)\b", re.I | re.S)
_TAG = re.compile(r"</?(?:p|div|br|span|td|table|body|html|head|title|a|h[1-6])\b[^>]*>", re.I)
_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "select", "button")
_BOILERPLATE = re.compile(r"nav|menu|footer|header|comment|share|recommend|related|breadcrumb|sidebar|copyright", re.I)
_BLOCKS = ("p", "div", "td", "li", "section", "article", "h1", "h2", "h3", "br")


def looks_like_html(text: str) -> bool:
    head = text[:4096]
    return bool(_HTML_START.match(head)) or len(_TAG.findall(head)) >= 5


def _han_count(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


def _paragraph_texts(element) -> list[str]:
    paragraphs = [p.text_content().strip() for p in element.iter("p")]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs:
        return paragraphs
    return [line.strip() for line in element.text_content().split("\n") if line.strip()]


def _best_container(root):
    """The innermost element holding nearly all the Chinese paragraph text outside links."""
    scored = []
    for element in root.iter("article", "div", "section", "td", "main", "body"):
        text = "".join(_paragraph_texts(element))
        links = "".join(a.text_content() for a in element.iter("a"))
        scored.append((_han_count(text) - 2 * _han_count(links), element))
    if not scored:
        return root
    top = max(score for score, _ in scored)
    near_top = [el for score, el in scored if score >= 0.9 * top]
    return max(near_top, key=lambda el: sum(1 for _ in el.iterancestors()))


def html_to_text(html: str) -> tuple[str, str | None]:
    """Return (article text with one paragraph a line, page title)."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception as exc:  # lxml raises several types for broken markup
        raise ZhbriefError(f"could not parse the HTML page: {exc}") from None
    title_el = root.find(".//title")
    heading = root.find(".//h1")
    headline = (heading if heading is not None else title_el)
    headline_text = headline.text_content().strip() if headline is not None else None
    for element in list(root.iter(*_DROP_TAGS)):
        element.drop_tree()
    for element in list(root.iter()):
        marker = f"{element.get('class', '')} {element.get('id', '')}"
        if isinstance(element.tag, str) and element.tag != "body" and _BOILERPLATE.search(marker):
            element.drop_tree()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    container = _best_container(root)
    return "\n".join(_paragraph_texts(container)), headline_text or None
