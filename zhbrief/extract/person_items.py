"""One item of a list of people (`市委副书记、市长王某`, `李某`, `副主席甲某乙某`) as title and
name tokens, each name with the evidence that made it a name.

Candidates come from the title grammar (what lies between titles is a name slot) and
from surname statistics; each slot is kept or refused on its own evidence, so one odd
item costs that item, never its list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from zhbrief.extract.names import (
    has_surname,
    is_known_word,
    is_plausible_name,
    is_transliterated,
    is_transliteration,
    has_transliteration_mark,
    reads_as_transliteration,
    split_glued_names,
)
from zhbrief.extract.titles import BODY_WORD, PLACED_TITLE, TITLE

# Characters that never occur in a name slot accepted on context alone (a rare surname
# after a title, 喇敏智, or in a list of known names, 李应席).
_NEVER_IN_CONTEXT_NAMES = frozenset(
    "的了是们这那个其之所被把将从向并也都而让给着过在对等及与或就会议要和各全部门单位作为以于有关负责工作人员"
    "记者编辑摄影报道通讯员讯电日月年时分上下午晚主持出席参加讲话强调指出要求表示提出传达通报宣读汇报"
    "办局委部处室厅院所站队组团府县市区省镇乡街"
)
# Evidence that makes a name on its own; the rest counts only beside such a name.
STRONG_EVIDENCE = frozenset({"surname", "glued run", "transliteration"})
# `副`, `常务`: the start of a post, not the end of a name.
_BEFORE_A_POST = ("副", "正", "代", "常务")
# A place's last character: `黄石市` before a title is a place, not a name.
_LEVEL_ENDS = frozenset("省市县区州旗盟镇乡")
# `兼` joins two titles of one person (国务委员兼国务院秘书长).
_TITLE_JOINERS = frozenset({"兼", "和"})


@dataclass
class NameToken:
    name: str
    evidence: str  # why it is a name: surname, glued run, transliteration, after title, in list

    @property
    def strong(self) -> bool:
        """Good on its own: a known surname, or a transliteration right after a title."""
        return self.evidence in STRONG_EVIDENCE or (self.evidence == "after title" and is_transliterated(self.name))


@dataclass
class ItemTokens:
    """Titles and names in order; `tokens` holds str titles and NameToken names."""

    tokens: list[str | NameToken] = field(default_factory=list)
    group: str | None = None  # the group title after `等` that closes this item's part of a list

    @property
    def names(self) -> list[NameToken]:
        return [t for t in self.tokens if isinstance(t, NameToken)]

    @property
    def titles(self) -> list[str]:
        return [t for t in self.tokens if isinstance(t, str)]


@dataclass(frozen=True)
class SlotContext:
    after_title: bool  # a title stands right before the slot, in the same item
    in_list: bool  # the item is one of several in a list


def _context_name(slot: str, context: SlotContext) -> bool:
    """A name that no surname table vouches for, accepted because of where it stands."""
    if not (context.after_title or context.in_list) or TITLE.search(slot):
        return False
    if 2 <= len(slot) <= 3:
        return not set(slot) & _NEVER_IN_CONTEXT_NAMES and all("\u4e00" <= ch <= "\u9fff" for ch in slot)
    return is_transliteration(slot)


def names_in_slot(slot: str, context: SlotContext) -> list[NameToken] | None:
    """The name or names filling a slot between titles; None when it holds something else."""
    slot = slot.removesuffix("同志")
    if not slot or BODY_WORD.match(slot) or is_known_word(slot) or LOOSE_POST.fullmatch(slot):
        return None  # `董事长`: a post, never a name
    if is_plausible_name(slot):
        return [NameToken(slot, "surname")]
    if context.after_title and len(slot) <= 3 and has_surname(slot) and is_plausible_name(slot, delimited=True):
        return [NameToken(slot, "surname")]  # `党委副书记朱栋会同志`: alone after its title, 会 ends a name
    if (is_transliteration(slot) and has_transliteration_mark(slot)) or reads_as_transliteration(slot):
        return [NameToken(slot, "transliteration")]  # 向巴平措, not 向巴 + 平措
    if is_plausible_name(slot, delimited=context.in_list or context.after_title):
        return [NameToken(slot, "after title" if context.after_title else "in list")]
    if len(slot) >= 4 and (glued := split_glued_names(slot)):
        return [NameToken(n, "glued run") for n in glued]
    if _context_name(slot, context):
        return [NameToken(slot, "after title" if context.after_title else "in list")]
    return None


def _first_title(item: str) -> re.Match[str] | None:
    return TITLE.match(item) or PLACED_TITLE.match(item)


# A title outside the grammar (市红十字会会长, 纪检组组长) still ends in a post word.
LOOSE_POST = re.compile(
    r"会长|理事长|董事长|总经理|经理|行长|所长|站长|队长|社长|台长|馆长|校长|主任|主委|书记|局长|院长|部长|主席|专员"
    r"|负责人|委员|常委|组长|处长|科长|司长|厅长|总监|指导员|教导员|庭长|参议|巡视员|调研员|秘书|主持人|科员|领导|代表"
    r"|成员"
)
_LOOSE_TITLE_TEXT = re.compile(r"^(?:(?![由在的了对与及等为把被])[\u4e00-\u9fff“”]){2,30}$")


# `听取和审议…主席`: what the session did, not part of a title.
_SESSION_VERBS = re.compile("听取|审议|审查")


def loose_tokens(item: str, in_list: bool) -> ItemTokens | None:
    """`经济委员会主任周某`: the longest title ending in a post word, then one name."""
    for post in reversed(list(LOOSE_POST.finditer(item))):
        title, rest = item[: post.end()], item[post.end() :]
        if not _LOOSE_TITLE_TEXT.match(title) or _SESSION_VERBS.search(title):
            continue
        if not rest:
            name = item[: post.start()]
            if post.start() and is_plausible_name(name) and not name.endswith(_BEFORE_A_POST) and name[0] not in "和与及":
                return ItemTokens([NameToken(name, "surname"), post.group(0)])  # `严某董事长`
            return ItemTokens([title])  # a title alone, continued by the next item
        if rest[0] in "和与及":
            continue  # `…其他成员和特邀代表`: a second group joined on, not a name
        names = names_in_slot(rest, SlotContext(after_title=True, in_list=in_list))
        if names and len(names) == 1 and names[0].evidence == "surname":
            return ItemTokens([title, names[0]])
    return None


def tokenize_item(item: str, in_list: bool) -> ItemTokens | None:
    """`市委副书记、市长王某` -> titles and names; None when some part is neither."""
    return grammar_tokens(item, in_list) or loose_tokens(item, in_list)


def grammar_tokens(item: str, in_list: bool) -> ItemTokens | None:
    """Titles found by the grammar; what lies between them is a slot for names."""
    result = ItemTokens()
    first = _first_title(item)
    pos = 0
    if first:
        result.tokens.append(first.group(0))
        pos = first.end()
    while pos < len(item):
        match = TITLE.search(item, pos)
        end = match.start() if match else len(item)
        gap = item[pos:end]
        if gap and not (gap in _TITLE_JOINERS and match and result.tokens and isinstance(result.tokens[-1], str)):
            previous_is_title = bool(result.tokens) and isinstance(result.tokens[-1], str)
            names = names_in_slot(gap, SlotContext(after_title=previous_is_title, in_list=in_list))
            if names is None:
                return None
            result.tokens.extend(names)
        if match:
            result.tokens.append(match.group(0))
            end = match.end()
        pos = end
    if len(result.tokens) == 1 and first is not None and first.re is PLACED_TITLE:
        return _name_before_title(first) or result
    return result if result.tokens else None


def _name_before_title(placed: re.Match[str]) -> ItemTokens | None:
    """`王金山省长` is a name and a title after it, not the governor of a place 王金山."""
    place = placed.group("place")
    if not is_plausible_name(place) or place[-1] in _LEVEL_ENDS:
        return None  # `黄石市副市长`: a city's post
    return ItemTokens([NameToken(place, "surname"), placed.group(0)[len(place) :]])
