"""What a human-readable brief shows, prepared once for every renderer (rich, text, markdown)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # for annotations only: Brief's to_text()/to_markdown() import this module
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
    summary_label: str
    key_people: list[KeyPerson]
    directives: list[NumberedDirective]
    attendees: list[tuple[str, list[str]]]  # (venue label, "Name (title)" entries)
    warnings: list[str] = field(default_factory=list)


def _person_label(person: Person, to_display, with_title: bool = True) -> str:
    name = f"{person.name_en} {to_display(person.name_zh)}" if person.name_en else to_display(person.name_zh)
    if not with_title or not person.titles_en:
        return name
    return f"{name} ({'; '.join(person.titles_en)})"


def _venue_label(venue: str | None, english: dict[str, str | None], to_display) -> str:
    label = english.get(venue) if venue else VENUE_LABELS.get(venue)
    if venue is None:
        return label or "venue not stated"
    if label is None and venue.endswith("分会场"):
        label = "branch venue"
    return f"{label} ({to_display(venue)})" if label else to_display(venue)


def _with_zh(english: str | None, chinese: str | None, to_display) -> str | None:
    """`Wuzhou, Guangxi (梧州市)`, or the Chinese alone when there is no English."""
    if english and chinese:
        return f"{english} ({to_display(chinese)})"
    return english or (to_display(chinese) if chinese else None)


def _meta(brief: Brief, to_display) -> list[str]:
    event, source = brief.event, brief.source
    meta = []
    if event.title_en and event.title_zh:
        meta.append(f"Meeting: {to_display(event.title_zh)}")
    elif event.kind_en:
        meta.append(f"Kind: {event.kind_en}")
    if place := _with_zh(event.place_en, event.place_zh, to_display):
        meta.append(f"Place: {place}")
    convener = _with_zh(event.convener_en, event.convener_zh, to_display)
    details = [d for d in (event.format_en and f"Format: {event.format_en}", convener and f"Convened by: {convener}") if d]
    if details:
        meta.append(" · ".join(details))
    if source.outlet_zh or source.reporters:
        outlet = f"{source.outlet_en} ({to_display(source.outlet_zh)})" if source.outlet_zh else "unknown outlet"
        names = [f"{en} {to_display(zh)}" for en, zh in zip(source.reporters_en, source.reporters)] or source.reporters
        reporters = f", reported by {', '.join(names)}" if names else ""
        meta.append(f"Source: {outlet}{reporters}")
    if source.headline_zh and (event.title_en or event.title_zh) and source.headline_zh != event.title_zh:
        meta.append(f"Headline: {_with_zh(source.headline_en, source.headline_zh, to_display)}")
    if source.url:
        meta.append(f"Page: {source.url}")
    if brief.topics_en:
        meta.append(f"Topics: {'; '.join(brief.topics_en)}")
    return meta


def build_view(brief: Brief, to_display=lambda text: text) -> BriefView:
    """`to_display` converts Chinese for display (`--script original` gives Traditional back)."""
    event = brief.event
    source = brief.source
    headline = source.headline_en or (to_display(source.headline_zh) if source.headline_zh else None)
    title = event.title_en or (to_display(event.title_zh) if event.title_zh else headline or "Untitled meeting")
    when = f"{event.date} (completed from the page's date)" if event.date_from == "page" else event.date
    heading = f"{title} — {when}" if when else title
    key = [KeyPerson(ROLE_LABELS[p.role], _person_label(p, to_display, False), "; ".join(p.titles_en) or "—")
           for p in brief.people if p.role != "attended"]
    venues = dict(zip(event.venues_zh, event.venues_en))
    groups: dict[str, list[str]] = {}
    for person in brief.people:
        if person.role == "attended":
            groups.setdefault(_venue_label(person.venue_zh, venues, to_display), []).append(_person_label(person, to_display))
    directives = [NumberedDirective(d.speaker_en or (d.speaker_zh and to_display(d.speaker_zh)) or "The meeting",
                                    d.text_en or to_display(d.text_zh)) for d in brief.directives]
    from_facts = brief.summary.en_from == "facts"
    return BriefView(
        heading=heading,
        meta=_meta(brief, to_display),
        summary=brief.summary.en or to_display(brief.summary.zh),
        summary_label="Summary (built from the facts, not a translation)" if from_facts else "Summary",
        key_people=key,
        directives=directives,
        attendees=list(groups.items()),
        warnings=list(brief.warnings),
    )
