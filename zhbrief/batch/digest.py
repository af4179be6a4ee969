"""A digest of a batch's briefs: meetings by date, the people who appear most, and a
one-line English summary with a link for each brief, reposts of one report merged into one
entry; with the people index, co-attendance ties, topics by month and recent changes
(`zhbrief.batch.digest_people`). Rendered as Markdown by `zhbrief.render.digest`, as a
dashboard page by `zhbrief.render.dashboard`."""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from typing import TYPE_CHECKING

from zhbrief.errors import ZhbriefError
from zhbrief.extract.places import places_named
from zhbrief.people_index.model import brief_files

if TYPE_CHECKING:
    from zhbrief.batch.digest_people import PeopleData

_FIRST_SENTENCE = re.compile(r"^.+?(?:[.!?。！？](?=\s|$)|$)")


@dataclass
class DigestEntry:
    date: str
    title: str
    place: str
    outlet: str
    summary: str
    link: str
    copies: int = 1  # this report and its reposts (same facts, near-identical text)
    copy_links: list[str] = field(default_factory=list)  # the reposts' briefs
    title_zh: str = ""
    place_zh: str = ""
    kind: str = ""  # event.kind_en
    level: str = "other"  # national, provincial, city, county, township or other
    when: Day = field(default_factory=lambda: Day(None, None, None))
    outlets: list[str] = field(default_factory=list)  # this report's outlet, then its reposts'
    topics: list[str] = field(default_factory=list)
    path: str = ""  # the brief, relative to the batch folder (POSIX)


@dataclass(frozen=True)
class Day:
    """A meeting's date in parts; the year comes from the page when the text gives none."""

    year: int | None
    month: int | None
    day: int | None

    @property
    def month_key(self) -> str | None:
        return f"{self.year:04d}-{self.month:02d}" if self.year and self.month else None

    @property
    def iso(self) -> str | None:
        return f"{self.month_key}-{self.day:02d}" if self.month_key and self.day else None


_DAY = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?|()(\d{1,2})-(\d{1,2})")  # 2024-11-17, 2024-11, 11-17


def _day(event: dict, source: dict) -> Day:
    match = _DAY.fullmatch((event.get("date") or "").strip())
    if not match:
        return Day(None, None, None)
    year, month, day = match.group(1, 2, 3) if match.group(1) else match.group(4, 5, 6)
    page_year = (source.get("page_date") or "")[:4]
    year = year or (page_year if page_year.isdigit() and len(page_year) == 4 else None)
    if not 1 <= int(month) <= 12 or (day and not 1 <= int(day) <= 31):
        return Day(None, None, None)
    return Day(int(year) if year else None, int(month), int(day) if day else None)


_LEVEL_OF_KIND = {"province": "provincial", "prefecture": "city", "county": "county"}


def place_level(place_zh: str) -> str:
    """The administrative level of a jurisdiction: what the division table says (a county-level
    city, `义乌市`, is a county; `北京市` a province first), else its name's last characters."""
    place = (place_zh or "").strip()
    if not place:
        return "other"
    if place in ("中国", "全国", "国务院", "中央") or place.startswith("中华人民共和国"):
        return "national"
    kinds = [p.kind for p in places_named(place) if p.name == place]
    if kinds:
        return _LEVEL_OF_KIND[min(kinds, key=list(_LEVEL_OF_KIND).index)]  # the highest: 北京市 the province
    if place.endswith(("省", "自治区", "特别行政区")):
        return "provincial"
    if place.endswith(("自治州", "地区", "盟", "市")):
        return "city"
    if place.endswith(("县", "区", "旗")):
        return "county"
    if place.endswith(("镇", "乡", "街道", "苏木")):
        return "township"
    return "other"


@dataclass(frozen=True)
class _Fingerprint:
    """What makes two briefs one report: the same date, meeting and people, and summaries
    whose character pairs mostly agree."""

    facts: tuple
    pairs: frozenset


def _fingerprint(brief: dict) -> _Fingerprint:
    event = brief.get("event") or {}
    people = tuple(sorted(p.get("name_zh") or "" for p in brief.get("people") or []))
    text = re.sub(r"\W", "", (brief.get("summary") or {}).get("zh") or "")
    return _Fingerprint((event.get("date"), event.get("title_zh"), people), frozenset(zip(text, text[1:])))


def _same_report(a: _Fingerprint, b: _Fingerprint, threshold: float = 0.8) -> bool:
    """Two briefs of the same facts whose summaries mostly agree."""
    union = len(a.pairs | b.pairs)
    return union == 0 or len(a.pairs & b.pairs) / union >= threshold


@dataclass
class FrequentPerson:
    name: str
    title: str
    count: int


