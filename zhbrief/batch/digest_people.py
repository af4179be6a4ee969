"""The digest's people side: the people index (`zhbrief.people_index`) over the briefs left once
reposts are merged, who meets whom (co-attendance in one brief), topics by month and the
changes of the last 30 days."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import combinations
from typing import TYPE_CHECKING

from zhbrief.people_index import Changes, Person, build_people, find_changes
from zhbrief.people_index.model import brief_ref

if TYPE_CHECKING:
    from zhbrief.batch.digest import DigestEntry

CHANGE_WINDOW_DAYS = 30


@dataclass
class Tie:
    """Two people named in the same briefs, and in how many."""

    a: Person
    b: Person
    count: int


@dataclass
class PeopleData:
    people: list[Person] = field(default_factory=list)  # most appearances first
    links: dict[str, str] = field(default_factory=dict)  # brief path -> link from the digest
    place_names: dict[str, str] = field(default_factory=dict)  # place_zh -> place_en, as the briefs give them
    ties: list[Tie] = field(default_factory=list)  # strongest first
    topics: dict[str, Counter[str]] = field(default_factory=dict)  # YYYY-MM (or "undated") -> topic counts
    changes: Changes | None = None
    since: str | None = None  # changes are those after this date (ISO)


def collect_people(entries: list[DigestEntry], briefs: dict[str, dict], top_ties: int = 30) -> PeopleData:
    """`briefs`: the JSON of the entries' briefs by path (reposts merged: they count once)."""
    refs = [ref for path, data in sorted(briefs.items()) if (ref := brief_ref(path, data))]
    people = sorted(build_people(refs), key=lambda p: (-len(p.briefs), p.name_en, p.name_zh))
    data = PeopleData(people=people, links={e.path: e.link for e in entries},
                      place_names={e.place_zh: e.place for e in entries if e.place_zh and e.place})
    data.ties = strongest_ties(people, top_ties)
    data.topics = topics_by_month(entries)
    data.since = _since(entries)
    if data.since is not None:
        data.changes = find_changes(people, data.since)
    return data


def strongest_ties(people: list[Person], top: int) -> list[Tie]:
    """The pairs named together in the most briefs (ties broken by name, for stable pages)."""
    in_brief: dict[str, list[int]] = {}
    for index, person in enumerate(people):
        for brief in person.briefs:
            in_brief.setdefault(brief, []).append(index)
    pairs: Counter[tuple[int, int]] = Counter()
    for members in in_brief.values():
        pairs.update(combinations(sorted(set(members)), 2))
    ranked = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return [Tie(people[a], people[b], n) for (a, b), n in ranked]


def topics_by_month(entries: list[DigestEntry]) -> dict[str, Counter[str]]:
    months: dict[str, Counter[str]] = {}
    for entry in entries:
        if entry.topics:
            months.setdefault(entry.when.month_key or "undated", Counter()).update(set(entry.topics))
    return months


def _since(entries: list[DigestEntry]) -> str | None:
    """30 days before the newest meeting date, when any has a full date."""
    days = []
    for entry in entries:
        try:
            days.append(date.fromisoformat(entry.when.iso or ""))
        except ValueError:
            continue
    return (max(days) - timedelta(days=CHANGE_WINDOW_DAYS)).isoformat() if days else None
