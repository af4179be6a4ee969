"""A batch's digest as a dashboard: one self-contained HTML file (inline CSS, JS and SVG,
nothing fetched) with a timeline, a people index that filters as you type, who meets whom,
topics by month, recent changes and the meetings with their reposts merged. English first,
the Chinese beside it or on hover; all article text escaped, in attributes and the
embedded JSON too."""

from __future__ import annotations

import json
import unicodedata

from zhbrief.batch.digest import Digest, DigestEntry
from zhbrief.batch.digest_people import PeopleData
from zhbrief.render.dashboard_svg import esc, legend_html, ties_svg, timeline_svg

MAX_LINKS = 5  # briefs linked per person: the count says how many there are
MAX_MONTHS, MAX_TOPICS, MAX_CHANGES = 24, 20, 50

_CSS = (
    "body{font-family:system-ui,sans-serif;margin:1.5em auto;max-width:72em;line-height:1.35;color:#222}"
    "table{border-collapse:collapse;font-size:.9em}td,th{border:1px solid #ddd;padding:.15em .4em;text-align:left;"
    "vertical-align:top}th{background:#f4f4f4}.zh{color:#666}.key{margin-right:1em;font-size:.85em}"
    ".key .sw{display:inline-block;width:.8em;height:.8em;margin-right:.3em}svg{max-width:100%;height:auto}"
    "section{margin-bottom:2em}#people-filter{font-size:1em;padding:.3em;width:20em}.scroll{overflow-x:auto}"
    "td.n{text-align:right}td.r{white-space:nowrap}.box{max-height:32em;overflow:auto}"
)
# Filters the people index by the embedded keys: lower case, spaces and tone marks dropped.
_SCRIPT = (
    "(function(){var keys=JSON.parse(document.getElementById('people-keys').textContent);"
    "var rows=document.querySelectorAll('#people-index tbody tr');"
    "var input=document.getElementById('people-filter'),shown=document.getElementById('people-shown');"
    "function norm(s){return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g,'').toLowerCase().replace(/\\s+/g,'');}"
    "function filter(){var q=norm(input.value),n=0;for(var i=0;i<rows.length;i++){"
    "var show=!q||keys[i].indexOf(q)>=0;rows[i].hidden=!show;if(show)n++;}shown.textContent=n;}"
    "input.addEventListener('input',filter);filter();})();"
)


def bilingual(en: str | None, zh: str | None) -> str:
    """English with the Chinese on hover; the Chinese alone when there is no English."""
    if en and zh and en != zh:
        return f'<span title="{esc(zh)}">{esc(en)}</span>'
    return esc(en or zh or "")


def script_json(value: object) -> str:
    """JSON safe inside <script>: no `</` (nor `<!--`) can end or confuse the element."""
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/").replace("<!--", "\\u003c!--")


def filter_key(name_en: str, name_zh: str) -> str:
    text = unicodedata.normalize("NFD", f"{name_en}{name_zh}")
    return "".join(c for c in text if not unicodedata.combining(c) and not c.isspace()).lower()


def _copies(entry: DigestEntry) -> str:
    if entry.copies == 1:
        return ""
    links = ", ".join(f'<a href="{esc(link)}">{n}</a>' for n, link in enumerate(entry.copy_links, 2))
    return f" ({entry.copies} copies: {links})"


def meetings_table(entries: list[DigestEntry]) -> str:
    rows = "".join(
        f"<tr><td>{esc(e.date)}</td><td><a href=\"{esc(e.link)}\">{bilingual(e.title, e.title_zh)}</a>{_copies(e)}</td>"
        f"<td>{bilingual(e.place, e.place_zh)}</td><td>{esc(e.level)}</td><td>{esc('; '.join(e.outlets))}</td>"
        f"<td>{esc(e.summary)}</td></tr>"
        for e in entries
    )
    return ("<table id=\"meetings\"><thead><tr><th>Date</th><th>Meeting</th><th>Place</th><th>Level</th>"
            f"<th>Outlets</th><th>Summary</th></tr></thead><tbody>{rows}</tbody></table>")


def _titles(person) -> str:
    return "; ".join(
        f"{bilingual(t.title_en, t.title_zh)} ({esc(t.first_seen or '?')}–{esc(t.last_seen or '?')})" for t in person.titles
    )


def _roles(person) -> str:
    counts = (("presided", person.presided), ("spoke", person.spoke), ("attended", person.attended))
    return ", ".join(f"{role} {n}" for role, n in counts if n)


def _brief_links(person, data: PeopleData) -> str:
    briefs = person.briefs
    meetings = {a.brief: a.meeting_en or a.date or a.brief for a in person.appearances}
    links = " ".join(f'<a href="{esc(data.links.get(b, b))}" title="{esc(meetings.get(b, b))}">{n}</a>'
                     for n, b in enumerate(briefs[:MAX_LINKS], 1))
    return links + (f" +{len(briefs) - MAX_LINKS}" if len(briefs) > MAX_LINKS else "")


