"""A batch's digest as Markdown or as a standalone HTML page."""

from __future__ import annotations

from zhbrief.batch.digest import Digest, DigestEntry
from zhbrief.render.markdown import escape_cell as _cell


def _copies_markdown(entry: DigestEntry) -> str:
    """` (3 copies: [2](…), [3](…))` for a report posted more than once."""
    if entry.copies == 1:
        return ""
    links = ", ".join(f"[{n}]({link})" for n, link in enumerate(entry.copy_links, 2))
    return f" ({entry.copies} copies: {links})"


def _people_markdown(digest: Digest) -> list[str]:
    if digest.extra is None:
        return []
    lines = ["", "## People index", "", "| Person | Chinese | Briefs | Titles over time | Roles | First seen | Last seen |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for p in digest.extra.people:
        titles = "; ".join(f"{t.title_en or t.title_zh} ({t.first_seen or '?'}–{t.last_seen or '?'})" for t in p.titles)
        roles = ", ".join(f"{r} {n}" for r, n in (("presided", p.presided), ("spoke", p.spoke), ("attended", p.attended)) if n)
        lines.append(f"| {_cell(p.name_en)} | {_cell(p.name_zh)} | {len(p.briefs)} | {_cell(titles)} | {roles} "
                     f"| {p.first_seen or ''} | {p.last_seen or ''} |")
    return lines


def _changes_markdown(digest: Digest) -> list[str]:
    extra = digest.extra
    if extra is None or extra.changes is None:
        return []
    changes = extra.changes
    lines = ["", f"## Changes since {extra.since}", "", "| Change | Person | Chinese | Detail |", "| --- | --- | --- | --- |"]
    lines += [f"| new title | {_cell(p.name_en)} | {_cell(p.name_zh)} | {_cell(t.title_en or t.title_zh)} "
              f"{_cell(t.title_zh)} (first seen {t.first_seen or '?'}) |" for p, t in changes.new_titles]
    lines += [f"| first seen | {_cell(p.name_en)} | {_cell(p.name_zh)} | {p.first_seen or ''} |" for p in changes.first_seen]
    lines += [f"| no longer seen | {_cell(p.name_en)} | {_cell(p.name_zh)} | last seen {p.last_seen or ''} |"
              for p in changes.stopped]
    return lines


def to_markdown(digest: Digest) -> str:
    lines = [f"# zhbrief digest: {len(digest.entries)} briefs", "", "## Meetings by date", "",
             "| Date | Meeting | Place | Outlets |", "| --- | --- | --- | --- |"]
    lines += [f"| {e.date} | [{_cell(e.title)}]({e.link}){_copies_markdown(e)} | {_cell(e.place)} | {_cell('; '.join(e.outlets) or e.outlet)} |"
              for e in digest.entries]
    lines += ["", "## People who appear most", "", "| Person | Title | Briefs |", "| --- | --- | --- |"]
    lines += [f"| {_cell(p.name)} | {_cell(p.title)} | {p.count} |" for p in digest.people]
    lines += _people_markdown(digest) + _changes_markdown(digest)
    lines += ["", "## Briefs", ""]
    lines += [f"- **{e.date}** [{_cell(e.title)}]({e.link}){_copies_markdown(e)}: {_cell(e.summary)}" for e in digest.entries]
    return "\n".join(lines) + "\n"


def to_html(digest: Digest) -> str:
    """The dashboard page (`zhbrief.render.dashboard`)."""
    from zhbrief.render.dashboard import to_dashboard

    return to_dashboard(digest)
