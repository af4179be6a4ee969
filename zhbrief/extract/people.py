"""Participants: who presided, who spoke, who attended, with titles and venue.

A sentence is read as `subject + predicate`: the predicate is a role verb
(主持, 出席…讲话, 在主会场参加会议, 指出…), the subject before it a list of
`titles + name` items. The subject is taken as the longest run of comma-joined
chunks just before the predicate that parses entirely as such items, so
ordinary clauses never turn into people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from zhbrief.brief import Person, Role
from zhbrief.extract.names import is_plausible_name, split_glued_names
from zhbrief.extract.titles import GROUP_TITLES, NATIONAL_TITLES, PLACED_TITLE, TITLE, parse_title

NATIONAL_LEADERS = frozenset(
    "习近平 李强 赵乐际 王沪宁 蔡奇 丁薛祥 李希 韩正 李克强 栗战书 汪洋 王岐山 胡锦涛 温家宝 江泽民 毛泽东 邓小平 周恩来".split()
)
_VERB = (
    r"主持|出席|参加|参会|列席|讲话|致辞|表态发言|交流发言|通报|宣读|指出|强调|要求|表示|提出"
    r"|作(?:了)?(?:重要|动员|总结|工作|表态|交流|专题|主题)?(?:讲话|发言|报告|部署|辅导)"
)
# `在讲话中指出`, `在大会上作表态发言`: where the speaking happened, before the verb.
_SPEECH_CONTEXT = r"在(?:讲话|会上|会议上|大会上|总结讲话|讲话时)中?[，,]?"
# `在万秀区分会场参会`: an optional venue, then the verb.
PREDICATE = re.compile(
    rf"(?:分别|一同|共同|均|也)?(?:在(?P<venue>[^，。；、在]{{1,20}}?会场))?(?:{_SPEECH_CONTEXT})?(?:{_VERB})"
)
# `出席会议的还有市领导甲、乙`: the list after the verb.
_LIST_AFTER = re.compile(
    r"(?:出席|参加|列席)(?:会议|活动|大会|座谈会)?的(?:领导|人员|同志)?(?:还)?有[：:]?(?P<list>[^。；]+?)[。；]?$"
)
_LEADING_CONNECTIVE = re.compile(r"^(?:会上|会议上|会中|随后|最后|同时|其中|此外|另外|会议由|由|并|还|这次会议由)[，,]?")
_TAIL_TITLE = re.compile(r"等(?P<title>[\u4e00-\u9fff]{0,10}领导)?(?:同志)?$")
_ITEM_SPLIT = re.compile(r"[、，,]|以及|及|和(?=各|全|市直|县直|区直|有关)")
# Items that name groups, not people (市直各部门主要负责人): passed over inside a list of people.
_GROUP_ITEM = re.compile(r"各|负责人|代表|干部|人员|同志们|群众|单位|部门|班子成员|党委书记、?$")
_ASIDE = re.compile(r"[（(](?:挂职|兼|正处级|副处级|正厅级|副厅级|女|主持工作|待任)[）)]")  # 副市长（挂职）李东
# A title outside the grammar (市红十字会会长) still ends in a post word before the name.
_LOOSE_TITLE = re.compile(
    r"^(?P<title>[\u4e00-\u9fff]{2,16}?(?:会长|理事长|董事长|总经理|经理|行长|所长|站长|队长|社长|台长|馆长|校长"
    r"|主任|书记|局长|院长|部长|主席|专员|负责人|委员))(?P<name>[\u4e00-\u9fff·]{2,8})$"
)
_ROLE_RULES: tuple[tuple[Role, re.Pattern[str]], ...] = (
    ("presided", re.compile(r"主持")),
    ("spoke", re.compile(r"讲话|致辞|表态发言|作(?:了)?(?:工作|专题|主题)?报告|指出|强调|要求|表示|提出|部署")),
)
_ROLE_RANK = {"attended": 0, "spoke": 1, "presided": 2}


@dataclass
class Mention:
    name: str
    titles: list[str] = field(default_factory=list)
    venue: str | None = None


def _is_unique_post(title: str) -> bool:
    """A head's post (市委书记, 市长) names one person: a following bare name does not share it."""
    parts = parse_title(title)
    if parts is None or parts.group:
        return False
    post = parts.post or parts.government_post or ""
    return not post.startswith(("副", "常务副")) and post not in ("常委", "委员", "党组成员")


def _names_in(segment: str, delimited: bool) -> list[str] | None:
    segment = segment.removesuffix("同志")
    if is_plausible_name(segment, delimited=False):
        return [segment]
    glued = split_glued_names(segment)
    if glued:
        return list(glued)
    return [segment] if is_plausible_name(segment, delimited=delimited) else None


def _tokens(item: str, in_list: bool) -> list[tuple[str, str]] | None:
    """An item as ('title', …) and ('name', …) tokens; None if some part is neither."""
    return _grammar_tokens(item, in_list) or _loose_tokens(item)


