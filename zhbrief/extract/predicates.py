"""Role verbs: where in a sentence someone presides, speaks or attends, and which role it is.

A predicate is found by its verb alone; what stands between a subject and its verb (a
time, a place, `对…`, `在讲话中`) is left to the subject parser as an adverbial tail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zhbrief.brief import Role

_SPOKE_VERBS = (
    r"(?<!工)作(?:了)?(?:重要|动员|总结|工作|表态|专题|主题|安排|辅导|政府工作)?(?:讲话|报告|部署|辅导|总结|点评|表态发言|主题发言)"
    r"|(?<!工)作(?:了)?(?:题为)?《[^》]{1,80}》的?(?:重要|工作|主题|专题|辅导)?(?:讲话|报告|辅导)"
    r"|(?<!工)作(?:了)?《[^》]{0,78}(?:报告|讲话)》"
    r"|(?<!工)作(?:了)?[^，。；、《]{1,16}?(?:工作报告|专题报告|辅导报告)"
    r"|发表(?:了)?(?:重要)?讲话|表态发言|主题发言|讲话|致辞|指出|强调|要求|表示|提出|点评|说(?=[，,：:])"
)
_ATTENDED_VERBS = (
    r"(?<!工)[作做](?:了)?(?:交流|情况)?(?:发言|说明|汇报)|(?<!工)作(?:了)?《[^》]{1,80}》|[作做](?:了)?(?:详细|具体|全面)?安排部署"
    r"|(?:进行|作)(?:了)?(?:[^，。；]{0,10}?)(?:解读|总结|说明|通报|部署|培训|动员|研讨|交流)|交流发言|出席|参加|参会|列席|与会|到会|莅临|就座|就坐|来到"
    r"|步入会场|安排|传达|通报|宣读|汇报|介绍|说明|发(?:了)?言"
)
VERB = re.compile(rf"(?P<presided>主持)|(?P<spoke>{_SPOKE_VERBS})|(?P<attended>{_ATTENDED_VERBS})")
# `出席会议的还有…`, `在主席台就座的还有：…`: the people come after the verb.
LIST_AFTER = re.compile(
    r"(?:出席|参加|列席|就座|就坐)[^，。；：的]{0,14}的(?P<label>[\u4e00-\u9fff]{0,10}?)(?:还)?有[：:]?(?P<list>[^。；]+)"
)
# A verb used as a noun or inside another word: 的讲话, 主持人, 与会人员, 发言人.
_NOT_A_VERB_AFTER = re.compile(r"人(?!大|民)|者|词|稿|精神|内容|下(?!午)")  # 在某主持下: a citation
# `…并讲话`, `…并主持`: a second verb that raises the role of the first.
_AND_SPOKE = re.compile(r"并(?:作|发表)?(?:了)?(?:重要|总结)?(?:讲话|致辞|点评)|并(?:作)?(?:了)?表态发言")
_AND_PRESIDED = re.compile(r"并主持")
# `在主持…时强调`, `在出席…时的讲话`: the verb only dates what follows.
_TIME_CLAUSE_END = re.compile(r"时(?:的|强调|指出|说|表示|要求|所作)|时$")
_CLAUSE_END = re.compile("[，。；]")
_RANK = {"attended": 0, "spoke": 1, "presided": 2}


@dataclass(frozen=True)
class Predicate:
    start: int
    end: int
    verb: str
    role: Role
    temporal: bool  # `在主持…时`: the verb dates another statement (a citation)


def _is_verb(text: str, match: re.Match[str]) -> bool:
    before = text[match.start() - 1] if match.start() else ""
    after = text[match.end() :]
    if before == "的" or _NOT_A_VERB_AFTER.match(after):
        return False
    return not LIST_AFTER.match(text, match.start())  # the list comes after: read elsewhere


def _role(text: str, match: re.Match[str]) -> Role:
    role: Role = "presided" if match["presided"] else "spoke" if match["spoke"] else "attended"
    clause = _CLAUSE_END.split(text[match.end() :], maxsplit=1)[0]
    if _AND_PRESIDED.search(clause):
        return "presided"
    if role == "attended" and _AND_SPOKE.search(clause):
        return "spoke"
    return role


def find_predicates(clause: str) -> list[Predicate]:
    predicates = []
    for match in VERB.finditer(clause):
        if not _is_verb(clause, match):
            continue
        rest = _CLAUSE_END.split(clause[match.end() :], maxsplit=1)[0]
        temporal = clause[: match.start()].endswith("在") and bool(_TIME_CLAUSE_END.search(rest))
        predicates.append(Predicate(match.start(), match.end(), match.group(0), _role(clause, match), temporal))
    return predicates


def higher_role(a: Role, b: Role) -> Role:
    return a if _RANK[a] >= _RANK[b] else b
