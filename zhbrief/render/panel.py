"""The brief as a rich panel, for a terminal."""

from __future__ import annotations

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from zhbrief.render.view import BriefView


def _key_people(view: BriefView) -> Table:
    table = Table(box=None, show_header=False, padding=(0, 1), expand=False)
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column(style="bold")
    table.add_column()
    for person in view.key_people:
        table.add_row(Text(person.role), Text(person.name), Text(person.titles))  # text, never markup
    return table


def render_rich(view: BriefView) -> Panel:
    parts: list = [Text(line, style="dim") for line in view.meta]
    parts += [Text(""), Text(view.summary_label, style="bold underline"), Text(view.summary)]
    if view.key_people:
        parts += [Text(""), Text("Key people", style="bold underline"), _key_people(view)]
    if view.directives:
        parts += [Text(""), Text("Directives", style="bold underline")]
        for number, directive in enumerate(view.directives, 1):
            line = Text(f"{number}. ")
            line.append(f"[{directive.speaker}] ", style="cyan")
            line.append(directive.text)
            parts.append(line)
    if view.attendees:
        parts += [Text(""), Text("Attended", style="bold underline")]
        for venue, names in view.attendees:
            line = Text(f"{venue}: ", style="bold")
            line.append(", ".join(names), style="")
            parts.append(line)
    for warning in view.warnings:
        parts.append(Text(f"! {warning}", style="yellow"))
    return Panel(Group(*parts), title=Text(view.heading, style="bold"), title_align="left")
