"""A digest of a batch's briefs: meetings by date, the people who appear most, and a
one-line English summary with a link for each brief; Markdown or a standalone HTML page."""

from __future__ import annotations

import html
import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from zhbrief.brief import SCHEMA
from zhbrief.errors import ZhbriefError

_FIRST_SENTENCE = re.compile(r"^.+?(?:[.!?。！？](?=\s|$)|$)")


@dataclass
class DigestEntry:
    date: str
    title: str
    place: str
    outlet: str
    summary: str
    link: str


@dataclass
class FrequentPerson:
    name: str
    title: str
    count: int


@dataclass
class Digest:
    entries: list[DigestEntry] = field(default_factory=list)
    people: list[FrequentPerson] = field(default_factory=list)


def _one_line(summary: dict) -> str:
    text = (summary.get("en") or summary.get("zh") or "").strip()
    match = _FIRST_SENTENCE.match(text)
    return match.group(0).strip() if match else text


def _link(json_path: Path, link_base: Path) -> str:
    markdown = json_path.with_suffix(".md")
    target = markdown if markdown.exists() else json_path
    return Path(os.path.relpath(target, link_base)).as_posix()


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


def collect(folder: Path, link_base: Path, top: int = 20) -> Digest:
    """Read every brief (`*.json` with the zhbrief schema) under a batch's output folder."""
    if not folder.is_dir():
        raise ZhbriefError(f"{folder} is not a folder of briefs.")
    digest = Digest()
    appearances: Counter[tuple[str, str]] = Counter()
    titles: dict[tuple[str, str], Counter[str]] = {}
    for path in sorted(folder.rglob("*.json")):
        try:
            brief = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(brief, dict) or brief.get("schema") != SCHEMA:
            continue
        event, source = brief.get("event") or {}, brief.get("source") or {}
        digest.entries.append(DigestEntry(
            date=_date(event, source),
            title=_title(event) or path.stem,
            place=event.get("place_en") or event.get("place_zh") or "",
            outlet=source.get("outlet_en") or source.get("outlet_zh") or "",
            summary=_one_line(brief.get("summary") or {}),
            link=_link(path, link_base),
        ))
        for person in brief.get("people") or []:
            key = (person.get("name_en") or "", person.get("name_zh") or "")
            appearances[key] += 1
            titles.setdefault(key, Counter()).update(person.get("titles_en") or [])
    digest.entries.sort(key=lambda e: (e.date, e.title))
    for (name_en, name_zh), count in appearances.most_common(top):
        common = titles[(name_en, name_zh)].most_common(1)
        digest.people.append(FrequentPerson(f"{name_en} {name_zh}".strip(), common[0][0] if common else "", count))
    if not digest.entries:
        raise ZhbriefError(f"no zhbrief briefs (JSON) found under {folder}.")
    return digest


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(digest: Digest) -> str:
    lines = [f"# zhbrief digest: {len(digest.entries)} briefs", "", "## Meetings by date", "",
             "| Date | Meeting | Place | Outlet |", "| --- | --- | --- | --- |"]
    lines += [f"| {e.date} | [{_cell(e.title)}]({e.link}) | {_cell(e.place)} | {_cell(e.outlet)} |" for e in digest.entries]
    lines += ["", "## People who appear most", "", "| Person | Title | Briefs |", "| --- | --- | --- |"]
    lines += [f"| {_cell(p.name)} | {_cell(p.title)} | {p.count} |" for p in digest.people]
    lines += ["", "## Briefs", ""]
    lines += [f"- **{e.date}** [{_cell(e.title)}]({e.link}): {e.summary}" for e in digest.entries]
    return "\n".join(lines) + "\n"


def to_html(digest: Digest) -> str:
    esc = html.escape
    meetings = "".join(
        f"<tr><td>{esc(e.date)}</td><td><a href=\"{esc(e.link)}\">{esc(e.title)}</a></td><td>{esc(e.place)}</td>"
        f"<td>{esc(e.outlet)}</td></tr>"
        for e in digest.entries
    )
    people = "".join(f"<tr><td>{esc(p.name)}</td><td>{esc(p.title)}</td><td>{p.count}</td></tr>" for p in digest.people)
    briefs = "".join(
        f"<li><b>{esc(e.date)}</b> <a href=\"{esc(e.link)}\">{esc(e.title)}</a>: {esc(e.summary)}</li>" for e in digest.entries
    )
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>zhbrief digest: {len(digest.entries)} briefs</title>"
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}</style>"
        f"</head><body><h1>zhbrief digest: {len(digest.entries)} briefs</h1>"
        f"<h2>Meetings by date</h2><table><tr><th>Date</th><th>Meeting</th><th>Place</th><th>Outlet</th></tr>{meetings}</table>"
        f"<h2>People who appear most</h2><table><tr><th>Person</th><th>Title</th><th>Briefs</th></tr>{people}</table>"
        f"<h2>Briefs</h2><ul>{briefs}</ul></body></html>\n"
    )
