"""The people index as rows (one per person) and the changes view, in CSV, JSON, JSON lines
and Markdown. CSV carries a BOM so that Excel reads the Chinese as UTF-8."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass, fields

from zhbrief.people_index.model import Changes, Person

FORMATS = ("csv", "json", "jsonl", "markdown")
JOIN = " | "  # lists in one CSV cell


@dataclass
class PersonRow:
    person_id: str
    name_zh: str
    name_en: str
    titles_zh: list[str]  # every title seen, latest first
    titles_en: list[str]
    places: list[str]
    appearances: int
    presided: int
    spoke: int
    attended: int
    first_seen: str | None
    last_seen: str | None
    briefs: list[str]
    rule: str


COLUMNS = [f.name for f in fields(PersonRow)]


def person_row(person: Person) -> PersonRow:
    return PersonRow(
        person.person_id, person.name_zh, person.name_en,
        [t.title_zh for t in person.titles], [t.title_en for t in person.titles], list(person.places),
        len(person.appearances), person.presided, person.spoke, person.attended,
        person.first_seen, person.last_seen, person.briefs, person.rule,
    )


def _flat(value: object) -> str:
    if isinstance(value, list):
        return JOIN.join(str(v) for v in value)
    return "" if value is None else str(value)


def to_csv(people: list[Person]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for person in people:
        row = asdict(person_row(person))
        writer.writerow([_flat(row[c]) for c in COLUMNS])
    return "\ufeff" + buffer.getvalue()


def _record(person: Person) -> dict:
    """A row, plus each title with its dates (JSON keeps what CSV cannot)."""
    record = asdict(person_row(person))
    record["titles"] = [asdict(t) for t in person.titles]
    return record


def to_json(people: list[Person]) -> str:
    return json.dumps([_record(p) for p in people], ensure_ascii=False, indent=2) + "\n"


def to_jsonl(people: list[Person]) -> str:
    return "".join(json.dumps(_record(p), ensure_ascii=False) + "\n" for p in people)


def to_markdown(people: list[Person]) -> str:
    from zhbrief.render.markdown import escape_cell as cell

    lines = [f"# People: {len(people)}", "",
             "| Person | Name | Titles | Places | Appearances | Presided | Spoke | Attended | First seen | Last seen |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for p in people:
        titles = "; ".join(f"{t.title_en} ({t.title_zh})" if t.title_en else t.title_zh for t in p.titles)
        lines.append(f"| {cell(p.person_id)} | {cell(p.name_en)} {cell(p.name_zh)} | {cell(titles)} | "
                     f"{cell(', '.join(p.places))} | {len(p.appearances)} | {p.presided} | {p.spoke} | "
                     f"{p.attended} | {p.first_seen or ''} | {p.last_seen or ''} |")
    return "\n".join(lines) + "\n"


def render_people(people: list[Person], fmt: str) -> str:
    writers = {"csv": to_csv, "json": to_json, "jsonl": to_jsonl, "markdown": to_markdown}
    return writers[fmt](people)


def _who(p: Person) -> dict:
    return {"person_id": p.person_id, "name_zh": p.name_zh, "name_en": p.name_en}


def changes_json(changes: Changes, since: str) -> str:
    data = {
        "since": since,
        "new_titles": [{**_who(p), "title_zh": t.title_zh, "title_en": t.title_en,
                        "first_seen": t.first_seen, "brief": t.first_brief} for p, t in changes.new_titles],
        "first_seen": [{**_who(p), "first_seen": p.first_seen, "brief": _first_dated_brief(p)}
                       for p in changes.first_seen],
        "stopped": [{**_who(p), "last_seen": p.last_seen} for p in changes.stopped],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _first_dated_brief(person: Person) -> str | None:
    return next((a.brief for a in person.appearances if a.date), None)


def changes_markdown(changes: Changes, since: str) -> str:
    from zhbrief.render.markdown import escape_cell as cell

    def name(p: Person) -> str:
        return f"{cell(p.name_en)} {cell(p.name_zh)} ({cell(p.person_id)})".strip()

    lines = [f"# Changes since {cell(since)}", "", "## New titles", ""]
    lines += [f"- {name(p)}: {cell(t.title_en or t.title_zh)} ({cell(t.title_zh)}), first seen "
              f"{t.first_seen} in {cell(t.first_brief)}" for p, t in changes.new_titles] or ["None."]
    lines += ["", "## Seen for the first time", ""]
    lines += [f"- {name(p)}: {p.first_seen} in {cell(_first_dated_brief(p) or '')}"
              for p in changes.first_seen] or ["None."]
    lines += ["", "## No longer seen", ""]
    lines += [f"- {name(p)}: last seen {p.last_seen}" for p in changes.stopped] or ["None."]
    return "\n".join(lines) + "\n"
