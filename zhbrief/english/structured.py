"""The structured English of a brief, put together from the rules of this package: what a
brief has in English when no translator runs (and what a translator never overrides)."""

from __future__ import annotations

from zhbrief.brief import Brief
from zhbrief.english.event import add_event_english
from zhbrief.english.facts import fact_summary
from zhbrief.english.meetings import meeting_english
from zhbrief.english.outlets import outlet_to_english
from zhbrief.english.pinyin import name_to_pinyin
from zhbrief.english.terms import term_english, topics_in
from zhbrief.english.titles import titles_to_english

NO_TRANSLATOR_WARNING = (
    "no translator model in use: directives stay in Chinese; the English meeting name, place and "
    "summary are built from the glossary and the extracted facts."
)


def _headline_english(brief: Brief) -> str | None:
    """A headline that is the meeting's name (`全县…工作会议`) has its composed English."""
    headline = (brief.source.headline_zh or "").strip()
    if headline and headline == brief.event.title_zh:
        return brief.event.title_en
    return meeting_english(headline, term_english).title_en if headline else None


def add_structured_english(brief: Brief) -> None:
    """Fill in the English that needs no model: names, titles, the meeting's name, kind,
    place, conveners and venues, reporters, topics, and a summary built from these facts
    (replaced by a model's translation when a translator runs)."""
    pinyin_of = {p.name_zh: name_to_pinyin(p.name_zh) for p in brief.people}
    for person in brief.people:
        person.name_en = pinyin_of[person.name_zh]
        english = titles_to_english(person.titles_zh)
        person.titles_en = [t.en for t in english]
        for title in english:
            if not title.known:
                brief.warnings.append(f"title not in the glossary, left in Chinese: {title.zh}")
    for directive in brief.directives:
        if directive.speaker_zh:
            directive.speaker_en = pinyin_of.get(directive.speaker_zh) or name_to_pinyin(directive.speaker_zh)
    if brief.source.outlet_zh:
        brief.source.outlet_en = outlet_to_english(brief.source.outlet_zh)
    brief.source.reporters_en = [name_to_pinyin(name) for name in brief.source.reporters]
    for directive in brief.directives:
        directive.topics_en = topics_in(directive.text_zh, limit=4)
    add_event_english(brief.event, brief.summary.zh)
    brief.source.headline_en = _headline_english(brief)
    brief.summary.en = fact_summary(brief)
    brief.summary.en_from = "facts" if brief.summary.en else None
