"""Participants: who presided, who spoke, who attended, with titles, venue and evidence.

A sentence is read as `subject + role verb`. The subject is found by walking back from
the verb chunk by chunk (chunks split at `，` and spaces): each chunk's items are read
on their own (see `person_items`), a chunk that holds no person ends the walk, and an
item that is not a person costs only that item. Names written as citations
(`习近平总书记指出`) and people named in clauses without a role verb are not participants.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from zhbrief.brief import Person, Role
from zhbrief.extract.chunks import Chunk, read_forward, subject_chunks
from zhbrief.extract.lexicon import SPEECH_VERBS, VENUE
from zhbrief.extract.names import has_surname, is_known_word, is_transliterated
from zhbrief.extract.person_items import NameToken
from zhbrief.extract.predicates import LABELLED_LIST, LIST_AFTER, Predicate, find_predicates, higher_role
from zhbrief.extract.tagged import TaggedSentence, refutation, tag_sentence, tagged_mentions
from zhbrief.extract.tagger import Tagger
from zhbrief.extract.titles import CITED_AFTER_NAME, TITLE, is_unique_post

# `副市长（挂职）李东`: an aside inside a list.
_ASIDE = re.compile(r"[（(](?:挂职|兼|正处级|副处级|正厅级|副厅级|女|主持工作|待任|[\u4e00-\u9fff]族)[）)]")
# `听取`, `听取并审议了`, `分别听取、审议通过了`: what a session heard.
_HEAR = r"听取(?:[、和并]?审(?:议|查)(?:通过)?)?(?:了)?"
# `听取了副镇长王某和李某两位同志所作的述职报告`, `…王某代表镇政府所作的…`: the one
# who reports stands before 作的.
_HEARD = re.compile(
    rf"{_HEAR}(?P<list>[^，。；]{{2,60}}?)(?:[两二三四五六七八九十\d]+位同志)?"
    r"(?:代表[^，。；]{1,20}?)?(?:向大会)?(?:所)?[作做]的(?P<what>[^，。；、]*)"
)
# `听取了秘书长王某关于…的说明，主任李某关于…的说明`: each reporter stands before 关于.
_HEARD_ABOUT = re.compile(
    rf"(?:{_HEAR}|，)(?P<list>[^，。；]{{3,40}}?)(?:(?:所)?[作做](?:了)?的?)?关于(?P<what>[^，。；]*)"
)
# A report or an explanation given is speaking; a briefing (`汇报`) is not.
_REPORTED = re.compile(r"(?<!汇)(?:报告|说明)》?(?:[（(][^）)]*[）)])?$")
# `李某总理指出`: quoted, maybe from another day; `温某总理发表讲话` is speaking here.
_QUOTING_VERBS = frozenset(SPEECH_VERBS)


@dataclass
class Mention:
    name: str
    titles: list[str] = field(default_factory=list)
    venue: str | None = None
    evidence: list[str] = field(default_factory=list)
    cited: bool = False  # written `name + national office` (习近平总书记): a citation form
    strong: bool = True  # a name on its own evidence, not only for standing in a list


def assemble(chunks: list[Chunk], label_title: str | None = None) -> list[Mention]:
    """Items to mentions: a title before a name is that name's, and a deputy's title is
    shared by the bare names after it (副主席甲、乙); a title after a name
    (王某省长) is the name's own."""
    mentions: list[Mention] = []
    shared: list[str] = [label_title] if label_title else []
    carried: list[str] = []  # a title alone (`大会执行主席：甲、乙`) joins the next item's
    for chunk in chunks:
        in_chunk: list[Mention] = []
        for item in chunk.items:
            pending, carried = carried, []
            last: Mention | None = None
            last_titled = False
            for token in item.tokens:
                if isinstance(token, str):
                    pending.append(token)
                    continue
                group = item.group or chunk.tail_title
                # `等在家市领导`: those not travelling are still 市领导
                titles = pending or shared or ([group.removeprefix("在家")] if group else [])
                last, last_titled = _mention(token, titles), bool(pending)
                in_chunk.append(last)
                if pending:
                    shared = [] if any(is_unique_post(t) for t in pending) else pending
                pending = []
            if pending and last is not None and not last_titled:
                last.titles = list(pending)  # `王某省长`: the title after the name
                last.evidence.append(_TITLE_AFTER)
                last.cited = any(t in CITED_AFTER_NAME for t in pending)
            elif pending and last is None:
                carried = pending  # `市委副书记、市长王某`
        mentions.extend(in_chunk)
    return mentions


