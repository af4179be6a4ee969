"""Role verbs: where in a sentence someone presides, speaks or attends, and which role it is.

A predicate is found by its verb alone; what stands between a subject and its verb (a
time, a place, `对…`, `在讲话中`) is left to the subject parser as an adverbial tail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zhbrief.brief import Role
from zhbrief.extract.lexicon import SPEECH_VERBS, alternation

# `说` speaks only before what is said (`他说，`): not in 说明, 说服.
_SAYS = "|".join("说(?=[，,：:])" if verb == "说" else verb for verb in SPEECH_VERBS)
# `作`, `所作的`, `做了`: giving a speech, a report or an explanation (never `工作`, `作出`).
_GIVE = r"(?<!工)(?:所)?[作做](?!出)(?:了)?的?"
# Speaking: speeches, reports and explanations given to the meeting (`述职报告`, `作关于…的说明`),
# and every kind of 发言 (`交流发言`, `大会发言`, `分别发言`): a speaker in turn speaks.
_SPOKE_VERBS = (
    rf"{_GIVE}(?:重要|动员|总结|工作|表态|专题|主题|安排|辅导|政府工作|述职|大会|交流|书面|补充|宣讲|[\u4e00-\u9fff]{{2}})?"
    r"(?:讲话|报告|部署|辅导|总结|点评|发言|说明|致辞)"
    r"|向(?:大会|会议|全会|全体会议)(?:作)?(?:了)?报告"  # `主席某代表常委会，向大会报告工作`
    rf"|{_GIVE}(?:题为)?《[^》]{{1,80}}》的?(?:重要|工作|主题|专题|辅导|大会)?(?:讲话|报告|辅导|说明|发言)"
    rf"|{_GIVE}《[^》]{{0,78}}(?:报告|讲话|说明)》"
    rf"|{_GIVE}[^，。；、《]{{1,30}}?(?<!汇)(?:报告|说明)(?![书单])"
    rf"|{_GIVE}关于[^，。；]{{1,80}}?(?<!汇)(?:报告|说明)(?![书单])"
    r"|(?:进行|作)(?:了)?[^，。；]{0,10}?说明"
    rf"|{_GIVE}(?:专题)?(?:讲座|授课)|谈(?:了)?(?:看法|体会|意见|认识|感受)|提(?:出)?(?:了)?(?:建议|意见)(?![稿书])"
    r"|回顾(?:并|和)?总结(?:了)?"  # `镇长某回顾总结了去年的工作`: the year's report
    r"|发表(?:了)?(?:重要)?讲话|(?:表态|主题|大会|交流|集中|书面|先后|分别|依次|相继)?发(?:了)?言|讲话|致辞|点评"
    rf"|{_SAYS}"
)
_ATTENDED_VERBS = (
    r"(?<!工)[作做](?:了)?(?:情况)?汇报|(?<!工)作(?:了)?《[^》]{1,80}》|[作做](?:了)?(?:详细|具体|全面)?安排部署"
    r"|(?:进行|作)(?:了)?(?:[^，。；]{0,10}?)(?:解读|总结|通报|部署|培训|动员|研讨|交流)|出席|参加|参会|列席|与会|到会|莅临|就座|就坐|来到"
    r"|步入会场|欢聚一堂|安排|传达|通报|宣读|汇报|介绍|说明"
)
VERB = re.compile(rf"(?P<presided>主持)|(?P<spoke>{_SPOKE_VERBS})|(?P<attended>{_ATTENDED_VERBS})")
# `出席会议的还有…`, `在主席台就座的还有：…`: the people come after the verb.
LIST_AFTER = re.compile(
    r"(?:出席|参加|列席|就座|就坐)[^，。；：的]{0,14}的(?P<label>[\u4e00-\u9fff]{0,10}?)(?:还)?有[：:]?(?P<list>[^。；]+)"
)
# `本次大会执行主席是：甲、乙…`, `大会执行主席由甲、乙担任`, `开幕会的执行主席是甲和乙`,
# `大会由主席团常务主席甲、乙担任执行主席`: a list under the post its members hold.
LABELLED_LIST = re.compile(
    r"(?P<label>(?:(?!的)[\u4e00-\u9fff]){0,8}?(?:执行主席|常务主席|主席团成员|召集人))"
    r"(?:(?:是|为|有)[：:](?P<list>[^。；]+)|是(?P<plain>[^。；：:]+)|由(?P<holders>[^。；，]+?)(?:同志)?(?:担任|组成))"
    r"|由(?P<serving>[^。；，]{2,80}?)(?:同志)?担任(?P<post>(?:大会)?执行主席)"
)
# A verb used as a noun or inside another word: 的讲话, 主持人, 与会人员, 发言人, 列席代表.
_NOT_A_VERB_AFTER = re.compile(r"人(?!大|民)|者|词|稿|精神|内容|下(?!午)|代表(?!团|大会)")  # 在某主持下: a citation
# `在听取发言后`: a speech heard is not spoken.
_HEARD_BEFORE = re.compile(r"听(?:取)?(?:了)?(?:大家|各位|代表们?|委员们?)?(?:的)?$")
# `…通报工作会议`, `…汇报会`: the verb names the meeting.
_MEETING_NAME_NOUNS = ("通报", "汇报", "交流", "部署", "动员", "总结", "点评", "讲话", "报告", "说明", "介绍")
_IN_MEETING_NAME = re.compile(r"[^，。；、了]{0,8}?(?:会议|大会|会)(?:召开|举行|开幕|闭幕|在|[，。]|$)")
# `…并讲话`, `…并主持`: a second verb that raises the role of the first.
_AND_SPOKE = re.compile(r"并(?:[作做]|发表)?(?:了)?(?:重要|总结|表态|交流|大会)?(?:讲话|致辞|点评|发言)")
_AND_PRESIDED = re.compile(r"并主持")
# `在主持…时强调`, `在出席…时的讲话`: the verb only dates what follows.
_TIME_CLAUSE_END = re.compile(rf"时(?:的|所作|{alternation(SPEECH_VERBS)})|时$")
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
    if before == "的" or _NOT_A_VERB_AFTER.match(after) or _HEARD_BEFORE.search(text, 0, match.start()):
        return False
    if match.group(0).endswith(_MEETING_NAME_NOUNS) and _IN_MEETING_NAME.match(after):
        return False  # `全区招商引资信息通报工作会议召开`: part of the meeting's name
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
