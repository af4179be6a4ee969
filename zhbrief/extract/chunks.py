"""Reading a list of people chunk by chunk: the chunks of a subject, walked back from its
verb, and of a list after one (`出席会议的还有…`).

Chunks are split at `，`, `：` and spaces; a chunk's items at `、`, `及` and `和` before a
title. Each item is read on its own (`person_items`): one that is neither a person, a
title nor a group costs only itself, but a chunk with as many of those as names is
prose and ends the walk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zhbrief.extract.person_items import ItemTokens, grammar_tokens, loose_tokens, tokenize_item
from zhbrief.extract.titles import BODY_WORD, TITLE

_CHUNK_SPLIT = re.compile(r"[，,：:；;\s]+")
_ITEM_SPLIT = re.compile(rf"[、]|以及|及|[和与](?=(?:{TITLE.pattern})|各|全体|有关)")
_ITEM_OR_BRACKET = re.compile(r"[（(]|[）)]|" + _ITEM_SPLIT.pattern)
_JOINED = re.compile("[和与]")
# Items that name groups, not people (市直各部门主要负责人, 全体主席团成员): passed over.
_GROUP_ITEM = re.compile(
    r"各|负责|代表|干部|人员|同志们|群众|单位|部门|班子|成员|全体|有关|委员们|党委书记$|领导$|委员$|领导同志$|\d+[人名位]"
    r"|^(?:人大|政府|政协|公检法|人武部|纪委|法院|检察院)$"
)
# Items that name a unit (`市监察委员会`, `区城投集团`): neither a person nor prose.
_UNIT_ITEM = re.compile(
    r"^[\u4e00-\u9fff]{2,16}(?:委员会|人民法院|人民检察院|法院|检察院|政府|局|办|委|厅|中心|集团|公司|分会场|派出所|学校|医院|银行)$"
)
# `…等在家市领导`, `…等区四套班子领导`, `…等同志`: the end of a list, maybe with a group title.
_TAIL_BODY = (
    r"(?:等(?:[0-9一二三四五六七八九十]+[名位])?|[0-9一二三四五六七八九十]+[名位](?=[\u4e00-\u9fff]{0,10}?(?:常委|委员|代表)))"
    r"(?P<title>[\u4e00-\u9fff]{0,10}?(?:领导|领导人|领导同志|代表|常委|委员|组成人员))?(?:同志)?"
)
_TAIL = re.compile(_TAIL_BODY + "$")
# `甲、乙等自治区领导和丙、丁等自治区老领导`: two groups in one list.
_INNER_TAIL = re.compile(_TAIL_BODY + "(?:和|及|以及)")
# What may stand before the first person of a subject: time, connectives, the object of
# the verb before (`…主持会议 王某出席`), page junk.
_LEADING = re.compile(
    r"^(?:[^\u4e00-\u9fff0-9]+|[\u4e00-\u9fff]{0,12}?(?:会议|会|仪式|式)由|会议|大会|由|[\u4e00-\u9fff]{0,6}?会上|会中|首先|接着|然后|随后|最后|同时|其中|此外|另外|并|还|讲话|并讲话"
    r"|(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{1,2}日|[上下]午|晚上|今天|昨天|今日|昨日|当天|日前|近日|包括|包含"
    r"|听取(?:[、和并]?审(?:议|查)(?:通过)?)?(?:了)?)+"
)
# An adverbial between the subject and its verb: where, when, to whom, in what order.
_ADVERBIAL_START = re.compile(
    r"在|关于|于|对|就|围绕|结合|同|与|向|从|代表|作为|进行|以(?!及|来|后|前|上|下)|通过|分别|一同|共同|均|也|还|亦|先后|相继|依次|逐一|着重|专门|一起"
    r"|今天|今日|昨天|昨日|近日|日前|近期|[上下]午|晚上|当天|\d|受邀|应邀|亲自|首先|最后|随后|并|又|专程|率先|则|即|便"
)
# Adverbials that may hold a list of topics or bodies (`就落实…、…发言`, `代表党工委、办事处作…`):
# other lists are people.
_TOPIC_ADVERBIAL = re.compile(r"就|围绕|对|在|结合|针对|着重|代表")
# `他对…`, `她向…`: a pronoun is the subject; the people after it are the verb's objects.
_PRONOUN_SUBJECT = re.compile(r"^(?:他|她|他们|她们)(?:还|也|又|再次|并)?(?:对|向|为|同|与|给|就)")
_MAX_CHUNKS = 40  # a list of people spans a few dozen chunks at most
_MAX_CHUNK = 400  # characters: a longer run without a comma is prose (fifty names and titles fit)
_MAX_CUTS = 16  # adverbial starts tried before the verb
_MAX_ADVERBIAL = 120  # characters between the last name and its verb
_MAX_STANDALONE_ADVERBIAL = 60  # an adverbial chunk of its own (`从…方面`) before the verb


@dataclass
class Chunk:
    items: list[ItemTokens]
    tail_title: str | None = None
    failures: int = 0

    @property
    def names(self) -> int:
        return sum(len(item.names) for item in self.items)

    @property
    def weight(self) -> float:
        """Names found, one cut from a glued run counting less (it may hold an adverbial)."""
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


def _read_chunk(chunk: str) -> Chunk | None:
    """A chunk as list items; None when it is prose rather than people, titles or groups."""
    tail = _TAIL.search(chunk)
    body = chunk[: tail.start()] if tail else chunk
    result = Chunk([], tail_title=tail["title"] if tail else None)
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
            elif not (_GROUP_ITEM.search(item) or BODY_WORD.fullmatch(item) or _UNIT_ITEM.match(item)):  # 区人大: its members
                result.failures += 1
    # One odd item costs that item; a chunk with as many non-names as names and titles is prose.
    if result.failures and result.failures >= result.names + sum(not item.names for item in result.items):
        return None
    return result


def _read_start(chunk: str) -> Chunk | None:
    """The chunk where a subject may begin after a time or a connective (`会议由…`)."""
    trimmed = _LEADING.sub("", chunk)
    return _read_chunk(trimmed) if trimmed and trimmed != chunk else None


def _better(read: Chunk | None, start: Chunk | None) -> tuple[Chunk | None, bool]:
    """The plain reading, or the reading after a leading connective when it finds more."""
    if start is not None and (read is None or start.names > read.names or read.failures > start.failures):
        return start, True
    return read, False


def _read_last_chunk(chunk: str) -> tuple[Chunk | None, bool, str]:
    """The chunk before the verb, whether a subject starts in it, and the adverbial
    between it and the verb (`在…会场`). The best reading wins: fewest stray items, most
    names (a name cut from a glued run counting less, so `张明于今天` is cut), then most
    titles (`…等代表先后发言` keeps 代表), then the whole chunk, then the earliest cut."""
    whole, whole_starts = _better(_read_chunk(chunk), _read_start(chunk))
    best: tuple[tuple, Chunk, bool, str] | None = None
    if whole is not None:
        best = (_rank(whole, 0), whole, whole_starts, "")  # ties go to the whole: 王兴于 is a name
    cuts = list(_ADVERBIAL_START.finditer(chunk, max(0, len(chunk) - _MAX_ADVERBIAL)))[:_MAX_CUTS]
    for match in cuts:
        adverbial = chunk[match.start() :]
        if not match.start() or ("、" in adverbial and not _TOPIC_ADVERBIAL.match(adverbial)):
            continue
        read, starts = _better(_read_chunk(chunk[: match.start()]), _read_start(chunk[: match.start()]))
        if read and read.names and (best is None or _rank(read, match.start()) < best[0]):
            best = (_rank(read, match.start()), read, starts, adverbial)
    return (best[1], best[2], best[3]) if best else (None, False, "")


def _rank(read: Chunk, head_length: int) -> tuple:
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


def _standalone_adverbial(chunk: str) -> bool:
    """`从…等三个方面`: an adverbial of its own, even when its words look like groups."""
    if len(chunk) > _MAX_STANDALONE_ADVERBIAL or not _ADVERBIAL_START.match(chunk):
        return False
    read = _read_chunk(chunk)
    return read is None or not read.names


# `…代表政协第八届某县委员会常务委员会，`: the subject of the verb after the comma.
_ON_BEHALF = re.compile(r"代表[^，。；、]{2,40}?(?:委员会|常委会|主席团|人民政府|政府|党委|党组)[，,]$")


def subject_chunks(span: str, after_verb: bool) -> tuple[list[Chunk], str]:
    """Walk back from the verb: the chunks that hold the subject, and the adverbial.
    Right after another verb, the first chunk is that verb's object unless a
    separator or a connective (`…主持会议 王某出席`) ends it."""
    if span and _CHUNK_SPLIT.fullmatch(span[-1]):
        if not _ON_BEHALF.search(span):
            return [], ""  # `…作出批示，要求…`: a verb after a comma has no subject of its own
        span = span[:-1]  # `主席某代表常务委员会，向大会报告…`: the one acting on behalf speaks
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
    # `…王某，分别汇报了`, `…权某以“…”为主题，从…方面作了解读`: adverbials in chunks of their own.
    adverbials = []
    while len(raw) > 1 and len(adverbials) < 2 and _standalone_adverbial(raw[-1]):
        adverbials.insert(0, raw.pop())
    if _PRONOUN_SUBJECT.match(raw[-1]):
        return [], raw[-1]  # `他对…孔某、王某等同志表示敬意`: he speaks; they are spoken to
    last, starts, adverbial = _read_last_chunk(raw[-1])
    adverbial = "，".join([adverbial, *adverbials] if adverbial else adverbials)
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


def read_forward(text: str) -> list[Chunk]:
    """A list that starts the text (`出席会议的还有` + this): chunks up to the first prose one."""
    chunks = []
    for raw in (c for c in _CHUNK_SPLIT.split(text) if c):
        read = _better(_read_chunk(raw), _read_start(raw))[0]
        if read is None:
            break
        chunks.append(read)
    return chunks
