"""A batch's digest as Markdown or as a standalone HTML page."""

from __future__ import annotations

import html

from zhbrief.batch.digest import Digest, DigestEntry


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _copies_markdown(entry: DigestEntry) -> str:
    """` (3 copies: [2](…), [3](…))` for a report posted more than once."""
    if entry.copies == 1:
        return ""
    links = ", ".join(f"[{n}]({link})" for n, link in enumerate(entry.copy_links, 2))
    return f" ({entry.copies} copies: {links})"


def to_markdown(digest: Digest) -> str:
    lines = [f"# zhbrief digest: {len(digest.entries)} briefs", "", "## Meetings by date", "",
             "| Date | Meeting | Place | Outlet |", "| --- | --- | --- | --- |"]
    lines += [f"| {e.date} | [{_cell(e.title)}]({e.link}){_copies_markdown(e)} | {_cell(e.place)} | {_cell(e.outlet)} |"
              for e in digest.entries]
    lines += ["", "## People who appear most", "", "| Person | Title | Briefs |", "| --- | --- | --- |"]
    lines += [f"| {_cell(p.name)} | {_cell(p.title)} | {p.count} |" for p in digest.people]
    lines += ["", "## Briefs", ""]
    lines += [f"- **{e.date}** [{_cell(e.title)}]({e.link}){_copies_markdown(e)}: {e.summary}" for e in digest.entries]
    return "\n".join(lines) + "\n"


def _copies_html(entry: DigestEntry) -> str:
    if entry.copies == 1:
        return ""
    links = ", ".join(f"<a href=\"{html.escape(link)}\">{n}</a>" for n, link in enumerate(entry.copy_links, 2))
    return f" ({entry.copies} copies: {links})"


def to_html(digest: Digest) -> str:
    esc = html.escape
    meetings = "".join(
        f"<tr><td>{esc(e.date)}</td><td><a href=\"{esc(e.link)}\">{esc(e.title)}</a>{_copies_html(e)}</td>"
        f"<td>{esc(e.place)}</td><td>{esc(e.outlet)}</td></tr>"
        for e in digest.entries
    )
    people = "".join(f"<tr><td>{esc(p.name)}</td><td>{esc(p.title)}</td><td>{p.count}</td></tr>" for p in digest.people)
    briefs = "".join(
        f"<li><b>{esc(e.date)}</b> <a href=\"{esc(e.link)}\">{esc(e.title)}</a>{_copies_html(e)}: {esc(e.summary)}</li>"
        for e in digest.entries
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
