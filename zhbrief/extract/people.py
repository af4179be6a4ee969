"""Participants: who presided, who spoke, who attended, with titles, venue and evidence.

A sentence is read as `subject + role verb`. The subject is found by walking back from
the verb chunk by chunk (chunks split at `，` and spaces): each chunk's items are read
on their own (see `person_items`), a chunk that holds no person ends the walk, and an
item that is not a person costs only that item. Names written as citations
(`习近平总书记指出`) and people named in clauses without a role verb are not participants.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from zhbrief.brief import Person, Role
from zhbrief.extract.person_items import ItemTokens, NameToken, grammar_tokens, loose_tokens, tokenize_item
from zhbrief.extract.predicates import LIST_AFTER, Predicate, find_predicates, higher_role
from zhbrief.extract.titles import BODY_WORD, CITED_AFTER_NAME, GROUP_TITLES, TITLE, parse_title

_CHUNK_SPLIT = re.compile(r"[，,：:\s]+")
_ITEM_SPLIT = re.compile(rf"[、]|以及|及|[和与](?=(?:{TITLE.pattern})|各|全体|有关)")
_ITEM_OR_BRACKET = re.compile(r"[（(]|[）)]|" + _ITEM_SPLIT.pattern)
_JOINED = re.compile("[和与]")
# Posts several people hold at once (副主席, 常委, 执行主席): a bare name after one shares it.
_SHARED_POST = re.compile("副|常委|委员(?!长)|成员|常务主席|执行主席|代表|书记处书记")
# Items that name groups, not people (市直各部门主要负责人, 全体主席团成员): passed over.
_GROUP_ITEM = re.compile(
    r"各|负责|代表|干部|人员|同志们|群众|单位|部门|班子|成员|全体|有关|委员们|党委书记$|领导$|委员$"
    r"|^(?:人大|政府|政协|公检法|人武部|纪委|法院|检察院)$"
)
_ASIDE = re.compile(r"[（(](?:挂职|兼|正处级|副处级|正厅级|副厅级|女|主持工作|待任|[\u4e00-\u9fff]族)[）)]")
# `…等在家市领导`, `…等区四套班子领导`, `…等同志`: the end of a list, maybe with a group title.
_TAIL_BODY = (
    r"等(?:[0-9一二三四五六七八九十]+[名位])?"
    r"(?P<title>[\u4e00-\u9fff]{0,10}?(?:领导|领导人|领导同志|代表|常委|委员|组成人员))?(?:同志)?"
)
_TAIL = re.compile(_TAIL_BODY + "$")
# `甲、乙等自治区领导和丙、丁等自治区老领导`: two groups in one list.
_INNER_TAIL = re.compile(_TAIL_BODY + "(?:和|及|以及)")
# `听取了副秘书长王某作的…汇报`: the one who reports stands before 作的.
_HEARD = re.compile(r"听取(?:了)?(?P<list>[^，。；]{2,60}?)(?:所)?作的")
# What may stand before the first person of a subject: time, connectives, the object of
# the verb before (`…主持会议 王某出席`), page junk.
_LEADING = re.compile(
    r"^(?:[^\u4e00-\u9fff0-9]+|[\u4e00-\u9fff]{0,12}?(?:会议|会|仪式|式)由|会议|大会|由|会上|会中|随后|最后|同时|其中|此外|另外|并|还|讲话|并讲话"
    r"|(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{1,2}日|[上下]午|晚上|今天|昨天|今日|昨日|当天|日前|近日|包括|包含)+"
)
# An adverbial between the subject and its verb: where, when, to whom, in what order.
_ADVERBIAL_START = re.compile(
    r"在|于|对|就|围绕|结合|同|与|向|代表|作为|进行|以(?!及|来|后|前|上|下)|通过|分别|一同|共同|均|也|还|亦|先后|相继|依次|逐一|着重|专门|一起"
    r"|今天|今日|昨天|昨日|[上下]午|晚上|当天|\d|受邀|应邀|亲自|首先|最后|随后|并|又|专程|率先|则|即|便"
)
# Adverbials that may hold a list of topics (`就落实…、…发言`): other lists are people.
_TOPIC_ADVERBIAL = re.compile(r"就|围绕|对|在|结合|针对|着重")
_VENUE = re.compile(r"在(?P<venue>[^，。；、在]{1,20}?会场)")
# `李某总理指出`: quoted, maybe from another day; `温某总理发表讲话` is speaking here.
_QUOTING_VERBS = frozenset({"指出", "强调", "要求", "表示", "提出", "说"})
_MAX_CHUNKS = 40  # a list of people spans a few dozen chunks at most
_MAX_CHUNK = 400  # characters: a longer run without a comma is prose (fifty names and titles fit)
_MAX_CUTS = 16  # adverbial starts tried before the verb
_MAX_ADVERBIAL = 120  # characters between the last name and its verb


@dataclass
class Mention:
    name: str
    titles: list[str] = field(default_factory=list)
    venue: str | None = None
    evidence: list[str] = field(default_factory=list)
    cited: bool = False  # written `name + national office` (习近平总书记): a citation form
    strong: bool = True  # a name on its own evidence, not only for standing in a list


@dataclass
class _Chunk:
    items: list[ItemTokens]
    tail_title: str | None = None
    failures: int = 0

    @property
    def names(self) -> int:
        return sum(len(item.names) for item in self.items)

    @property
    def weight(self) -> float:
        """Names found, a name cut from a glued run counting half (it may hold an adverbial)."""
        return sum(0.4 if n.evidence == "glued run" else 1.0 for item in self.items for n in item.names)


def _split_items(text: str) -> list[str]:
    """Split a chunk at 、 and 及, but not inside brackets: 各县（市、区）stays one item."""
    items, depth, start = [], 0, 0
    for match in _ITEM_OR_BRACKET.finditer(text):
        token = match.group(0)
        if token in "（(":
            depth += 1
        elif token in "）)":
            depth = max(0, depth - 1)
        elif depth == 0:
            items.append(text[start : match.start()])
            start = match.end()
    items.append(text[start:])
    return [item for item in items if item]


def _clean(tokens: ItemTokens | None) -> bool:
    return tokens is not None and all(n.evidence != "glued run" for n in tokens.names)


def _item_tokens(item: str, in_list: bool) -> list[ItemTokens] | None:
    """An item's tokens; `甲某和乙某`, `黄某副省长和史某厅长` are two items joined by 和/与
    unless the whole reads as cleanly (蓝进和 is one name). A title outside the grammar
    is the last resort."""
    whole = grammar_tokens(item, in_list)
    if _clean(whole):
        return [whole]
    pieces = _JOINED.split(item)
    if len(pieces) > 1 and all(pieces):
        read = [tokenize_item(p, False) for p in pieces if not _GROUP_ITEM.search(p)]
        if read and all(_clean(part) for part in read):
            return [part for part in read if part]
    whole = whole or loose_tokens(item, in_list)
    return [whole] if whole else None


def _read_chunk(chunk: str) -> _Chunk | None:
    """A chunk as list items; None when it is prose rather than people, titles or groups."""
    tail = _TAIL.search(chunk)
    body = chunk[: tail.start()] if tail else chunk
    result = _Chunk([], tail_title=tail["title"] if tail else None)
    start = 0
    groups: list[tuple[str, str | None]] = []
    for inner in _INNER_TAIL.finditer(body):
        groups.append((body[start : inner.start()], inner["title"]))
        start = inner.end()
    groups.append((body[start:], None))
    in_list = sum(len(_split_items(part)) for part, _ in groups) > 1
    for part, group in groups:
        for item in _split_items(part):
            read = _item_tokens(item, in_list)
            if read is not None:
                for tokens in read:
                    tokens.group = group
                result.items.extend(read)
            elif not (_GROUP_ITEM.search(item) or BODY_WORD.fullmatch(item)):  # 区人大: its members
                result.failures += 1
    # One odd item costs that item; a chunk with as many non-names as names is prose.
    if result.failures and result.failures >= result.names:
        return None
    return result


def _read_start(chunk: str) -> _Chunk | None:
    """The chunk where a subject may begin after a time or a connective (`会议由…`)."""
    trimmed = _LEADING.sub("", chunk)
    return _read_chunk(trimmed) if trimmed and trimmed != chunk else None


def _better(read: _Chunk | None, start: _Chunk | None) -> tuple[_Chunk | None, bool]:
    """The plain reading, or the reading after a leading connective when it finds more."""
    if start is not None and (read is None or start.names > read.names or read.failures > start.failures):
        return start, True
    return read, False


def _read_last_chunk(chunk: str) -> tuple[_Chunk | None, bool, str]:
    """The chunk before the verb, whether a subject starts in it, and the adverbial
    between it and the verb (`在…会场`). The best reading wins: fewest stray items, most
    names (a name cut from a glued run counting less, so `张明于今天` is cut), then most
    titles (`…等代表先后发言` keeps 代表), then the earliest cut."""
    whole, whole_starts = _better(_read_chunk(chunk), _read_start(chunk))
    best: tuple[tuple, _Chunk, bool, str] | None = None
    if whole is not None:
        best = (_rank(whole, len(chunk)), whole, whole_starts, "")
    cuts = list(_ADVERBIAL_START.finditer(chunk, max(0, len(chunk) - _MAX_ADVERBIAL)))[:_MAX_CUTS]
    for match in cuts:
        adverbial = chunk[match.start() :]
        if not match.start() or ("、" in adverbial and not _TOPIC_ADVERBIAL.match(adverbial)):
            continue
        read, starts = _better(_read_chunk(chunk[: match.start()]), _read_start(chunk[: match.start()]))
        if read and read.names and (best is None or _rank(read, match.start()) < best[0]):
            best = (_rank(read, match.start()), read, starts, adverbial)
    return (best[1], best[2], best[3]) if best else (None, False, "")


def _rank(read: _Chunk, head_length: int) -> tuple:
    titles = sum(len(item.titles) + bool(item.group) for item in read.items) + bool(read.tail_title)
    return (read.failures, -read.weight, -titles, head_length)


def _firm(chunk: str, last: bool) -> bool:
    """A chunk that is a list of people beyond doubt, even glued to the verb before it
    (`俞某讲话罗某等出席`): no stray items, and a title, a 等 or full three-character names."""
    read = _read_last_chunk(chunk)[0] if last else _read_chunk(chunk)
    if read is None or read.failures or not read.names:
        return False
    names = [n for item in read.items for n in item.names]
    titled = any(item.titles for item in read.items) or read.tail_title or "等" in chunk
    return bool(titled) or all(n.evidence == "surname" and len(n.name) >= 3 for n in names)


def _subject_chunks(span: str, after_verb: bool) -> tuple[list[_Chunk], str]:
    """Walk back from the verb: the chunks that hold the subject, and the adverbial.
    Right after another verb, the first chunk is that verb's object unless a
    separator or a connective (`…主持会议 王某出席`) ends it."""
    raw = [c for c in _CHUNK_SPLIT.split(span) if c][-_MAX_CHUNKS:]
    if raw and len(raw[-1]) > _MAX_CHUNK:
        raw = [raw[-1][-_MAX_CHUNK:]]  # prose before the verb: only its end can be the subject
    for index in range(len(raw) - 2, -1, -1):
        if len(raw[index]) > _MAX_CHUNK:
            raw = raw[index + 1 :]
            break
    if after_verb and raw and not _CHUNK_SPLIT.match(span) and not _firm(raw[0], len(raw) == 1):
        raw[0] = _LEADING.sub("", raw[0]) if _LEADING.match(raw[0]) else ""
        raw = [c for c in raw if c]
    if not raw:
        return [], ""
    if len(raw) > 1 and len(raw[-1]) <= 12 and _ADVERBIAL_START.match(raw[-1]) and _read_chunk(raw[-1]) is None:
        adverbial = raw.pop()  # `…王某，分别汇报了`: the adverbial stands alone
        last, starts, _ = _read_last_chunk(raw[-1])
    else:
        last, starts, adverbial = _read_last_chunk(raw[-1])
    if last is None:
        return [], adverbial
    chunks = [last]
    for text in reversed(raw[:-1]):
        if starts:
            break
        read, starts = _better(_read_chunk(text), _read_start(text))
        if read is None:
            break
        chunks.append(read)
    return list(reversed(chunks)), adverbial


@lru_cache(maxsize=4096)
def _is_unique_post(title: str) -> bool:
    """A head's post (市委书记, 市长) names one person: a following bare name does not share it."""
    parts = parse_title(title)
    if parts is None or parts.group:
        return False
    post = parts.post or parts.government_post or parts.national or ""
    return not _SHARED_POST.search(post)


