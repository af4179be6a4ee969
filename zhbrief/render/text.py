"""The brief as plain text, for pipes and files (no colour, no box drawing)."""

from __future__ import annotations

import unicodedata

from zhbrief.render.view import BriefView


def display_width(text: str) -> int:
    """Terminal columns: Chinese characters and full-width punctuation take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def render_text(view: BriefView) -> str:
    lines = [view.heading, "=" * min(display_width(view.heading), 72), *view.meta, "", view.summary_label, view.summary]
    if view.key_people:
        lines += ["", "Key people"]
        lines += [f"  {p.role}: {p.name} — {p.titles}" for p in view.key_people]
    if view.directives:
        lines += ["", "Directives"]
        lines += [f"  {n}. [{d.speaker}] {d.text}" for n, d in enumerate(view.directives, 1)]
    if view.attendees:
        lines += ["", "Attended"]
        lines += [f"  {venue}: {', '.join(names)}" for venue, names in view.attendees]
    if view.warnings:
        lines += ["", *(f"! {w}" for w in view.warnings)]
    return "\n".join(lines) + "\n"
