"""The brief as Markdown, for reports."""

from __future__ import annotations

import re

from zhbrief.render.view import BriefView

# Everything Markdown could read as markup: article text is data.
_MARKUP = re.compile(r"([\\`*_{}\[\]<>#|~&!])")


def escape_cell(text: str) -> str:
    """Text for a Markdown table cell or line, shown as written: every markup character
    escaped, line breaks made spaces. Every Markdown output (the brief, the digest, the
    people index) puts article text through this one escaper."""
    return _MARKUP.sub(r"\\\1", " ".join(text.splitlines()))


def render_markdown(view: BriefView) -> str:
    esc = escape_cell
    lines = [f"# {esc(view.heading)}", ""]
    lines += [f"- {esc(m)}" for m in view.meta]
    lines += ["", f"## {view.summary_label}", "", esc(view.summary)]
    if view.key_people:
        lines += ["", "## Key people", "", "| Role | Name | Titles |", "| --- | --- | --- |"]
        lines += [f"| {p.role} | {esc(p.name)} | {esc(p.titles)} |" for p in view.key_people]
    if view.directives:
        lines += ["", "## Directives", ""]
        lines += [f"{n}. **{esc(d.speaker)}**: {esc(d.text)}" for n, d in enumerate(view.directives, 1)]
    if view.attendees:
        lines += ["", "## Attended", ""]
        lines += [f"- **{esc(venue)}**: {esc(', '.join(names))}" for venue, names in view.attendees]
    if view.warnings:
        lines += ["", "## Warnings", ""]
        lines += [f"- {w}" for w in view.warnings]  # zhbrief's own sentences, `commands` in them
    return "\n".join(lines) + "\n"
