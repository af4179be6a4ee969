"""Directives: the requirements speakers lay down (要…, 必须…, 一是…二是…), attributed and in order.

A speech opens with its speaker and a speech verb (`蒋某强调，`, `他指出，`,
`高某在主持会议时要求，`, `在听取发言后，薛某强调，`, `回某出席会议并作重要讲话，要求…`);
`他`/`她` is the speaker named last. The speech runs on until a sentence about
someone else.
"""

from __future__ import annotations

import re

from zhbrief.brief import Directive
from zhbrief.extract.lexicon import SPEECH_VERBS, alternation

_SPEECH_VERBS = rf"(?:{alternation(SPEECH_VERBS)})"
# `会上，`, `最后，`, `在听取大家发言后，`, `在审议和讨论中，`: a circumstance before the speaker.
# `就做好…工作，`, `为确保大会圆满成功，`: what the speech is about or for.
_CIRCUMSTANCE = (
    r"(?:(?:会上|会议上|最后|随后|同时|会议最后|在[^，。]{1,24}?(?:后|中|时|上))[，,]?"
    r"|(?:就|为|围绕|针对)[^，。]{1,50}?[，,])?"
)
# `在讲话中`, `在主持会议时`, `在总结讲话时`: where the speaking happened.
_SETTING = r"(?:在[^，。]{0,20}?(?:时|中|上))?"
_SPEECH_LEAD = re.compile(
    rf"^{_CIRCUMSTANCE}(?P<who>[\u4e00-\u9fff·、“”]{{1,40}}?){_SETTING}(?:则|还|也|并|又|再次|进一步|着重|特别)?"
    rf"{_SPEECH_VERBS}[，：:]?"
)
# `回某出席会议并作重要讲话，要求…`, `…做了总结安排，她强调：`, `…对…进行再次强调，要求…`:
# the speech verb after the speaker's own clause.
_SPOKE_THEN_VERB = re.compile(
    rf"^{_CIRCUMSTANCE}(?P<who>[^。]{{2,60}}?)(?:讲话|致辞|发言|总结|安排|部署|强调)[，,](?:并|他|她)?(?:强调|要求|指出)[，：:]?"
)
# `会议强调，`, `报告指出，`, `会议对…提出要求，强调…`, `传达学习了…，强调…`: the meeting speaks.
_MEETING_LEAD = re.compile(
    rf"^(?:(?:会议|会上|大会|报告|讲话)(?:还|也|并|再次|进一步|着重|特别)?{_SPEECH_VERBS}[，：:]?"
    rf"|(?:会议|会上|大会)[^，。；]{{0,40}}?(?:提出|作出)(?:了)?[^，。；]{{0,8}}?要求[，,：:](?:并)?(?:强调|指出)?[，：:]?"
    rf"|(?:会议|会上)?(?:传达|学习|听取|审议|研究)[^。]*?[，,](?:会议)?(?:强调|要求|指出)[，：:]?)"
)
_PRONOUN = ("他", "她")
# A modal `要` (not 要求/要点/重要…) or 必须/务必/应当 early in a clause.
_MODAL = re.compile(
    r"(?:^|[，；：])[^，；。]{0,40}?(?:必须|务必|应当|希望|(?<![重主必只想需紧摘纲提概])要(?![求点素闻害件员是])(?!紧(?!紧))|需(?!求))"
)
_ENUMERATION = re.compile(
    r"(?:(?<=^)|(?<=[，；。：]))(?:[一二三四五六七八九十][是要]|第[一二三四五六七八九十][，、]|首先|其次|再次)"
)


def _split_enumeration(body: str) -> list[str]:
    starts = [m.start() for m in _ENUMERATION.finditer(body)]
    if len(starts) < 2:
        return [body]
    pieces = [body[: starts[0]]] if starts[0] > 0 else []
    pieces += [body[a:b] for a, b in zip(starts, starts[1:] + [len(body)])]
    return [p.strip("，；： ") for p in pieces if p.strip("，；： ")]




class _SpeechReader:
    """Follows who is speaking from sentence to sentence."""

    def __init__(self, participants: list[str]) -> None:
        self.names = set(participants)
        ordered = sorted(self.names, key=len, reverse=True)
        self.mentions = re.compile("|".join(map(re.escape, ordered))) if ordered else None
        self.last_named: str | None = None

    def opening(self, sentence: str) -> tuple[bool, str | None, str]:
        """(whether the sentence opens a speech, its speaker, the speech in it)."""
        if lead := _SPEECH_LEAD.match(sentence):
            who = lead["who"]
            speaker = self.last_named if who in _PRONOUN else self._last_in(who)
            if speaker or who in _PRONOUN:
                return True, speaker, sentence[lead.end() :]
        if (lead := _SPOKE_THEN_VERB.match(sentence)) and (speaker := self._last_in(lead["who"])):
            return True, speaker, sentence[lead.end() :]
        if lead := _MEETING_LEAD.match(sentence):
            return True, None, sentence[lead.end() :]
        return False, None, sentence

    def _last_in(self, text: str) -> str | None:
        found = self.mentions.findall(text) if self.mentions else []
        return found[-1] if found else None

    def note_mentions(self, sentence: str) -> bool:
        """Remember the last participant named; True when the sentence names one."""
        if last := self._last_in(sentence):
            self.last_named = last
            return True
        return False


def extract_directives(sentences: list[str], participants: list[str]) -> list[Directive]:
    """Directives in order, each attributed to the speaker whose speech it belongs to."""
    reader = _SpeechReader(participants)
    directives: list[Directive] = []
    seen: set[str] = set()
    speaker: str | None = None
    in_speech = False
    for sentence in sentences:
        opens, who, body = reader.opening(sentence)
        if opens:
            speaker, in_speech = who, True
            reader.last_named = who or reader.last_named
        elif reader.note_mentions(sentence):
            in_speech = False  # a narrative sentence about someone ends the speech
        if not in_speech or not body:
            continue
        for piece in _split_enumeration(body):
            text = piece.strip()
            if text and text not in seen and (_MODAL.search(text) or _ENUMERATION.match(text)):
                seen.add(text)
                directives.append(Directive(speaker_zh=speaker, text_zh=text))
    return directives
