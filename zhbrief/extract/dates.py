"""The meeting's date: as the text states it, completed from the page's date when the text
leaves out the year, the month or the day itself (`11月17日`, `28日`, `昨日`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

_FULL_DATE = re.compile(r"(?:(?P<year>(?:19|20)\d{2})年)?(?P<month>1[0-2]|0?[1-9])月(?P<day>3[01]|[12]\d|0?[1-9])日")
# `317日` for 3月17日: a typo seen in real reports.
_GLUED_DATE = re.compile(r"(?<![\d年月])(?P<month>1[0-2]|[1-9])(?P<day>3[01]|[12]\d|0[1-9])日")
_DAY_ONLY = re.compile(r"(?<![\d月])(?P<day>3[01]|[12]\d|[1-9])日(?=[，,上下晚早]|召开|举行|在)")
# Days before the page's date for each relative word; 日前/近日 say only "recently".
_RELATIVE_DAYS = {"昨日": 1, "昨天": 1, "今日": 0, "今天": 0, "当天": 0, "前日": 2, "前天": 2, "日前": None, "近日": None}
_RELATIVE = re.compile("|".join(_RELATIVE_DAYS))


@dataclass(frozen=True)
class MeetingDate:
    text: str | None = None  # as written: 11月17日, 28日, 昨日
    date: str | None = None  # YYYY-MM-DD, MM-DD or DD: as much as is known
    source: Literal["text", "page"] | None = None  # `page`: the page's date completed it


def _stated(sentences: list[str]) -> tuple[str | None, int | None, int | None, int | None, str | None]:
    """(text, year, month, day, relative word) of the first date in the opening sentences."""
    for sentence in sentences[:8]:
        if match := _FULL_DATE.search(sentence) or _GLUED_DATE.search(sentence):
            year = match.groupdict().get("year")
            return match.group(0), int(year) if year else None, int(match["month"]), int(match["day"]), None
        if match := _DAY_ONLY.search(sentence):
            return match.group(0), None, None, int(match["day"]), None
        if match := _RELATIVE.search(sentence):
            return match.group(0), None, None, None, match.group(0)
    return None, None, None, None, None


def _page(page_date: str | None) -> date | None:
    try:
        return date.fromisoformat(page_date) if page_date else None
    except ValueError:
        return None


def _on_or_before(page: date, month: int, day: int) -> date | None:
    """The latest date with this month and day not after the page's date."""
    for year in (page.year, page.year - 1):
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found <= page:
            return found
    return None


def _day_on_or_before(page: date, day: int) -> date | None:
    """`28日` on a page of 29 March is 28 March; `30日` on a page of 2 March is 30 January."""
    year, month = page.year, page.month
    for _ in range(3):
        try:
            found = date(year, month, day)
        except ValueError:
            found = None
        if found and found <= page:
            return found
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def find_meeting_date(sentences: list[str], page_date: str | None = None) -> MeetingDate:
    text, year, month, day, relative = _stated(sentences)
    page = _page(page_date)
    if year and month and day:
        return MeetingDate(text, f"{year}-{month:02d}-{day:02d}", "text")
    if page and relative:
        back = _RELATIVE_DAYS[relative]
        return MeetingDate(text, (page - timedelta(days=back)).isoformat(), "page") if back is not None else MeetingDate(text)
    if page and day:
        found = _on_or_before(page, month, day) if month else _day_on_or_before(page, day)
        if found:
            return MeetingDate(text, found.isoformat(), "page")
    if month and day:
        return MeetingDate(text, f"{month:02d}-{day:02d}", "text")
    if day:
        return MeetingDate(text, f"{day:02d}", "text")
    return MeetingDate(text)
