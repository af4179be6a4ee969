"""The people index's data: briefs as read from a batch's folder, and the people, their
appearances and titles found across them (built by `zhbrief.people_index.identity`)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from pydantic import ValidationError

from zhbrief.brief import SCHEMA, Brief
from zhbrief.errors import ZhbriefError

_FULL = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")  # 2024-11-17 or 2024-11
_NO_YEAR = re.compile(r"^\d{2}-\d{2}$")  # 11-17: the year is the page's


@dataclass(frozen=True)
class BriefRef:
    path: str  # relative to the folder, POSIX
    brief: Brief
    date: str | None  # the meeting's date, ISO (YYYY-MM-DD or YYYY-MM), or None


@dataclass
class Appearance:
    brief: str
    date: str | None
    place: str | None  # the event's place_zh
    role: str
    rank: int  # 1-based position in the brief's people list: protocol order
    titles_zh: list[str] = field(default_factory=list)
    titles_en: list[str] = field(default_factory=list)
    meeting_en: str | None = None


@dataclass
class TitleSeen:
    title_zh: str
    title_en: str
    first_seen: str | None
    last_seen: str | None
    first_brief: str


@dataclass
class Person:
    person_id: str
    name_zh: str
    name_en: str
    titles: list[TitleSeen] = field(default_factory=list)  # latest first
    places: list[str] = field(default_factory=list)
    appearances: list[Appearance] = field(default_factory=list)  # by date, undated last
    rule: str = ""  # the rule that joined or split them, in words

    def _count(self, role: str) -> int:
        return sum(a.role == role for a in self.appearances)

    @property
    def presided(self) -> int:
        return self._count("presided")

    @property
    def spoke(self) -> int:
        return self._count("spoke")

    @property
    def attended(self) -> int:
        return self._count("attended")

    @property
    def first_seen(self) -> str | None:
        return min((a.date for a in self.appearances if a.date), default=None)

    @property
    def last_seen(self) -> str | None:
        return max((a.date for a in self.appearances if a.date), default=None)

    @property
    def briefs(self) -> list[str]:
        return list(dict.fromkeys(a.brief for a in self.appearances))


@dataclass
class Changes:
    new_titles: list[tuple[Person, TitleSeen]] = field(default_factory=list)
    first_seen: list[Person] = field(default_factory=list)
    stopped: list[Person] = field(default_factory=list)


def brief_date(brief: Brief) -> str | None:
    """The meeting's date as ISO; a date without its year takes the page's (as the digest does)."""
    date = (brief.event.date or "").strip()
    if _FULL.match(date):
        return date
    year = (brief.source.page_date or "")[:4]
    if _NO_YEAR.match(date) and year.isdigit() and len(year) == 4:
        return f"{year}-{date}"
    return None


def brief_files(folder: Path) -> Iterator[tuple[Path, dict]]:
    """(path, JSON) of every zhbrief brief (`*.json`, schema zhbrief.brief/1) under a folder,
    sorted by path; files that are not briefs, or cannot be read, are passed over."""
    for path in sorted(folder.rglob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict) and data.get("schema") == SCHEMA:
            yield path, data


def brief_ref(path: str, data: dict) -> BriefRef | None:
    """A brief's JSON as a BriefRef; None when it does not hold to the contract."""
    try:
        brief = Brief.model_validate(data)
    except ValidationError:
        return None
    return BriefRef(path, brief, brief_date(brief))


def read_briefs(folder: Path) -> list[BriefRef]:
    """Every zhbrief brief under a batch's folder, by path (see brief_files)."""
    if not folder.is_dir():
        raise ZhbriefError(f"{folder} is not a folder of briefs.")
    found = [ref for path, data in brief_files(folder) if (ref := brief_ref(path.relative_to(folder).as_posix(), data))]
    if not found:
        raise ZhbriefError(f"no zhbrief briefs (JSON) found under {folder}.")
    return found