@dataclass
class Digest:
    entries: list[DigestEntry] = field(default_factory=list)
    people: list[FrequentPerson] = field(default_factory=list)
    extra: PeopleData | None = None  # the people index, ties, topics and changes


def _one_line(summary: dict) -> str:
    text = (summary.get("en") or summary.get("zh") or "").strip()
    match = _FIRST_SENTENCE.match(text)
    return match.group(0).strip() if match else text


def _link(json_path: Path, link_base: Path) -> str:
    markdown = json_path.with_suffix(".md")
    target = markdown if markdown.exists() else json_path
    # A link is a URL: `a%3Ab.txt.md` (an encoded `:`) and spaces must reach the file as named.
    return quote(Path(os.path.relpath(target, link_base)).as_posix())


def _date(event: dict, source: dict) -> str:
    """The meeting's date, with the page's year when the date gives none (`2024: 11-17`)."""
    date = event.get("date") or ""
    year = (source.get("page_date") or "")[:4]
    if date and len(date) < 10 and year:
        return f"{year}: {date}"
    return date or (f"{year}: undated" if year else "undated")


def _title(event: dict) -> str | None:
    """The English name; else its English kind with the Chinese name (`executive meeting (区政府常务会议)`)."""
    if event.get("title_en"):
        return event["title_en"]
    kind, zh = event.get("kind_en"), event.get("title_zh")
    if kind and zh:
        return f"{kind[0].upper()}{kind[1:]} ({zh})"
    return kind or zh


def collect(folder: Path, link_base: Path, top: int = 20, people: bool = True, allow_empty: bool = False) -> Digest:
    """Read every brief (`*.json` with the zhbrief schema) under a batch's output folder;
    links are relative to `link_base`. `people`: also the people index, ties, topics by
    month and changes (over the briefs left once reposts are merged)."""
    if not folder.is_dir():
        raise ZhbriefError(f"{folder} is not a folder of briefs.")
    digest = Digest()
    appearances: Counter[tuple[str, str]] = Counter()
    titles: dict[tuple[str, str], Counter[str]] = {}
    kept: list[DigestEntry] = []
    same_facts: dict[tuple, list[tuple[_Fingerprint, DigestEntry]]] = {}  # only these can be reposts
    kept_json: dict[str, dict] = {}  # the briefs left once reposts are merged, read once
    for path, brief in brief_files(folder):
        fingerprint, entry = _fingerprint(brief), _entry(brief, path, folder, link_base)
        candidates = same_facts.setdefault(fingerprint.facts, [])
        original = next((e for f, e in candidates if _same_report(f, fingerprint)), None)
        if original is not None:  # a repost: counted once, its people too
            original.copies += 1
            original.copy_links.append(entry.link)
            original.outlets.extend(o for o in entry.outlets if o not in original.outlets)
            continue
        candidates.append((fingerprint, entry))
        kept.append(entry)
        kept_json[entry.path] = brief
        for person in brief.get("people") or []:
            key = (person.get("name_en") or "", person.get("name_zh") or "")
            appearances[key] += 1
            titles.setdefault(key, Counter()).update(person.get("titles_en") or [])
    if not kept and not allow_empty:
        raise ZhbriefError(f"no zhbrief briefs (JSON) found under {folder}.")
    digest.entries = sorted(kept, key=lambda e: (e.date, e.title))
    for (name_en, name_zh), count in appearances.most_common(top):
        common = titles[(name_en, name_zh)].most_common(1)
        digest.people.append(FrequentPerson(f"{name_en} {name_zh}".strip(), common[0][0] if common else "", count))
    if people:
        from zhbrief.batch.digest_people import collect_people  # the people index: only when asked

        digest.extra = collect_people(digest.entries, kept_json)
    return digest


def _entry(brief: dict, path: Path, folder: Path, link_base: Path) -> DigestEntry:
    event, source = brief.get("event") or {}, brief.get("source") or {}
    outlet = source.get("outlet_en") or source.get("outlet_zh") or ""
    return DigestEntry(
        date=_date(event, source),
        title=_title(event) or path.stem,
        place=event.get("place_en") or event.get("place_zh") or "",
        outlet=outlet,
        summary=_one_line(brief.get("summary") or {}),
        link=_link(path, link_base),
        title_zh=event.get("title_zh") or "",
        place_zh=event.get("place_zh") or "",
        kind=event.get("kind_en") or "",
        level=place_level(event.get("place_zh") or ""),
        when=_day(event, source),
        outlets=[outlet] if outlet else [],
        topics=[t for t in brief.get("topics_en") or [] if isinstance(t, str)],
        path=path.relative_to(folder).as_posix(),
    )

