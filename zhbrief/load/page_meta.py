"""What a saved page says about itself: its headline, date, site and address.

Read from the page's metadata first (Open Graph and the meta tags Chinese CMSs write:
`PubDate`, `publishdate`, `ArticleTitle`, `SiteName`), then from what a reader sees (the
date line under the headline, `2015-07-04 15:23:10 来源：财经网`), then from the address
(`/2024/0510/`, `t20120624_`). The title's parts give the site (`…_中山网`) when nothing
else does.
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse
from dataclasses import dataclass, replace

from zhbrief.load.script import han_count

_DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[-/]?(\d{2})[-/]?(\d{2})/|[/_]t((?:19|20)\d{2})(\d{2})(\d{2})_")
_TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||－|—|–|-{1,2}|｜)\s*")
_LEADING_URL_COMMENT = re.compile(r"^\s*<!--\s*(https?://\S+?)\s*-->")
_SHARED_URL = re.compile(r"(?:share|bshare)[^?]*\?(?:[^\"'#]*&(?:amp;)?)?url=(https?(?::|%3A)[^&\"']+)", re.I)
_SHARE_SERVICE = re.compile(r"share|baidu\.com|weibo|qq\.com|addthis", re.I)
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.I)
_DATE_META = ("article:published_time", "og:article:published_time", "og:release_date", "pubdate", "publishdate",
              "publish_date", "publishtime", "datepublished", "dc.date", "dc.date.issued", "dc.date.created",
              "article:create_at", "firstpublishedtime", "release_date", "date")
_HEADLINE_META = ("og:title", "articletitle", "headline", "twitter:title")
_SITE_META = ("og:site_name", "sitename", "site_name", "site", "application-name", "sourcename")
_DATE_LABEL = re.compile(r"发布|日期|时间|来源")
# `2009年11月09日00:00`, `发布时间：2015-07-04 15:23`, `2024年5月10日 星期五`: a date line, no sentence.
_DATE_LINE = re.compile(
    r"(?:(?:发布)?(?:时间|日期)\s*[:：]\s*)?(?P<date>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})日?\s*"
    r"(?:(?:星期|周)[一二三四五六日天])?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?"
)
_SITE_JUNK = re.compile(r"版权所有|copyright|©|all rights reserved", re.I)


@dataclass(frozen=True)
class PageMeta:
    headline: str | None = None
    date: str | None = None  # ISO, the page's own date
    date_from: str | None = None  # meta | page | url: where it was read
    site: str | None = None
    url: str | None = None


def iso_date(text: str | None) -> str | None:
    """The first plausible date in `text` as YYYY-MM-DD (1990 to next year)."""
    for match in _DATE.finditer(text or ""):
        year, month, day = (int(part) for part in match.groups())
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if 1990 <= year <= dt.date.today().year + 1:
            return date.isoformat()
    return None


def date_line(text: str) -> str | None:
    """The date (ISO) of a line that holds only a date, with its time and weekday if any."""
    text = text.strip()
    match = _DATE_LINE.fullmatch(text) if len(text) <= 40 else None
    return iso_date(match["date"]) if match else None


def _meta_values(root) -> dict[str, str]:
    values: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if key and content:
            values.setdefault(key, content)
    return values


def title_parts(root) -> list[str]:
    title = root.find(".//title")
    text = " ".join(title.text_content().split()) if title is not None else ""
    return [part for part in _TITLE_SEPARATORS.split(text) if part]


def _url(root, html: str, meta: dict[str, str]) -> str | None:
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and (link.get("href") or "").startswith("http"):
            return link.get("href")
    if meta.get("og:url", "").startswith("http"):
        return meta["og:url"]
    saved = _SAVED_FROM.search(html[:4096]) or _LEADING_URL_COMMENT.search(html[:1024])
    if saved:
        return saved.group(1)
    # Last: the address a share button passes on (`share.php?url=http%3A%2F%2F…`).
    for link in root.iter("a", "script"):
        if shared := _SHARED_URL.search(link.get("href") or link.get("src") or ""):
            address = urllib.parse.unquote(shared.group(1))
            if not _SHARE_SERVICE.search(urllib.parse.urlsplit(address).netloc):
                return address
    return None


def _url_date(url: str | None) -> str | None:
    match = _URL_DATE.search(url or "")
    if not match:
        return None
    parts = [p for p in match.groups() if p]
    return iso_date("-".join(parts))


def _site(meta: dict[str, str], parts: list[str]) -> str | None:
    for key in _SITE_META:
        if (value := meta.get(key)) and not _SITE_JUNK.search(value):
            return value
    # `标题_栏目_中国青年网`: the last part names the site when it is short.
    if len(parts) >= 2 and len(parts[-1]) <= 16 and not _SITE_JUNK.search(parts[-1]):
        return parts[-1].removesuffix("官网") if parts[-1].endswith("官网") and len(parts[-1]) > 4 else parts[-1]
    return None


def read_meta(root, html: str) -> PageMeta:
    """The page's own metadata (before any element is dropped): headline, date, site, URL."""
    meta = _meta_values(root)
    parts = title_parts(root)
    url = _url(root, html, meta)
    date = next((d for key in _DATE_META if (d := iso_date(meta.get(key)))), None)
    headline = next((meta[key] for key in _HEADLINE_META if meta.get(key)), None)
    return PageMeta(headline=headline, date=date, date_from="meta" if date else None, site=_site(meta, parts), url=url)


