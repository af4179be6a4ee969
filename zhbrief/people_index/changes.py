"""What changed around a date (new titles, new faces, people no longer seen), and people
restricted to some of their appearances (a date range, a place)."""

from __future__ import annotations

from typing import Callable

from zhbrief.people_index.identity import rebuild
from zhbrief.people_index.model import Appearance, Changes, Person


def find_changes(people: list[Person], since: str) -> Changes:
    """New titles first seen on/after `since` by people seen before it too (each with the brief
    that first shows it); people first seen on/after `since`; people seen before and not since.
    Undated appearances say nothing about when, so they are left out."""
    changes = Changes()
    for person in people:
        dates = [a.date for a in person.appearances if a.date]
        before, after = any(d < since for d in dates), any(d >= since for d in dates)
        if before and after:
            changes.new_titles += [(person, t) for t in person.titles if t.first_seen and t.first_seen >= since]
        elif after:
            changes.first_seen.append(person)
        elif before:
            changes.stopped.append(person)
    return changes


def restrict(people: list[Person], keep: Callable[[Appearance], bool]) -> list[Person]:
    """The people with only the appearances `keep` accepts (their titles and places follow);
    those left with none are dropped. The order is kept."""
    kept = []
    for person in people:
        appearances = [a for a in person.appearances if keep(a)]
        if appearances:
            kept.append(rebuild(person, appearances))
    return kept


def in_dates(since: str | None, until: str | None) -> Callable[[Appearance], bool]:
    """Appearances dated within [since, until]; undated ones never (the range cannot place them).
    A month (`2024-03`) counts as its first day against `since` and as within its own `until`."""

    def keep(a: Appearance) -> bool:
        if not a.date:
            return False
        return (since is None or a.date >= since) and (until is None or a.date[: len(until)] <= until)

    return keep