def assemble(chunks: list[_Chunk], label_title: str | None = None) -> list[Mention]:
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
                    shared = [] if any(_is_unique_post(t) for t in pending) else pending
                pending = []
            if pending and last is not None and not last_titled:
                last.titles = list(pending)  # `王某省长`: the title after the name
                last.cited = any(t in CITED_AFTER_NAME for t in pending)
            elif pending and last is None:
                carried = pending  # `市委副书记、市长王某`
        mentions.extend(in_chunk)
    return mentions


def _mention(token: NameToken, titles: list[str]) -> Mention:
    evidence = [token.evidence] + (["title " + "、".join(titles)] if titles else [])
    return Mention(token.name, list(titles), evidence=evidence, strong=token.strong)


def _vouched(mentions: list[Mention]) -> list[Mention]:
    """Names kept only for their place in a list need one name in it that stands alone."""
    return mentions if any(m.strong for m in mentions) else []


def parse_person_list(text: str) -> list[Mention] | None:
    """`市领导甲、乙，市中级人民法院院长丙` -> mentions, item by item; None when none is a person."""
    text = _ASIDE.sub("", text)
    chunks = []
    for raw in (c for c in _CHUNK_SPLIT.split(text) if c):
        read = _better(_read_chunk(raw), _read_start(raw))[0]
        if read is None:
            break
        chunks.append(read)
    mentions = [m for m in _vouched(assemble(chunks)) if not m.cited]
    return mentions or None