def with_visible_date(page: PageMeta, above: str, below: str) -> PageMeta:
    """The date line a reader sees with the article: above it (nearest first), else a
    `发布日期` line below it; last, the date in the address."""
    lines = [line for line in above.split("\n") if line.strip()]
    if page.date:
        return page
    nearby = list(reversed(lines[-12:])) + [line for line in below.split("\n")[:40] if _DATE_LABEL.search(line)]
    for line in nearby:
        if date := iso_date(line):
            return replace(page, date=date, date_from="page")
    if date := _url_date(page.url):
        return replace(page, date=date, date_from="url")
    return page


# What follows a headline in its block: the date and source line, the share widget.
_HEADING_TAIL = re.compile(r"\s(?:(?:19|20)\d{2}\s*[-年/.]|来源[:：]|作者[:：]|发布时间|时间[:：]|分享到)")
_BREADCRUMB = re.compile(r"首页|当前位置|现在位置|>>|>|»")


def heading_texts(root) -> list[tuple[int, str]]:
    """Headings and title-like blocks with their place in the page: h1-h5 and elements
    named *title*, the date line after them cut off, breadcrumbs left out."""
    found = []
    for element in root.iter("h1", "h2", "h3", "h4", "h5", "div", "p", "span", "td"):
        marker = f"{element.get('class', '')} {element.get('id', '')}".lower()
        if element.tag in ("div", "p", "span", "td") and "title" not in marker:
            continue
        text = _HEADING_TAIL.split(" ".join(element.text_content().split()))[0].strip()
        holds_sentence = "。" in text  # an unclosed <h3> around the article, no headline
        if 5 <= len(text) <= 100 and han_count(text) >= 4 and not _BREADCRUMB.search(text) and not holds_sentence:
            found.append((int(element.get("data-zhbrief-order", "0")), text))
    return found


def _agrees(candidate: str, title: str) -> bool:
    """The heading is the title's main part, or nearly (`…（推动高质量发展·权威发布）`)."""
    if candidate in title or title in candidate:
        return True
    shared = len(set(candidate) & set(title))
    return shared >= 0.7 * len(set(candidate))


def choose_headline(parts: list[str], headings: list[tuple[int, str]], page: PageMeta, body_start: int) -> str | None:
    """The article's headline: a heading that agrees with the page title's main part; else
    the metadata's headline; else the title's main part when it is not a site or column
    name; else the heading nearest above the article."""
    main = max(parts, key=han_count) if parts else ""
    column = len(main) <= 6 or main.endswith(("网站", "官网", "门户网站"))  # `新闻动态`: a column, not a headline
    if main and not column:
        for _, heading in headings:
            if _agrees(heading, main) and heading != page.site:
                return heading
    if page.headline:
        meta_parts = [p for p in _TITLE_SEPARATORS.split(page.headline) if p]
        if meta_parts and meta_parts[0] != page.site:
            return max(meta_parts, key=han_count)
    if main and not column and main != page.site:
        return main
    above = [text for order, text in headings if order < body_start]
    inside = [text for order, text in headings if order >= body_start]
    return (above or inside or [None])[-1 if above else 0]
