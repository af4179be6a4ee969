"""What a human-readable brief shows, prepared once for every renderer (rich, text, markdown)."""

from __future__ import annotations

from dataclasses import dataclass, field

from zhbrief.brief import Brief, Person

ROLE_LABELS = {"presided": "Presided", "spoke": "Spoke", "attended": "Attended"}
VENUE_LABELS = {"主会场": "main venue", None: "venue not stated"}


@dataclass
class KeyPerson:
    role: str
    name: str
    titles: str


@dataclass
class NumberedDirective:
    speaker: str
    text: str


@dataclass
class BriefView:
    heading: str
    meta: list[str]
    summary: str
    key_people: list[KeyPerson]
    directives: list[NumberedDirective]
    attendees: list[tuple[str, list[str]]]  # (venue label, "Name (title)" entries)
    warnings: list[str] = field(default_factory=list)


def _person_label(person: Person, to_display, with_title: bool = True) -> str:
    name = f"{person.name_en} {to_display(person.name_zh)}" if person.name_en else to_display(person.name_zh)
    if not with_title or not person.titles_en:
        return name
    return f"{name} ({'; '.join(person.titles_en)})"


def _venue_label(venue: str | None, to_display) -> str:
    label = VENUE_LABELS.get(venue)
    if venue is None:
        return label
    if label is None and venue.endswith("分会场"):
        label = "branch venue"
    return f"{to_display(venue)} ({label})" if label else to_display(venue)


def build_view(brief: Brief, to_display=lambda text: text) -> BriefView:
    """`to_display` converts Chinese for display (`--script original` gives Traditional back)."""
    event, source = brief.event, brief.source
    title = event.title_en or (to_display(event.title_zh) if event.title_zh else "Untitled meeting")
    when = f"{event.date} (completed from the page's date)" if event.date_from == "page" else event.date
    heading = f"{title} — {when}" if when else title
    meta = []
    if event.title_en and event.title_zh:
        meta.append(f"Meeting: {to_display(event.title_zh)}")
    details = [d for d in (event.format_en and f"Format: {event.format_en}",
                           event.convener_zh and f"Convened by: {to_display(event.convener_zh)}") if d]
    if details:
        meta.append(" · ".join(details))
    if source.outlet_zh or source.reporters:
        outlet = f"{source.outlet_en} ({to_display(source.outlet_zh)})" if source.outlet_zh else "unknown outlet"
        reporters = f", reported by {'、'.join(map(to_display, source.reporters))}" if source.reporters else ""
        meta.append(f"Source: {outlet}{reporters}")
    key = [KeyPerson(ROLE_LABELS[p.role], _person_label(p, to_display, False), "; ".join(p.titles_en) or "—")
           for p in brief.people if p.role != "attended"]
    groups: dict[str, list[str]] = {}
    for person in brief.people:
        if person.role == "attended":
            groups.setdefault(_venue_label(person.venue_zh, to_display), []).append(_person_label(person, to_display))
    directives = [NumberedDirective(d.speaker_en or (d.speaker_zh and to_display(d.speaker_zh)) or "The meeting",
                                    d.text_en or to_display(d.text_zh)) for d in brief.directives]
    return BriefView(
        heading=heading,
        meta=meta,
        summary=brief.summary.en or to_display(brief.summary.zh),
        key_people=key,
        directives=directives,
        attendees=list(groups.items()),
        warnings=list(brief.warnings),
    )
