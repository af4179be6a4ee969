"""What the tagger adds to the people rules: names the rules passed over (candidates),
and places or offices the rules took for names (evidence against).

A tagged name becomes a participant only on the rules' own kind of evidence: a role verb
after it in the same clause, with nothing between but more people, titles, groups and
an adverbial (no other verb), and before it a title, a list separator or a connective.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from zhbrief.brief import Role
from zhbrief.extract.names import has_surname, is_known_word, is_plausible_name, is_transliteration
from zhbrief.extract.person_items import LOOSE_POST
from zhbrief.extract.predicates import Predicate, find_predicates
from zhbrief.extract.tagger import PERSON, Tagger, Word
from zhbrief.extract.titles import CITED_AFTER_NAME, PLACED_TITLE, TITLE, is_unique_post

# Verbs that may stand between a list of people and its role verb (`等也应邀出席`).
_LIST_VERBS = frozenset({"应邀", "受邀", "陪同", "一同", "共同", "分别", "先后", "相继", "依次", "到会", "一起"})
_NAME_ENDS_ITEM = re.compile(r"[、，,：:\s和及与]")
# Before a name in its item: nothing, a title, or a connective (`会议由`, `由`).
_CONNECTIVE = re.compile(r"^(?:会议|大会)?(?:首先|随后|最后)?由")
_PLACE_OR_BODY = frozenset({"LOC", "ORG"})
_CHUNK_END = re.compile(r"[，,：:；;。\s]")
_ITEM_END = re.compile(r"[、，,：:；;。\s]")
# `…参加代表团审议时的讲话精神`: the verb describes another occasion.
_RELATIVE = re.compile(r"[^，。；]*?时的")
# What may follow a whole name: a separator, 等, 同志, or an adverbial before the verb.
_AFTER_NAME = re.compile(r"[、，,\s（(和及与等]|以及|同志|在|于|也|还|亦|均|分别|先后|一同|共同|应邀|受邀|代表|就|对|向|作为|则|首先|随后|最后|又")
# Characters of offices (纪工委, 周局长) and particles that the tagger sometimes reads into a name.
_NEVER_IN_TAGGED_NAMES = frozenset("委办局厅处科部长的了是在与及等")
_MINORITY_NAME = re.compile(r"^[\u4e00-\u9fff]{4}$")
_LOOSE_TITLE = re.compile(r"^[\u4e00-\u9fff]{2,24}$")
# `市领导甲某、乙某`: an earlier item of the list, a title then a name.
_TITLED_ITEM = re.compile(rf"^(?P<title>(?:{TITLE.pattern})(?:、(?:{TITLE.pattern}))*)[\u4e00-\u9fff·]{{2,8}}$")
_MAX_GAP = 160  # characters between a name and its verb: a long list at most
# Pieces of a list between separators, a group's description ending in a group or a post.
_GAP_PIECE = re.compile(r"[^、，,及和与]+")
_GROUP_END = re.compile(r"(?:负责人|负责同志|干部|职工|人员|代表|委员|成员|个人|校长|副职|领导|同志|书记|主任|主席|长)(?:等|共)*[\d一二三四五六七八九十百余多]*[名位人]?$")
_ADVERBIAL_END = re.compile(r"(?:也|均|还|分别)?(?:应邀)?[在于][^、，,]{1,20}$")
# `围绕…`, `就…`: the topic of what they said, where any verb may stand.
_TOPIC_OPENER = re.compile(r"围绕|就|针对|结合|关于")
# `作出批示`, `受…委托`: someone instructing from afar, never a list of people present.
_INSTRUCTED = re.compile(r"批示|指示|委托")


@dataclass(frozen=True)
class TaggedSentence:
    text: str
    words: tuple[Word, ...] = ()

    @property
    def names(self) -> frozenset[str]:
        return frozenset(w.text for w in self.words if w.tag == PERSON)

    def covering(self, start: int, end: int) -> Word | None:
        """The tagger's word that holds the span [start, end), if one holds it whole."""
        for word in self.words:
            if word.start <= start and end <= word.start + len(word.text):
                return word
        return None


def tag_sentence(sentence: str, tagger: Tagger | None) -> TaggedSentence:
    return TaggedSentence(sentence, tuple(tagger.words(sentence)) if tagger else ())


