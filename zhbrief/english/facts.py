"""An English summary built from the brief's extracted facts, for when no translator runs:
who held what, when and how, who presided and spoke, how many attended, and the topics.
It names only people in `people`, and says it is built from facts (`summary.en_from`)."""

from __future__ import annotations

from datetime import date

from zhbrief.brief import Brief, Person

_MONTHS = "January February March April May June July August September October November December".split()


def _when(brief: Brief) -> str | None:
    """`On 17 November 2021`, `On 17 November`; None for a day alone or nothing."""
    text = brief.event.date or ""
    parts = text.split("-")
    try:
        if len(parts) == 3:
            day = date(int(parts[0]), int(parts[1]), int(parts[2]))
            return f"On {day.day} {_MONTHS[day.month - 1]} {day.year}"
        if len(parts) == 2:
            return f"On {int(parts[1])} {_MONTHS[int(parts[0]) - 1]}"
    except (ValueError, IndexError):
        return None
    return None


def _who(person: Person) -> str:
    """`Jiang Liansheng, Secretary of the Municipal Party Committee,` or the name alone."""
    title = next((t for t in person.titles_en if not t.startswith("[")), None)
    return f"{person.name_en}, {title}," if title else person.name_en


def _meeting(brief: Brief) -> str | None:
    event = brief.event
    if event.title_en:
        return f"the {event.title_en}"
    if event.kind_en:
        return f"a {event.kind_en}" if not event.kind_en[0].isdigit() else f"the {event.kind_en}"
    return None


_BODY_WORDS = ("Committee", "Government", "Council", "Congress", "CPPCC", "Bureau", "Group", "Presidium")


def _opening(brief: Brief) -> str | None:
    """`On 17 November the Municipal Party Committee held the …, by teleconference.`"""
    meeting = _meeting(brief)
    if meeting is None:
        return None
    event = brief.event
    if event.convener_en:
        holder = f"the {event.convener_en}" if any(w in event.convener_en for w in _BODY_WORDS) else event.convener_en
        sentence = f"{holder} held {meeting}"
    else:
        sentence = f"{meeting} was held"
    if event.place_en and event.place_en != event.convener_en:
        sentence += f" ({event.place_en})"
    if event.format_en:
        sentence += f", by {event.format_en}"
    when = _when(brief)
    sentence = f"{when} {sentence}" if when else sentence
    return f"{sentence[0].upper()}{sentence[1:]}."


def _roles(brief: Brief) -> str | None:
    presided = [_who(p) for p in brief.people if p.role == "presided"]
    spoke = [_who(p) for p in brief.people if p.role == "spoke"]
    attended = sum(p.role == "attended" for p in brief.people)
    clauses = []
    if spoke:
        clauses.append(f"{' and '.join(spoke)} spoke")
    if presided:
        clauses.append(f"{' and '.join(presided)} presided")
    if attended:
        clauses.append(f"{attended} official{'s' if attended > 1 else ''} attended")
    return "; ".join(clauses) + "." if clauses else None


def fact_summary(brief: Brief) -> str | None:
    """The facts in a few English sentences, or None when there is too little to say."""
    sentences = [s for s in (_opening(brief), _roles(brief)) if s]
    if brief.topics_en:
        sentences.append(f"Topics: {', '.join(brief.topics_en)}.")
    return " ".join(sentences) or None
