"""The dashboard's inline SVG: the meetings timeline and the who-meets-whom matrix. Every
piece of article text goes through `esc` (it is data, never markup)."""

from __future__ import annotations

import html
from datetime import date

from zhbrief.batch.digest import DigestEntry
from zhbrief.batch.digest_people import Tie

LEVEL_COLOURS = {
    "national": "#c0392b",
    "provincial": "#e67e22",
    "city": "#2980b9",
    "county": "#27ae60",
    "township": "#8e44ad",
    "other": "#7f8c8d",
}
_LABEL_W, _PLOT_W, _ROW_H, _STACK = 110, 732, 46, 7
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _day_of_year(entry: DigestEntry) -> int:
    """0..365 along the year; a leap year stands in when the year is not known."""
    when = entry.when
    try:
        return (date(when.year or 2000, when.month or 1, when.day or 1) - date(when.year or 2000, 1, 1)).days
    except ValueError:  # 02-30 and the like: the month's start
        return (date(2000, when.month or 1, 1) - date(2000, 1, 1)).days


def _rows(entries: list[DigestEntry]) -> list[tuple[str, list[int]]]:
    """Row label and the entries' indices in it: each year, then month-day without a year, then undated."""
    years: dict[int, list[int]] = {}
    no_year, undated = [], []
    for i, entry in enumerate(entries):
        if entry.when.month is None:
            undated.append(i)
        elif entry.when.year is None:
            no_year.append(i)
        else:
            years.setdefault(entry.when.year, []).append(i)
    rows = [(str(year), years[year]) for year in sorted(years)]
    return rows + [(label, idx) for label, idx in (("year unknown", no_year), ("undated", undated)) if idx]


# The kind of meeting, by the organ holding it, as the mark's shape (its colour is the level).
ORGANS = (("Party", ("party", "politburo", "discipline")), ("government", ("government", "executive", "state council")),
          ("people's congress", ("people's congress", "npc")), ("CPPCC", ("cppcc", "political consultative")))
_SHAPES = {"Party": "square", "government": "circle", "people's congress": "diamond", "CPPCC": "triangle", "other": "bar"}


def organ_of(kind: str) -> str:
    lowered = kind.lower()
    return next((organ for organ, words in ORGANS if any(w in lowered for w in words)), "other")


def _shape(shape: str, x: float, y: float) -> tuple[str, str]:
    """(the SVG element, its geometry) of a mark about 6 px across at (x, y)."""
    if shape == "circle":
        return "circle", f'cx="{x + 3:.1f}" cy="{y + 3:.1f}" r="3"'
    if shape in ("diamond", "triangle"):
        points = ((3, 0), (6, 3), (3, 6), (0, 3)) if shape == "diamond" else ((3, 0), (6, 6), (0, 6))
        return "polygon", 'points="' + " ".join(f"{x + dx:.1f},{y + dy:.1f}" for dx, dy in points) + '"'
    width = 6 if shape == "square" else 4
    return "rect", f'x="{x:.1f}" y="{y:.1f}" width="{width}" height="6"'


def _mark(i: int, entry: DigestEntry, x: float, y: float) -> str:
    label = " · ".join(p for p in (entry.date, entry.title, entry.title_zh if entry.title_zh != entry.title else "",
                                    entry.place, entry.kind, f"{entry.copies} copies" if entry.copies > 1 else "") if p)
    organ = organ_of(entry.kind)
    tag, geometry = _shape(_SHAPES[organ], x, y)
    return (f'<{tag} class="mark" data-meeting="{i}" data-level="{esc(entry.level)}" data-kind="{esc(entry.kind)}" '
            f'data-organ="{esc(organ)}" {geometry} fill="{LEVEL_COLOURS.get(entry.level, "#7f8c8d")}">'
            f"<title>{esc(label)}</title></{tag}>")


def _row_marks(entries: list[DigestEntry], indices: list[int], top: int, dated: bool) -> list[str]:
    marks, stacked = [], {}
    for n, i in enumerate(indices):
        slot = _day_of_year(entries[i]) if dated else n % 240
        k = stacked.get(slot, 0) if dated else n // 240
        stacked[slot] = k + 1
        x = _LABEL_W + (slot / 366 * _PLOT_W if dated else slot * 3)
        marks.append(_mark(i, entries[i], x, top + _ROW_H - 9 - (k % _STACK) * 5))
    return marks