_TITLE_AFTER = "title after the name"
# `该镇党委书记`, `本次大会执行主席`: "the town's", "this session's" refer back; the title is the post.
_ANAPHOR = re.compile(r"^(?:该[镇乡县市区州旗省盟]|本次|本届|此次)(?=.)")


def _mention(token: NameToken, titles: list[str]) -> Mention:
    evidence = [token.evidence] + (["title " + "、".join(titles)] if titles else [])
    titles = [_ANAPHOR.sub("", title) for title in titles]
    return Mention(token.name, titles, evidence=evidence, strong=token.strong)


def _vouched(mentions: list[Mention]) -> list[Mention]:
    """Names kept only for their place in a list need one name in it that stands alone."""
    return mentions if any(m.strong for m in mentions) else []


def parse_person_list(text: str) -> list[Mention] | None:
    """`市领导甲、乙，市中级人民法院院长丙` -> mentions, item by item; None when none is a person."""
    mentions = [m for m in _vouched(assemble(read_forward(_ASIDE.sub("", text)))) if not m.cited]
    return mentions or None


def _subject(clause: str, start: int, predicate: Predicate) -> list[Mention]:
    chunks, adverbial = subject_chunks(clause[start : predicate.start], after_verb=start > 0)
    mentions = _vouched(assemble(chunks))
    venue = VENUE.search(adverbial)
    quoting = predicate.temporal or predicate.verb in _QUOTING_VERBS
    kept = []
    for mention in mentions:
        if mention.cited and (quoting or "总书记" in mention.titles):
            continue  # `习近平总书记参加…审议`, `李强总理指出`: a leader cited, not taking part here
        mention.venue = venue["venue"] if venue else None
        mention.evidence.append(f"verb {predicate.verb}")
        kept.append(mention)
    return kept


def _heard_role(heard: re.Match[str]) -> Role:
    return "spoke" if _REPORTED.search(heard["what"]) else "attended"


def _clauses(sentence: str) -> list[str]:
    """Clauses at `；`, a list without a verb joined to the clause whose verb it awaits
    (`县领导甲、乙，县政府副县长；县法院…等在主席台就座`)."""
    clauses: list[str] = []
    pending = ""
    for clause in sentence.split("；"):
        if find_predicates(clause):
            clauses.append(pending + clause)
            pending = ""
        else:
            pending += clause + "；"
    return clauses + ([pending] if pending else [])


def mentions_in_sentence(sentence: str) -> list[tuple[Mention, Role]]:
    sentence = _ASIDE.sub("", sentence)
    found: list[tuple[Mention, Role]] = []
    if listed := LIST_AFTER.search(sentence):
        label = listed["label"] if listed["label"].endswith("领导") else None
        found += [(m, "attended") for m in _vouched(assemble(read_forward(listed["list"]), label)) if not m.cited]
    if labelled := LABELLED_LIST.search(sentence):
        label = _ANAPHOR.sub("", labelled["label"] or labelled["post"])
        members = labelled["list"] or labelled["plain"] or labelled["holders"] or labelled["serving"]
        found += [(m, "attended") for m in _vouched(assemble(read_forward(members), label)) if not m.cited]
    for heard in _HEARD.finditer(sentence):
        found += [(m, _heard_role(heard)) for m in parse_person_list(heard["list"]) or []]
    if "听取" in sentence:
        for heard in _HEARD_ABOUT.finditer(sentence):
            found += [(m, _heard_role(heard)) for m in parse_person_list(heard["list"]) or []]
    for clause in _clauses(sentence):
        start = 0
        for predicate in find_predicates(clause):
            found += [(m, predicate.role) for m in _subject(clause, start, predicate)]
            start = predicate.end
    return found


def _add_title(titles: list[str], title: str) -> None:
    """A title once: `副主席` after `县政协副主席` is the same post, and a fuller form replaces a shorter."""
    if any(held.endswith(title) for held in titles):
        return
    for index, held in enumerate(titles):
        if title.endswith(held):
            titles[index] = title
            return
    titles.append(title)