def _is_title(text: str) -> bool:
    """A title of the rules' grammar, or one ending in a post word it lacks (`州政协历届领导`)."""
    if TITLE.fullmatch(text) or PLACED_TITLE.fullmatch(text):
        return True
    post = LOOSE_POST.search(text)
    return post is not None and post.end() == len(text) and bool(_LOOSE_TITLE.match(text))


def refutation(name: str, titled: bool, sentence: TaggedSentence) -> str | None:
    """Why the tagger says a name the rules found is a place, an office or a word, or
    None: the name begins a place or office (`平原县委副书记`), or is a word of its own,
    with no title and no person beside it in its chunk (`江南、滘头派出所负责人`,
    `财政、水利部门`, not `张某、安龙、王某`)."""
    if not sentence.words:
        return None
    start = sentence.text.find(name)
    if start >= 0 and not titled and (cut := _cut_word(sentence, start, start + len(name))):
        return f"tagger {cut.tag} {cut.text}"
    word = sentence.covering(start, start + len(name)) if start >= 0 else None
    if word is None or word.tag == PERSON or word.start != start:
        return None
    if word.text != name:
        return f"tagger {word.tag} {word.text}" if word.tag in _PLACE_OR_BODY else None
    if titled or _person_beside(sentence, word):
        return None
    return f"tagger {word.tag} {word.text}"


def _cut_word(sentence: TaggedSentence, start: int, end: int) -> Word | None:
    """A word the name cuts through (`全县招` of `全县|招商引资`): the name is no unit of the text."""
    for word in sentence.words:
        word_end = word.start + len(word.text)
        if word.tag != PERSON and (word.start < start < word_end or word.start < end < word_end):
            return word
    return None


def _person_beside(sentence: TaggedSentence, word: Word) -> bool:
    """A person in the item before or after (`张某、安龙、王某`), not only somewhere in
    the chunk (`…8名委员围绕铸牢…、拓宽就业渠道`)."""
    text, end = sentence.text, word.start + len(word.text)
    chunk_left = max((m.end() for m in _CHUNK_END.finditer(text, 0, word.start)), default=0)
    chunk_right = next((m.start() for m in _CHUNK_END.finditer(text, end)), len(text))
    left = max((m.end() for m in _ITEM_END.finditer(text, 0, max(0, word.start - 1))), default=0)
    right = next((m.start() for m in _ITEM_END.finditer(text, min(len(text), end + 1))), len(text))
    left, right = max(left, chunk_left), min(right, chunk_right)
    return any(w.tag == PERSON and w is not word and left <= w.start < right for w in sentence.words)


def _plausible(name: str) -> bool:
    """A name the tagger marked: a surname's, a transliteration, or four characters of a
    minority name written without a dot (`丹正昂杰`), never an office's characters."""
    if set(name) & _NEVER_IN_TAGGED_NAMES or is_known_word(name):
        return False
    if has_surname(name) and 2 <= len(name) <= 3:
        return True  # `周胜会`: the tagger vouches for what the surname table alone would not
    return is_plausible_name(name, delimited=True) or is_transliteration(name) or _MINORITY_NAME.match(name) is not None


def _ends_item(sentence: TaggedSentence, end: int, predicate: Predicate) -> bool:
    """The name ends where an item ends (`刘国` of `刘国中` does not)."""
    rest = sentence.text[end:]
    return end == predicate.start or bool(_AFTER_NAME.match(rest) or TITLE.match(rest))


def _gap_is_list(sentence: TaggedSentence, start: int, end: int) -> bool:
    """Between a name and its verb: more people, titles, groups and an adverbial, with no
    other verb but inside a group (`受表彰的先进个人`) or the topic an adverbial opens
    (`围绕铸牢…、拓宽…作大会发言`)."""
    gap = sentence.text[start:end]
    if end - start > _MAX_GAP or any(mark in gap for mark in "。：:") or _INSTRUCTED.search(gap):
        return False
    topic = _TOPIC_OPENER.search(gap)
    end = start + topic.start() if topic else end
    if adverbial := _ADVERBIAL_END.search(sentence.text, start, end):
        end = adverbial.start()  # `…等在主席台就座`: where, before the verb
    for piece in _GAP_PIECE.finditer(sentence.text, start, end):
        verbs = [w for w in sentence.words if piece.start() <= w.start < piece.end() and w.tag == "v"]
        if any(w.text not in _LIST_VERBS for w in verbs) and not _GROUP_END.search(piece.group(0)):
            return False
    return True