def timeline_svg(entries: list[DigestEntry]) -> str:
    """One mark per meeting (reposts already merged), a row per year."""
    rows = _rows(entries)
    height = max(1, len(rows)) * _ROW_H + 20
    parts = [f'<svg id="timeline" xmlns="http://www.w3.org/2000/svg" width="{_LABEL_W + _PLOT_W + 10}" '
             f'height="{height}" role="img" aria-label="Meetings by date">']
    for m, name in enumerate(_MONTHS):
        x = _LABEL_W + m * _PLOT_W / 12
        parts.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height - 16}" stroke="#eee"/>'
                     f'<text x="{x + 2:.1f}" y="{height - 4}" font-size="10" fill="#666">{name}</text>')
    for r, (label, indices) in enumerate(rows):
        top = r * _ROW_H
        parts.append(f'<text x="4" y="{top + _ROW_H / 2 + 4:.0f}" font-size="12">{esc(label)} ({len(indices)})</text>'
                     f'<line x1="{_LABEL_W}" y1="{top + _ROW_H}" x2="{_LABEL_W + _PLOT_W}" y2="{top + _ROW_H}" stroke="#ccc"/>')
        parts += _row_marks(entries, indices, top, label != "undated")
    return "".join(parts) + "</svg>"


def legend_html() -> str:
    """Colour: the level; shape: the organ holding the meeting."""
    levels = "".join(f'<span class="key"><span class="sw" style="background:{colour}"></span>{level}</span>'
                     for level, colour in LEVEL_COLOURS.items())
    organs = "".join(f'<span class="key"><svg width="8" height="8">{_legend_shape(shape)}</svg> {esc(organ)}</span>'
                     for organ, shape in _SHAPES.items())
    return f"{levels}<br>{organs}"


def _legend_shape(shape: str) -> str:
    tag, geometry = _shape(shape, 1, 1)
    return f'<{tag} {geometry} fill="#555"/>'



def _name(person) -> str:
    return person.name_en or person.name_zh


def ties_svg(ties: list[Tie]) -> str:
    """A symmetric matrix of the people in the strongest ties; darker: more briefs together."""
    if not ties:
        return "<p>No two people appear in the same brief.</p>"
    people = list({id(p): p for tie in ties for p in (tie.a, tie.b)}.values())
    order = {id(p): n for n, p in enumerate(people)}
    cell, left, head = 14, 150, 110
    size = len(people) * cell
    most = max(t.count for t in ties)
    parts = [f'<svg id="ties" xmlns="http://www.w3.org/2000/svg" width="{left + size + 10}" height="{head + size + 10}" '
             'role="img" aria-label="Who meets whom">']
    for n, person in enumerate(people):
        y, x = head + n * cell + cell - 3, left + n * cell + cell - 3
        title = f"<title>{esc(person.name_zh)}</title>"
        parts.append(f'<text x="{left - 4}" y="{y}" font-size="11" text-anchor="end">{esc(_name(person))}{title}</text>'
                     f'<text transform="translate({x},{head - 4}) rotate(-60)" font-size="11">{esc(_name(person))}{title}</text>')
    parts.append(f'<rect x="{left}" y="{head}" width="{size}" height="{size}" fill="none" stroke="#ccc"/>')
    for tie in ties:
        a, b = order[id(tie.a)], order[id(tie.b)]
        label = f"{_name(tie.a)} {tie.a.name_zh} & {_name(tie.b)} {tie.b.name_zh}: {tie.count} briefs together"
        for row, col in ((a, b), (b, a)):
            parts.append(f'<rect class="tie" x="{left + col * cell}" y="{head + row * cell}" width="{cell - 1}" '
                         f'height="{cell - 1}" fill="#2c3e50" fill-opacity="{0.2 + 0.8 * tie.count / most:.2f}">'
                         f"<title>{esc(label)}</title></rect>")
    return "".join(parts) + "</svg>"