def _subject(clause: str, start: int, predicate: Predicate) -> list[Mention]:
    chunks, adverbial = _subject_chunks(clause[start : predicate.start], after_verb=start > 0)
    mentions = _vouched(assemble(chunks))
    venue = _VENUE.search(adverbial)
    quoting = predicate.temporal or predicate.verb in _QUOTING_VERBS
    kept = []
    for mention in mentions:
        if mention.cited and (quoting or "总书记" in mention.titles):
            continue  # `习近平总书记参加…审议`, `李强总理指出`: a leader cited, not taking part here
        mention.venue = venue["venue"] if venue else None
        mention.evidence.append(f"verb {predicate.verb}")
        kept.append(mention)
    return kept


def mentions_in_sentence(sentence: str) -> list[tuple[Mention, Role]]:
    sentence = _ASIDE.sub("", sentence)
    found: list[tuple[Mention, Role]] = []
    if listed := LIST_AFTER.search(sentence):
        label = listed["label"] if listed["label"].endswith("领导") else None
        chunks = [c for c in (_read_chunk(raw) for raw in _CHUNK_SPLIT.split(listed["list"]) if raw)]
        chunks = chunks[: next((i for i, c in enumerate(chunks) if c is None), len(chunks))]
        found += [(m, "attended") for m in _vouched(assemble(chunks, label)) if not m.cited]
    for heard in _HEARD.finditer(sentence):
        found += [(m, "attended") for m in parse_person_list(heard["list"]) or []]
    for clause in sentence.split("；"):
        start = 0
        for predicate in find_predicates(clause):
            found += [(m, predicate.role) for m in _subject(clause, start, predicate)]
            start = predicate.end
    return found


def _merge(people: dict[str, Person], mention: Mention, role: Role) -> None:
    person = people.get(mention.name)
    if person is None:
        people[mention.name] = Person(
            name_zh=mention.name, titles_zh=mention.titles, role=role, venue_zh=mention.venue
        )
        return
    person.titles_zh.extend(t for t in mention.titles if t not in person.titles_zh)
    person.role = higher_role(role, person.role)
    person.venue_zh = person.venue_zh or mention.venue


def extract_people(sentences: list[str], exclude: set[str] = frozenset()) -> list[Person]:
    """Participants in order of first appearance; `exclude` holds reporters and the like."""
    people: dict[str, Person] = {}
    for sentence in sentences:
        for mention, role in mentions_in_sentence(sentence):
            if mention.name not in exclude:
                _merge(people, mention, role)
    return list(people.values())


__all__ = ["GROUP_TITLES", "Mention", "extract_people", "mentions_in_sentence", "parse_person_list"]