def _lead(sentence: TaggedSentence, word: Word) -> tuple[bool, list[str]]:
    """(whether the name may start a subject here, the titles written before it or shared
    with it by an earlier item of its list)."""
    before = sentence.text[: word.start]
    cut = max((m.end() for m in _NAME_ENDS_ITEM.finditer(before)), default=0)
    lead = _CONNECTIVE.sub("", before[cut:])
    if not lead:
        return True, _shared_title(before[:cut]) if before[cut - 1 : cut] == "、" else []
    # `中央办公厅分管日常工作的副主任`: a post described by a clause, the post after the last 的
    post_start = cut + len(before[cut:]) - len(lead) + (lead.rfind("的") + 1)
    if any(w.tag in ("v", "p", "u") for w in sentence.words if post_start <= w.start < word.start and w.text != "由"):
        return False, []
    post = lead[lead.rfind("的") + 1 :]
    return (True, _chain_before(before[:cut]) + [lead]) if post and _is_title(post) else (False, [])


def _chain_before(text: str) -> list[str]:
    """`县委常委、常务副县长某`: the titles before the last one, items of the same chain."""
    chain: list[str] = []
    if not text.endswith("、"):
        return chain
    start = max((m.end() for m in _CHUNK_END.finditer(text)), default=0)
    for item in reversed(text[start:-1].split("、")):
        item = _CONNECTIVE.sub("", item)
        if not _is_title(item):
            break
        chain.insert(0, item)
    return chain


def _shared_title(list_before: str) -> list[str]:
    """`市领导陈某、林某`: the title of the list's nearest titled item, when several hold it."""
    chunk = list_before[max((m.end() for m in _CHUNK_END.finditer(list_before)), default=0) :]
    for item in reversed(chunk.rstrip("、").split("、")):
        if titled := _TITLED_ITEM.match(item):
            title = titled["title"]
            return [] if is_unique_post(title) else [title]
    return []


def _title_after(text: str) -> list[str]:
    """`高某副区长详细介绍…`: a title written after the name."""
    after = TITLE.match(text)
    return [after.group(0)] if after else []


def _object_of_verb(text: str, predicates: list[Predicate], start: int) -> bool:
    """`传达了…精神和李某同志…`: a verb earlier in the name's chunk takes it as its object."""
    return any(
        p.end <= start and not _CHUNK_END.search(text, p.end, start) and "、" not in text[p.end : start]
        for p in predicates
    )


def _predicate_after(predicates: list[Predicate], end: int) -> Predicate | None:
    return next((p for p in predicates if p.start >= end), None)


@dataclass(frozen=True)
class TaggedMention:
    name: str
    titles: list[str]
    role: Role
    evidence: list[str]


def tagged_mentions(sentence: TaggedSentence, known: Collection[str], ruled: set[str]) -> list[TaggedMention]:
    """Tagged names the rules did not take, kept on a role verb after them (`known`: the
    document's participants so far; `ruled`: the names the rules read in this sentence,
    whose pieces the tagger may also tag)."""
    found: list[TaggedMention] = []
    predicates = find_predicates(sentence.text)
    for word in sentence.words:
        end = word.start + len(word.text)
        if word.tag != PERSON or word.text in known or word.text in ruled or not _plausible(word.text):
            continue
        if sentence.text[end:].startswith(tuple(CITED_AFTER_NAME)):
            continue  # `习近平总书记…`: cited
        predicate = _predicate_after(predicates, end)
        if predicate is None or predicate.temporal or not _gap_is_list(sentence, end, predicate.start):
            continue
        if not _ends_item(sentence, end, predicate) or any(word.text in name for name in ruled):
            continue
        if _object_of_verb(sentence.text, predicates, word.start) or _RELATIVE.match(sentence.text, predicate.end):
            continue
        starts, titles = _lead(sentence, word)
        if not starts:
            continue
        titles = titles or _title_after(sentence.text[end : predicate.start])
        evidence = ["tagger PER"] + ([f"title {'、'.join(titles)}"] if titles else []) + [f"verb {predicate.verb}"]
        found.append(TaggedMention(word.text, titles, predicate.role, evidence))
    return found
