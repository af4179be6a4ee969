"""Who is who across briefs. A person is one name in one place (the event's place_zh):
the same name in two places is two people unless a title ties them (a title naming the
other's place, or the same title naming a place in both). A brief with no place joins the
only placed person of that name whose title it shares, else a person of unknown place.
National leaders (data/national_leaders.tsv) are one person each, wherever they appear."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from zhbrief.data import national_leaders
from zhbrief.people_index.model import Appearance, BriefRef, Person, TitleSeen

# A place's stem (`汶上县` -> `汶上`) is how titles name it: `汶上县委书记`, `汶上县长`.
_PLACE_SUFFIXES = "省市县区州盟旗镇乡"
KEPT_APART = "same name, different places: kept apart"


@dataclass
class _Mention:
    name_zh: str
    name_en: str
    appearance: Appearance


@dataclass
class _Cluster:
    """Mentions taken to be one person, and the rule that made them one."""

    mentions: list[_Mention] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)


def _mentions(briefs: list[BriefRef]) -> dict[str, list[_Mention]]:
    by_name: dict[str, list[_Mention]] = {}
    for ref in briefs:
        event = ref.brief.event
        meeting = event.title_en or event.kind_en
        place = (event.place_zh or "").strip() or None
        for rank, person in enumerate(ref.brief.people, 1):
            name = person.name_zh.strip()
            if not name:
                continue
            appearance = Appearance(ref.path, ref.date, place, person.role, rank,
                                    list(person.titles_zh), list(person.titles_en), meeting)
            by_name.setdefault(name, []).append(_Mention(name, person.name_en.strip(), appearance))
    return by_name


def build_people(briefs: list[BriefRef]) -> list[Person]:
    """Everyone in the briefs, most appearances first, then by English name."""
    leaders = national_leaders()
    people: list[Person] = []
    for name, mentions in sorted(_mentions(briefs).items()):
        if name in leaders:
            people.append(_person(f"{name}@national", mentions, "national leader", leaders[name]))
        else:
            people += _local_people(name, mentions)
    _make_ids_unique(people)
    return sorted(people, key=lambda p: (-len(p.appearances), p.name_en, p.person_id))


def _local_people(name: str, mentions: list[_Mention]) -> list[Person]:
    placed: dict[str, list[_Mention]] = {}
    unplaced: list[_Mention] = []
    for mention in mentions:
        place = mention.appearance.place
        (placed.setdefault(place, []) if place else unplaced).append(mention)
    clusters = _tie_places(placed)
    unknown = _Cluster(rules=["same name, no place: no single placed person shares a title"])
    joined_by: set[str] = set()
    # The placed person's own titles, taken once: a placeless mention joined a moment ago
    # must not lend its titles to the next (the result would depend on the briefs' order).
    placed_titles = _titles_of(clusters[0].mentions) if len(clusters) == 1 else set()
    for mention in unplaced:
        title = _shared_title(mention, placed_titles)
        (clusters[0] if title else unknown).mentions.append(mention)
        joined_by |= {title} if title else set()
    if joined_by:  # sorted: the rule must not depend on the briefs' order
        clusters[0].rules.append("no place, joined by the title " + ", ".join(sorted(joined_by)))
    if unknown.mentions:
        clusters.append(unknown)
    return [_person(_local_id(name, c), c.mentions, "; ".join(c.rules)) for c in clusters]


def _local_id(name: str, cluster: _Cluster) -> str:
    """`name@place`, the place of the first appearance (by date, then brief): not input order."""
    first = min(cluster.mentions, key=lambda m: _appearance_key(m.appearance)).appearance
    return f"{name}@{first.place or 'unknown'}"


def _tie_places(placed: dict[str, list[_Mention]]) -> list[_Cluster]:
    """One cluster per place, then clusters joined where a title ties their places."""
    places = sorted(placed)
    parent = {place: place for place in places}
    reasons: dict[str, list[str]] = {place: [] for place in places}

    def root(place: str) -> str:
        while parent[place] != place:
            place = parent[place]
        return place

    for i, a in enumerate(places):
        for b in places[i + 1:]:
            title = _tie(placed[a], a, placed[b], b, places)
            if title and root(a) != root(b):
                ra, rb = sorted((root(a), root(b)))
                parent[rb] = ra
                reasons[ra] += reasons.pop(rb) + [f"same name, tied across places by the title {title}"]
    groups: dict[str, _Cluster] = {}
    for place in places:
        cluster = groups.setdefault(root(place), _Cluster())
        cluster.mentions += placed[place]
    apart = [KEPT_APART] if len(groups) > 1 else []
    for key, cluster in groups.items():
        cluster.rules = (list(dict.fromkeys(reasons[key])) or ["same name and place"]) + apart
    return list(groups.values())


def _titles_of(mentions: list[_Mention]) -> set[str]:
    return {t for m in mentions for t in m.appearance.titles_zh if t}


def _names_place(title: str, place: str) -> bool:
    stem = place.rstrip(_PLACE_SUFFIXES)
    return place in title or (len(stem) >= 2 and stem in title)


def _tie(a: list[_Mention], place_a: str, b: list[_Mention], place_b: str, places: list[str]) -> str | None:
    """The title that ties two places' people: one naming the other's place, or one both
    hold that names a place (`县长` alone ties nobody: every county has one)."""
    titles_a, titles_b = _titles_of(a), _titles_of(b)
    for title in sorted(titles_b):
        if _names_place(title, place_a):
            return title
    for title in sorted(titles_a):
        if _names_place(title, place_b):
            return title
    for title in sorted(titles_a & titles_b):
        if any(_names_place(title, place) for place in places):
            return title
    return None


def _shared_title(mention: _Mention, titles: set[str]) -> str | None:
    shared = set(mention.appearance.titles_zh) & titles
    return min(shared) if shared else None


def _appearance_key(a: Appearance) -> tuple:
    return (a.date is None, a.date or "", a.brief, a.rank)


def _person(person_id: str, mentions: list[_Mention], rule: str, name_en: str | None = None) -> Person:
    names = Counter(m.name_en for m in mentions if m.name_en)
    english = name_en or (min(names, key=lambda n: (-names[n], n)) if names else "")
    person = Person(person_id, mentions[0].name_zh, english, rule=rule)
    return rebuild(person, [m.appearance for m in mentions])


def rebuild(person: Person, appearances: list[Appearance]) -> Person:
    """The person with these appearances, and the titles and places they show."""
    ordered = sorted(appearances, key=_appearance_key)
    places = list(dict.fromkeys(a.place for a in ordered if a.place))
    return Person(person.person_id, person.name_zh, person.name_en, titles_seen(ordered), places, ordered, person.rule)


def titles_seen(appearances: list[Appearance]) -> list[TitleSeen]:
    """Every title in the appearances (in date order), with when it was seen; latest first."""
    seen: dict[str, TitleSeen] = {}
    for a in appearances:
        for i, title in enumerate(a.titles_zh):
            if not title:
                continue
            english = a.titles_en[i] if i < len(a.titles_en) else ""
            entry = seen.setdefault(title, TitleSeen(title, english, a.date, a.date, a.brief))
            entry.title_en = english or entry.title_en  # the latest English wins
            if a.date:
                entry.first_seen = min(entry.first_seen or a.date, a.date)
                entry.last_seen = max(entry.last_seen or a.date, a.date)
    # Latest first, titles seen only undated last; ties keep the brief's own order (a stable sort).
    return sorted(seen.values(), key=lambda t: (t.last_seen or "", t.first_seen or ""), reverse=True)


def _make_ids_unique(people: list[Person]) -> None:
    """A place literally called `national` or `unknown` must not give two people one id."""
    taken: set[str] = set()
    for person in people:
        base, n = person.person_id, 1
        while person.person_id in taken:
            n += 1
            person.person_id = f"{base}~{n}"
        taken.add(person.person_id)
