"""The grammar of Chinese official titles, with the English of each part.

A title is `[place] level [term] body post` (市委书记, 万秀区委书记, 县九届政协秘书长), a
government post of its own (市长, 常务副市长), a national office (国务院副总理), a bare
post continuing a title chain (党组书记、检察长), or a group title (市领导). The tables
live in `title_tables.py`, so extraction (Chinese) and translation (English) read the
same grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from zhbrief.extract.lexicon import alternation
from zhbrief.extract.national_titles import CITED_AFTER_NAME, NATIONAL_OFFICES
from zhbrief.extract.title_tables import BODIES, GOVERNMENT_POSTS, GROUP_TITLES, LEVELS, POSTS

__all__ = [
    "BODIES", "CITED_AFTER_NAME", "GOVERNMENT_POSTS", "GROUP_TITLES", "LEVELS", "NATIONAL_OFFICES", "POSTS",
    "BODY_WORD", "PLACE", "PLACED_TITLE", "TITLE", "TitleParts", "is_unique_post", "parse_title",
]


_LEVEL = alternation(LEVELS)
_BODY = alternation(BODIES)
# A department not in the table: a few characters ending like one, only right after a level.
_GENERIC_BODY = r"[\u4e00-\u9fff]{1,8}?(?:局|委|办|厅|中心|管委会|委员会)"
_POST = alternation(POSTS)
_GOV_POST = alternation(GOVERNMENT_POSTS)
_GROUP = alternation(GROUP_TITLES)
_NATIONAL = alternation(NATIONAL_OFFICES)
# `县九届政协`, `州十三届人大常委会`: the body's term between level and body.
_TERM = r"(?:第?[一二三四五六七八九十]{1,3}届|届)?"
# `十一届省政协副主席`: the term before the level, as a former holder's title is written.
_TERM_FIRST = r"(?:第?[一二三四五六七八九十]{1,3}届)?"
# `往届县政协主席`, `原市委书记`: a former holder.
_FORMER = r"(?:往届|原|时任)?"
# `代检察长`, `代主任`: acting in a post; `市政协副主席候选人`: standing for one.
_ACTING = r"(?:代)?"
_CANDIDATE = r"(?:候选人|提名人选|人选)?"  # `镇人大主席人选`: nominated, before the vote

TITLE_CORE = (
    rf"(?:{_FORMER}(?:{_NATIONAL}"
    rf"|{_GROUP}"
    rf"|{_TERM_FIRST}(?:{_LEVEL}){_TERM}(?:{_BODY}|{_GENERIC_BODY}){_FORMER}{_ACTING}(?:{_POST}){_CANDIDATE}"
    rf"|(?:{_BODY}){_ACTING}(?:{_POST})"
    rf"|(?:(?:{_LEVEL})(?:人民)?政府)?(?:{_GOV_POST})"
    rf"|{_ACTING}(?:{_POST})))"
)
TITLE = re.compile(TITLE_CORE)
# A place name before a level: 万秀区委书记, 梧州市长, 广西壮族自治区党委书记; never a
# phrase such as 大会由 (a place has no function characters).
PLACE = r"(?!首先|接着|然后|随后|最后|同时)(?:(?![的了是在由对会议和与及等为将把被从向到并也还届第])[\u4e00-\u9fff]){2,7}?"
PLACED_TITLE = re.compile(rf"(?P<place>{PLACE})(?=(?:{_LEVEL})|{_GOV_POST})(?:{TITLE_CORE})")
_PARTS_BODY = (
    rf"(?:(?P<national>{_NATIONAL})"
    rf"|(?P<group>{_GROUP})"
    rf"|{_TERM_FIRST}(?P<level>{_LEVEL}){_TERM}(?P<body>{_BODY}|{_GENERIC_BODY}){_FORMER}{_ACTING}(?P<post>{_POST})(?P<candidate>{_CANDIDATE})"
    rf"|(?P<levelless_body>{_BODY}){_ACTING}(?P<levelless_post>{_POST})"
    rf"|(?:(?:{_LEVEL})(?:人民)?政府)?(?P<govpost>{_GOV_POST})|{_ACTING}(?P<bare>{_POST}))$"
)
_PARTS = re.compile(rf"^{_FORMER}(?P<place>){_PARTS_BODY}")
_PLACED_PARTS = re.compile(rf"^{_FORMER}(?P<place>{PLACE})(?=(?:{_LEVEL})|(?:{_GOV_POST})$){_PARTS_BODY}")


@dataclass(frozen=True)
class TitleParts:
    text: str
    place: str | None = None
    level: str | None = None
    body: str | None = None
    post: str | None = None
    government_post: str | None = None
    group: str | None = None
    national: str | None = None
    former: bool = False
    acting: bool = False
    candidate: bool = False


_FORMER_POST = re.compile(rf"原{_ACTING}(?:{_POST})")
_ACTING_POST = re.compile(rf"代(?:{_POST})$")


@lru_cache(maxsize=4096)
def parse_title(text: str) -> TitleParts | None:
    """Split a title into its parts, or None when it does not follow the grammar."""
    match = _PARTS.match(text) or _PLACED_PARTS.match(text)
    if not match:
        return None
    return TitleParts(
        text=text,
        place=match.group("place") or None,
        level=match.group("level"),
        body=match.group("body") or match.group("levelless_body"),
        post=match.group("post") or match.group("levelless_post") or match.group("bare"),
        government_post=match.group("govpost"),
        group=match.group("group"),
        national=match.group("national"),
        former=text.startswith(("往届", "原", "时任")) or bool(_FORMER_POST.search(text)),
        acting=bool(_ACTING_POST.search(text)),
        candidate=bool(match.group("candidate")),
    )


# A body named with its level (区人大, 市政府): never a name, though 区 is a surname.
BODY_WORD = re.compile(rf"^(?:{_LEVEL})(?:{_BODY}|政府|人大|政协)")


# Posts several people hold at once (副主席, 常委, 执行主席): a bare name after one shares it.
_SHARED_POST = re.compile("副|常委|委员(?!长)|成员|常务主席|执行主席|代表|书记处书记")


@lru_cache(maxsize=4096)
def is_unique_post(title: str) -> bool:
    """A head's post (市委书记, 市长) names one person: a following bare name does not share it."""
    parts = parse_title(title)
    if parts is None or parts.group:
        return False
    post = parts.post or parts.government_post or parts.national or ""
    return not _SHARED_POST.search(post)
