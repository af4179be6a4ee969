"""HTML text to an lxml tree, however deep its markup nests.

libxml2 stops at 256 levels of elements and keeps nothing after that point, so an old CMS
page with hundreds of unclosed <font> or <div> tags lost all its text. Such a page is
parsed again with the tags past a depth left out (their text stays where it stood, a
block's on a line of its own); if libxml2 still finds it too deep, with only the tags that
cannot nest (<p>, <br>, the head's) kept. Each pass is one scan of the text, and nothing
here recurses: a 10,000-level page stays linear.
"""

from __future__ import annotations

import re
from functools import lru_cache

from zhbrief.load.script import han_count

MAX_DEPTH = 200  # under libxml2's 256, with room for what it implies (html, body)
_TOKEN = re.compile(r"<(?:(?P<comment>!--)|(?P<end>/)?(?P<name>[A-Za-z][^\s/>]*)[^>]*>)")
_RAW_TEXT = {"script", "style", "textarea", "title", "xmp"}  # their content is not markup
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
_CLOSE_THEIR_LIKE = {"p", "li", "a", "td", "th", "tr", "option", "dt", "dd"}  # `<p>x<p>`: siblings
# libxml2's end-tag priorities: `</span>` does not close an open <div> above its <span>.
_END_PRIORITY = {"div": 150, "td": 160, "th": 160, "tr": 170, "thead": 180, "tbody": 180, "tfoot": 180,
                 "table": 190, "head": 200, "body": 200, "html": 220}
_BLOCK = {"div", "table", "tr", "td", "th", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
          "center", "section", "article", "header", "footer", "nav", "aside", "form", "blockquote", "main"}
_FLAT_KEPT = {"html", "head", "body", "title", "meta", "link", "p", "br", "img", "hr"}
_END_SEARCH = 64  # how far down the open elements an end tag is matched


class _Tags:
    """Scans the tags of a page, keeping what a callback allows; raw text and comments as
    they stand."""

    def __init__(self, html: str):
        self.html = html

    def rewrite(self, keep) -> str:
        html, out, pos = self.html, [], 0
        last = html.rfind(">") + 1  # no tag past it: no scan runs on to the end from each `<`
        while match := _TOKEN.search(html, pos, last):
            out.append(html[pos:match.start()])
            if match["comment"]:
                close = html.find("-->", match.end())
                pos = len(html) if close < 0 else close + 3  # unclosed: the rest is comment
                out.append(html[match.start():pos])
                continue
            name, tag = match["name"].lower(), match.group(0)
            pos = match.end()
            closing = bool(match["end"])
            if keep(name, closing, tag.endswith("/>")):
                out.append(tag)
            elif name in _BLOCK and not (len(out) > 1 and out[-2] == "<br>" and not out[-1].strip()):
                out.append("<br>")  # its text stays a line of its own, a widget's apart from a paragraph's
            if name in _RAW_TEXT and not closing:
                end = _raw_end(name).search(html, pos)
                stop = end.start() if end else len(html)
                out.append(html[pos:stop])
                pos = stop
        out.append(html[pos:])
        return "".join(out)


@lru_cache(maxsize=None)
def _raw_end(name: str) -> re.Pattern[str]:
    return re.compile(rf"</{name}(?=[\s/>])", re.I)


class _DepthCap:
    """libxml2's open elements as the tags come, and the tags left out past `limit`."""

    def __init__(self, limit: int):
        self.limit, self.open, self.dropped = limit, [], {}

    def __call__(self, name: str, closing: bool, self_closed: bool) -> bool:
        if closing:
            return self._end(name)
        if name in _VOID or self_closed or name in _RAW_TEXT:
            return True
        if self.open and self.open[-1] == name and name in _CLOSE_THEIR_LIKE:
            self.open.pop()  # libxml2 closes the one before
        # A <p> past the limit is kept: it closes the one before, so adds one level at most.
        if len(self.open) >= self.limit and not (name == "p" and len(self.open) == self.limit):
            self.dropped[name] = self.dropped.get(name, 0) + 1
            return False
        self.open.append(name)
        return True

    def _end(self, name: str) -> bool:
        if name in _RAW_TEXT:  # never opened here: its start tag only began raw text
            return True
        if self.dropped.get(name):
            self.dropped[name] -= 1
            return False
        priority = _END_PRIORITY.get(name, 100)
        for position in range(len(self.open) - 1, max(len(self.open) - _END_SEARCH, 0) - 1, -1):
            if self.open[position] == name:
                del self.open[position:]
                return True
            if _END_PRIORITY.get(self.open[position], 100) > priority:
                break
        return False  # libxml2 would ignore it: left out, so it cannot close more than counted


def cap_depth(html: str, limit: int = MAX_DEPTH) -> str:
    """The page with the tags that open past `limit` levels (and their end tags) left out."""
    return _Tags(html).rewrite(_DepthCap(limit))


def flatten(html: str) -> str:
    """The page with only the tags that cannot nest: paragraphs, line breaks, the head's."""
    return _Tags(html).rewrite(lambda name, closing, self_closed: name in _FLAT_KEPT or name in _RAW_TEXT)


def _parse(html: str):
    """(root, whether libxml2 stopped at its depth limit)."""
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser()  # one a call: parsers are not shared between threads
    root = lxml.html.document_fromstring(html, parser=parser)
    limit = etree.ErrorTypes.ERR_RESOURCE_LIMIT
    errors = list(parser.error_log) + [parser.error_log.last_error]
    return root, any(error is not None and error.type == limit for error in errors)


def _lost_text(root, html: str) -> bool:
    """The tree holds no Chinese while the markup does outside its tags."""
    return han_count(root.text_content()) == 0 and han_count(_TOKEN.sub("", html)) > 0


def parse_page(html: str):
    """The page's lxml tree, its text whole whatever the nesting."""
    root, too_deep = _parse(html)
    if too_deep:
        root, too_deep = _parse(cap_depth(html))
    if too_deep or _lost_text(root, html):
        root, _ = _parse(flatten(html))
    return root
