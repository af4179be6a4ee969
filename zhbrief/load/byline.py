"""Bylines, photo credits, captions and page furniture become source metadata, not content.

Runs on cleaned Simplified text, one paragraph a line.
"""

from __future__ import annotations

import re

from zhbrief.brief import SourceMeta
from zhbrief.load.page_meta import date_line
from zhbrief.extract.lexicon import OUTLET_SUFFIXES, alternation

_NAME = r"[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{1,6})?"
_NAMES = rf"{_NAME}(?:[ 、，,]+{_NAME})*"
_OUTLET = rf"(?:本报|新华社|中新社|中新网|[\u4e00-\u9fff]{{2,12}}?(?:{alternation(OUTLET_SUFFIXES)}))"
_CREDIT_LABEL = r"(?:见习记者|特约记者|摄影记者|记者|通讯员|实习生)"

# `梧州零距离网-梧州日报讯（记者 梁萍）`, `新华社南宁3月5日电（记者 张三）`
_LEAD_BYLINE = re.compile(
    rf"^(?:[^\n，。]{{0,20}}?[-—－|｜]\s*)?据?(?P<outlet>{_OUTLET})"
    rf"(?P<dateline>讯|[\u4e00-\u9fff]{{0,6}}\d{{1,2}}月\d{{1,2}}日电|电(?![视话台网]))\s*"
    rf"(?:[（(](?P<credit>[^（()）\n]{{1,80}})[）)]|(?P<bare>(?:{_CREDIT_LABEL})\s*{_NAMES}?\s*(?:报道)?(?=\s|\d)))?\s*"
)
# `梧州日报记者 李鸿荣 摄`, `（张三 摄）`, `摄影：张三`
_PHOTO_CREDITS = (
    re.compile(rf"(?:{_OUTLET}\s*)?{_CREDIT_LABEL}[:：]?\s*(?P<names>{_NAMES})\s*摄(?:影)?(?!制|像|入)"),
    re.compile(rf"[（(]\s*(?:{_CREDIT_LABEL}\s*)?(?P<names>{_NAMES})\s*摄\s*[）)]"),
    re.compile(rf"(?:摄影|图|图片)\s*[:：/／]\s*(?P<names>{_NAMES})"),
)
_META_LABELS = r"(?:来源|作者|总监制|监制|责任编辑|责编|编辑|审核|审校|校对|发布时间|发布日期|日期|时间|浏览次数|点击数|阅读数|字号|分享到|打印本页|关闭窗口)"
_META_LINE = re.compile(rf"^\s*[【\[]?{_META_LABELS}[】\]]?\s*[:：]")
_EDITOR = re.compile(r"(?:总监制|监制|责任编辑|责编|编辑|审核|审校|校对)\s*[:：]\s*([\u4e00-\u9fff]{2,3}?)(?=总监制|监制|责任编辑|责编|编辑|审核|审校|校对|来源|[\s，,|]|$)")
_SOURCE_FIELD = re.compile(rf"来源\s*[:：]\s*({_OUTLET})")
_PAGE_DATE = re.compile(r"(?:发布时间|发布日期|日期|时间)\s*[:：]\s*(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})")
# A line that is only credits: `记者：韦明 通讯员 李丽`.
_CREDIT_LINE = re.compile(rf"^\s*[（(]?(?:{_CREDIT_LABEL}[:：]?\s*{_NAMES}\s*)+[）)]?\s*$")
_SPACED_LABEL = re.compile(r"记 者|通 讯 员|摄 影|编 辑")  # `记 者：甲`: a label spaced out for layout
_TRAILER = re.compile(r"^\s*[【\[]?(?:新闻推荐|相关新闻|相关阅读|推荐阅读|延伸阅读|热点推荐|上一篇|下一篇|往期回顾)")


def _split_names(names: str) -> list[str]:
    return [n for n in re.split(r"[ 、，,]+", names) if n]


def _add_unique(target: list[str], names: list[str]) -> None:
    target.extend(n for n in names if n not in target)


def _read_meta_line(line: str, meta: SourceMeta) -> None:
    _add_unique(meta.editors, _EDITOR.findall(line))
    source = _SOURCE_FIELD.search(line)
    if source and not meta.outlet:
        meta.outlet = source.group(1)
    date = _PAGE_DATE.search(line)
    if date and not meta.page_date:
        meta.page_date = f"{date.group(1)}-{int(date.group(2)):02d}-{int(date.group(3)):02d}"


# Agencies whose plain `电` (据新华社电) opens a report; other outlets need a date or 讯.
_AGENCIES = ("新华社", "中新社", "中新网")


def _read_lead_byline(line: str, meta: SourceMeta) -> str:
    """`梧州日报讯（记者 X）`, `新华社北京3月15日电`, `据新华社电`: outlet and credits."""
    match = _LEAD_BYLINE.match(line)
    if not match:
        return line
    dateline = match.group("dateline")
    dated = dateline.endswith("日电") or (dateline == "电" and match.group("outlet") in _AGENCIES)
    if not (match.group("credit") or dateline == "讯" or dated):
        return line
    if match.group("outlet") != "本报":
        meta.outlet = match.group("outlet")
    _read_credits((match.group("credit") or match.group("bare") or "").removesuffix("报道"), meta)
    return line[match.end() :]


def _read_credits(credit: str, meta: SourceMeta) -> None:
    """`记者 张三 李四 通讯员 王五`: each label owns the names up to the next label."""
    pieces = re.split(f"({_CREDIT_LABEL})", credit)
    for label, names in zip(pieces[1::2], pieces[2::2]):
        target = meta.photographers if label == "摄影记者" else meta.reporters
        _add_unique(target, [n for n in _split_names(names.strip(" :：")) if re.fullmatch(_NAME, n)])


def _strip_photo_credits(line: str, meta: SourceMeta, captions: list[str]) -> str:
    """Remove `… 记者 X 摄` credits and the caption text just before each."""
    for pattern in _PHOTO_CREDITS:
        while match := pattern.search(line):
            _add_unique(meta.photographers, _split_names(match.group("names")))
            before = line[: match.start()]
            boundary = max(before.rfind(ch) for ch in "。！？\n") + 1
            caption = before[boundary:].strip()
            if caption and len(caption) <= 80:
                captions.append(caption)
                before = before[:boundary]
            line = before.rstrip() + "\n" + line[match.end() :].lstrip()
    return line


def extract_source(text: str) -> tuple[str, SourceMeta, list[str]]:
    """Return (content text, source metadata, captions removed)."""
    meta = SourceMeta()
    captions: list[str] = []
    kept: list[str] = []
    leading_date = None
    text = _SPACED_LABEL.sub(lambda m: m.group(0).replace(" ", ""), text)
    for index, line in enumerate(text.split("\n")):
        if _TRAILER.match(line) and index > 0:
            break
        if _META_LINE.match(line):
            _read_meta_line(line, meta)
            continue
        if _CREDIT_LINE.match(line):
            _read_credits(line, meta)
            continue
        if not kept and (date := date_line(line)):  # `2009年11月09日00:00` above the text
            leading_date = leading_date or date
            continue
        if len(kept) < 3:
            line = _read_lead_byline(line, meta)
        line = _strip_photo_credits(line, meta, captions)
        kept.extend(part for part in line.split("\n") if part.strip())
    # A labelled date (`发布日期：`) is the page's; a bare one above may be the site's clock.
    meta.page_date = meta.page_date or leading_date
    return "\n".join(kept), meta, captions