def _places(person, data: PeopleData) -> str:
    return ", ".join(bilingual(data.place_names.get(place), place) for place in person.places)


def people_index(data: PeopleData) -> str:
    rows = "".join(
        f"<tr><td class=\"r\">{esc(p.name_en)} <span class=\"zh\">{esc(p.name_zh)}</span></td><td class=\"n\">{len(p.briefs)}</td>"
        f"<td>{_titles(p)}</td><td class=\"r\">{esc(_roles(p))}</td><td>{_places(p, data)}</td><td>{_brief_links(p, data)}</td></tr>"
        for p in data.people
    )
    keys = script_json([filter_key(p.name_en, p.name_zh) for p in data.people])
    return (
        f'<p><input id="people-filter" type="search" placeholder="Filter: pinyin or 汉字" aria-label="Filter people"> '
        f'<span id="people-shown">{len(data.people)}</span> of {len(data.people)} people</p>'
        f'<script type="application/json" id="people-keys">{keys}</script>'
        '<div class="scroll box"><table id="people-index"><thead><tr><th>Person</th><th>Briefs</th><th>Titles over time'
        f"</th><th>Roles</th><th>Places</th><th>Briefs</th></tr></thead><tbody>{rows}</tbody></table></div>"
    )


def topics_table(data: PeopleData) -> str:
    months = sorted(m for m in data.topics if m != "undated")[-MAX_MONTHS:]
    months += ["undated"] if "undated" in data.topics else []
    totals: dict[str, int] = {}
    for month in months:
        for topic, n in data.topics[month].items():
            totals[topic] = totals.get(topic, 0) + n
    topics = sorted(totals, key=lambda t: (-totals[t], t))[:MAX_TOPICS]
    if not topics:
        return "<p>No topics named.</p>"
    most = max(data.topics[m][t] for m in months for t in topics) or 1
    head = "".join(f"<th>{esc(m)}</th>" for m in months)
    rows = "".join(
        f"<tr><td>{esc(t)}</td>" + "".join(
            f'<td class="n" style="background:rgba(41,128,185,{data.topics[m][t] / most:.2f})">{data.topics[m][t] or ""}</td>'
            for m in months) + "</tr>"
        for t in topics
    )
    return f'<div class="scroll"><table id="topics"><thead><tr><th>Topic</th>{head}</tr></thead><tbody>{rows}</tbody></table></div>'


def changes_html(data: PeopleData) -> str:
    if data.changes is None:
        return "<p>No dated meetings: no changes to show.</p>"
    c = data.changes
    titles = "".join(f"<li>{bilingual(p.name_en, p.name_zh)}: {bilingual(t.title_en, t.title_zh)} "
                     f"(first seen {esc(t.first_seen or '?')})</li>" for p, t in c.new_titles[:MAX_CHANGES])
    first = ", ".join(bilingual(p.name_en, p.name_zh) for p in c.first_seen[:MAX_CHANGES])
    stopped = ", ".join(bilingual(p.name_en, p.name_zh) for p in c.stopped[:MAX_CHANGES])
    return (f"<p>Since {esc(data.since)}.</p><h3>New titles ({len(c.new_titles)})</h3><ul>{titles}</ul>"
            f"<h3>First seen ({len(c.first_seen)})</h3><p>{first}</p><h3>No longer seen ({len(c.stopped)})</h3><p>{stopped}</p>")


def to_dashboard(digest: Digest) -> str:
    data = digest.extra or PeopleData()
    n = len(digest.entries)
    sections = [
        ("timeline", f"Timeline: {n} meetings", f"<p>{legend_html()}</p><div class=\"scroll\">{timeline_svg(digest.entries)}</div>"),
        ("people", "People index", people_index(data)),
        ("ties", "Who meets whom", f'<div class="scroll">{ties_svg(data.ties)}</div>'),
        ("topics-by-month", "Topics by month", topics_table(data)),
        ("changes", "Changes", changes_html(data)),
        ("meetings-list", "Meetings (reposts merged)", f'<div class="scroll box">{meetings_table(digest.entries)}</div>'),
    ]
    body = "".join(f'<section id="{sid}"><h2>{title}</h2>{content}</section>' for sid, title, content in sections)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<meta name=\"viewport\" content=\"width=device-width\"><title>zhbrief digest: {n} briefs</title>"
        f"<style>{_CSS}</style></head><body><h1>zhbrief digest: {n} briefs</h1>{body}"
        f"<script>{_SCRIPT}</script></body></html>\n"
    )