def _merge(people: dict[str, Person], mention: Mention, role: Role) -> None:
    person = people.get(mention.name)
    if person is None:
        people[mention.name] = Person(
            name_zh=mention.name, titles_zh=mention.titles, role=role, venue_zh=mention.venue
        )
        return
    for title in mention.titles:
        _add_title(person.titles_zh, title)
    person.role = higher_role(role, person.role)
    person.venue_zh = person.venue_zh or mention.venue


def _worth_tagging(sentence: str, ruled: list[tuple[Mention, Role]], known: Collection[str]) -> bool:
    """Where the tagger can change a decision (it costs a millisecond a sentence): a verb
    of taking part (not only `指出`, `强调`: a speech goes on), and the rules found no one,
    left a list item unread, or found someone new without a title before the name."""
    heard_or_listed = "听取" in sentence or LIST_AFTER.search(sentence)
    if not heard_or_listed and not any(p.verb not in _QUOTING_VERBS for p in find_predicates(sentence)):
        return False
    if not ruled or _unread_item(sentence, {mention.name for mention, _ in ruled}):
        return True
    return any(
        mention.name not in known and (not mention.titles or _TITLE_AFTER in mention.evidence) for mention, _ in ruled
    )


# A list item the rules left unread: titles, then two to four characters (`常务副县长丹正昂杰`).
_ITEM_SPLIT = re.compile(r"[、，,；：:\s]")
_TITLES_THEN_NAME = re.compile(rf"^(?P<titles>(?:{TITLE.pattern})*)(?P<name>[\u4e00-\u9fff·]{{2,5}})$")


def _unread_item(sentence: str, read: set[str]) -> bool:
    for item in _ITEM_SPLIT.split(sentence):
        match = _TITLES_THEN_NAME.match(_ANAPHOR.sub("", item))
        if match is None or match["name"] in read or is_known_word(match["name"]):
            continue
        if match["titles"] or has_surname(match["name"]) or is_transliterated(match["name"]):
            return True
    return False


@dataclass
class Decision:
    """Why a name is or is not a participant: which source proposed it and on what evidence."""

    name: str
    source: str  # "rules" or "tagger"
    kept: bool
    evidence: list[str]


@dataclass
class PeopleReading:
    people: list[Person]
    decisions: list[Decision] = field(default_factory=list)
    tagged: set[str] = field(default_factory=set)  # every name the tagger marked: its candidates


def people_in_sentence(
    sentence: str, tagger: Tagger | None = None, known: Collection[str] = (), reading: PeopleReading | None = None
) -> list[tuple[Mention, Role]]:
    """The rules' mentions less those the tagger refutes, then the tagged names they passed
    over (`known`: the names already read, whose pieces the tagger may also tag)."""
    ruled = mentions_in_sentence(sentence)
    tagged = tag_sentence(sentence, tagger if _worth_tagging(sentence, ruled, known) else None)
    found = []
    for mention, role in ruled:
        reason = refutation(mention.name, bool(mention.titles), tagged)
        if reason:
            mention.evidence.append(reason)
        else:
            found.append((mention, role))
        if reading is not None:
            reading.decisions.append(Decision(mention.name, "rules", not reason, mention.evidence))
    for extra in tagged_mentions(tagged, known, {mention.name for mention, _ in ruled}):
        found.append((Mention(extra.name, extra.titles, evidence=extra.evidence), extra.role))
        if reading is not None:
            reading.decisions.append(Decision(extra.name, "tagger", True, extra.evidence))
    if reading is not None:
        reading.tagged |= tagged.names
    return found


def read_people(sentences: list[str], exclude: set[str] = frozenset(), tagger: Tagger | None = None) -> PeopleReading:
    """Participants in order of first appearance, with every decision and the tagger's
    candidates; `exclude` holds reporters and the like. With a tagger, its person names
    are candidates and its places, offices and words evidence against."""
    people: dict[str, Person] = {}
    reading = PeopleReading([])
    for sentence in sentences:
        for mention, role in people_in_sentence(sentence, tagger, people.keys(), reading):
            if mention.name not in exclude:
                _merge(people, mention, role)
    reading.people = list(people.values())
    return reading


def extract_people(
    sentences: list[str], exclude: set[str] = frozenset(), tagger: Tagger | None = None
) -> list[Person]:
    """Participants in order of first appearance (see `read_people`)."""
    return read_people(sentences, exclude, tagger).people


__all__ = [
    "Decision", "Mention", "PeopleReading", "extract_people", "mentions_in_sentence", "parse_person_list",
    "people_in_sentence", "read_people",
]
