"""`zhbrief people`: the people of a batch's briefs, one row each, or what changed since a date."""

from __future__ import annotations

import re
import sys
from datetime import date, timedelta
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from zhbrief.cli.common import print_error
from zhbrief.errors import ZhbriefError

_ISO = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")


class PeopleFormat(str, Enum):
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"


def _iso(value: Optional[str]) -> Optional[str]:
    """A date option: YYYY-MM-DD, or YYYY-MM for a month."""
    if value is None:
        return None
    try:
        if not _ISO.match(value):
            raise ValueError(value)
        date.fromisoformat(value if len(value) == 10 else f"{value}-01")
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD or YYYY-MM).")
    return value


def people(
    folder: Path = typer.Argument(..., help="A batch's --out folder."),
    fmt: Optional[PeopleFormat] = typer.Option(None, "--format", "-f", help="csv (the default; UTF-8 with a BOM for Excel), json, jsonl or markdown. --changes: markdown (the default) or json."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write here instead of stdout."),
    since: Optional[str] = typer.Option(None, callback=_iso, help="Only appearances on or after this date (YYYY-MM-DD). With --changes: the date changes are counted from."),
    until: Optional[str] = typer.Option(None, callback=_iso, help="Only appearances on or before this date (YYYY-MM-DD)."),
    place: Optional[str] = typer.Option(None, help="Only appearances in this place: part of its Chinese or English name."),
    changes: bool = typer.Option(False, "--changes", help="What changed since --since (default: 30 days before the newest date): new titles, new people, people no longer seen."),
) -> None:
    """The people across a batch's briefs, one row each: titles over time, places, roles, dates.

    A person is one name in one place; the same name in two places is two people unless
    a title ties them. With a date filter, undated appearances are left out.
    """
    from zhbrief.batch.store import atomic_write_text
    from zhbrief.people_index import build_people, find_changes, in_dates, read_briefs, restrict
    from zhbrief.people_index.table import changes_json, changes_markdown, render_people

    if changes and fmt in (PeopleFormat.csv, PeopleFormat.jsonl):
        raise typer.BadParameter("--changes prints markdown or json.", param_hint="--format")
    try:
        briefs = read_briefs(folder)
    except ZhbriefError as exc:
        print_error(str(exc))
        raise typer.Exit(1)
    found = build_people(briefs)
    if place:
        found = restrict(found, _in_place(place, {ref.path: ref.brief.event.place_en or "" for ref in briefs}))
    if changes:
        found = restrict(found, in_dates(None, until)) if until else found
        start = since or _default_since(found)
        if start is None:
            print_error(f"no dated appearances under {folder}: give --since.")
            raise typer.Exit(1)
        view = find_changes(found, start)
        text = changes_json(view, start) if fmt is PeopleFormat.json else changes_markdown(view, start)
    else:
        if since or until:
            found = restrict(found, in_dates(since, until))
        text = render_people(found, (fmt or PeopleFormat.csv).value)
    if out:
        atomic_write_text(out, text)
    else:
        sys.stdout.write(text)


def _in_place(wanted: str, places_en: dict[str, str]):
    """Appearances whose place's Chinese, or English (any case), contains `wanted`."""
    lowered = wanted.casefold()

    def keep(appearance) -> bool:
        return wanted in (appearance.place or "") or lowered in places_en.get(appearance.brief, "").casefold()

    return keep


def _default_since(found) -> Optional[str]:
    """30 days before the newest date any appearance has (a month counts as its first day)."""
    newest = max((a.date for p in found for a in p.appearances if a.date), default=None)
    if newest is None:
        return None
    day = date.fromisoformat(newest if len(newest) == 10 else f"{newest}-01")
    return (day - timedelta(days=30)).isoformat()