def _loose_tokens(item: str) -> list[tuple[str, str]] | None:
    match = _LOOSE_TITLE.match(item)
    if match and is_plausible_name(match["name"]) and not TITLE.search(match["name"]):
        return [("title", match["title"]), ("name", match["name"])]
    return None


def _grammar_tokens(item: str, in_list: bool) -> list[tuple[str, str]] | None:
    tokens: list[tuple[str, str]] = []
    first = TITLE.match(item) or PLACED_TITLE.match(item)
    pos = 0
    if first:
        tokens.append(("title", first.group(0)))
        pos = first.end()
    while pos < len(item):
        match = TITLE.search(item, pos)
        end = match.start() if match else len(item)
        if end > pos:
            names = _names_in(item[pos:end], delimited=in_list and not tokens and match is None)
            if names is None:
                return None
            tokens.extend(("name", n) for n in names)
        if match:
            tokens.append(("title", match.group(0)))
            end = match.end()
        pos = end
    return tokens


def _split_items(text: str) -> list[str]:
    """Split a list at 、，及…, but not inside brackets: 各县（市、区）stays one item."""
    items, depth, start = [], 0, 0
    for match in re.finditer(r"[（(]|[）)]|" + _ITEM_SPLIT.pattern, text):
        token = match.group(0)
        if token in "（(":
            depth += 1
        elif token in "）)":
            depth = max(0, depth - 1)
        elif depth == 0:
            items.append(text[start : match.start()])
            start = match.end()
    items.append(text[start:])
    return items


def parse_person_list(text: str) -> list[Mention] | None:
    """`市领导甲、乙，市中级人民法院院长丙` -> mentions; None when any item is not a person."""
    text = _ASIDE.sub("", text)
    tail = _TAIL_TITLE.search(text)
    tail_title = tail.group("title") if tail else None
    if tail:
        text = text[: tail.start()]
    mentions: list[Mention] = []
    pending: list[str] = []
    shared: list[str] = []
    items = _split_items(text)
    for item in items:
        # A long unknown word passes as a transliterated name only inside a real list.
        tokens = _tokens(item, in_list=len(items) > 1) if item else None
        if not tokens and item and _GROUP_ITEM.search(item) and len(items) > 1:
            pending = []
            continue
        if not tokens:
            return None
        for kind, value in tokens:
            if kind == "title" and mentions and value in NATIONAL_TITLES and pending == [] and tokens[-1] == (kind, value):
                mentions.pop()  # `习近平总书记`: a leader cited
            elif kind == "title":
                pending.append(value)
            else:
                titles = pending or shared
                mentions.append(Mention(value, list(titles)))
                if pending:
                    shared = [] if any(_is_unique_post(t) for t in pending) else pending
                pending = []
    if tail_title:
        for mention in mentions:
            mention.titles = mention.titles or [tail_title]
    mentions = [m for m in mentions if m.name not in NATIONAL_LEADERS]
    return mentions or None


def _subject_before(span: str) -> list[Mention] | None:
    """The longest comma-joined tail of `span` that is entirely a list of people."""
    chunks = span.split("，")
    # A list of people spans a few dozen chunks at most: longer runs are prose.
    for start in range(max(0, len(chunks) - 40), len(chunks)):
        candidate = _LEADING_CONNECTIVE.sub("", "，".join(chunks[start:]).strip())
        if candidate and len(candidate) <= 400:
            mentions = parse_person_list(candidate)
            if mentions:
                return mentions
    return None


def _role_of(predicate: str) -> Role:
    clause = re.split(r"[，。；]", predicate, maxsplit=1)[0]
    for role, pattern in _ROLE_RULES:
        if pattern.search(clause) and not (role == "spoke" and re.search(r"交流发言|通报|宣读", clause)):
            return role
    return "attended"


def mentions_in_sentence(sentence: str) -> list[tuple[Mention, Role]]:
    found: list[tuple[Mention, Role]] = []
    if listed := _LIST_AFTER.search(sentence):
        found += [(m, "attended") for m in parse_person_list(listed["list"]) or []]
    pos = 0
    for match in PREDICATE.finditer(sentence):
        if match.start() < pos:
            continue
        mentions = _subject_before(sentence[pos : match.start()])
        if not mentions:
            continue
        role = _role_of(sentence[match.start() :])
        for mention in mentions:
            mention.venue = match.group("venue")
            found.append((mention, role))
        clause_end = re.search(r"[，。；]", sentence[match.end() :])
        pos = match.end() + clause_end.end() if clause_end else len(sentence)
    return found


def _merge(people: dict[str, Person], mention: Mention, role: Role) -> None:
    person = people.get(mention.name)
    if person is None:
        people[mention.name] = Person(
            name_zh=mention.name, titles_zh=mention.titles, role=role, venue_zh=mention.venue
        )
        return
    person.titles_zh.extend(t for t in mention.titles if t not in person.titles_zh)
    if _ROLE_RANK[role] > _ROLE_RANK[person.role]:
        person.role = role
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
