"""Directives: the requirements speakers lay down (要…, 必须…, 一是…二是…), attributed and in order."""

from __future__ import annotations

import re

from zhbrief.brief import Directive

_SPEECH_VERBS = r"(?:指出|强调|要求|表示|提出|说|希望|明确)"
_SPEECH_LEAD = re.compile(
    rf"^(?P<who>[\u4e00-\u9fff·、]{{2,30}}?)(?:在(?:讲话|会上|总结讲话|讲话中)[^，。]{{0,6}}?)?{_SPEECH_VERBS}[，：:]?"
)
_MEETING_LEAD = re.compile(rf"^(?:会议|会上|大会){_SPEECH_VERBS}[，：:]?")
# A modal `要` (not 要求/要点/重要…) or 必须/务必/应当 early in a clause.
_MODAL = re.compile(
    r"(?:^|[，；：])[^，；。]{0,20}?(?:必须|务必|应当|(?<![重主必只想需紧摘纲提概])要(?![求点素闻害件员紧是])|需(?!求))"
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


def _speaker_of(sentence: str, participants: set[str]) -> tuple[str | None, str, bool]:
    """(speaker, body, whether the sentence opens a speech) for one sentence."""
    if lead := _SPEECH_LEAD.match(sentence):
        who = lead["who"]
        for size in range(len(who), 1, -1):  # the name ends the lead: 市委书记蒋连生
            if who[-size:] in participants:
                return who[-size:], sentence[lead.end() :], True
    if lead := _MEETING_LEAD.match(sentence):
        return None, sentence[lead.end() :], True
    return None, sentence, False


def extract_directives(sentences: list[str], participants: list[str]) -> list[Directive]:
    """Directives in order, each attributed to the speaker whose speech it belongs to."""
    names = set(participants)
    mentions_someone = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True)))) if names else None
    directives: list[Directive] = []
    seen: set[str] = set()
    speaker: str | None = None
    in_speech = False
    for sentence in sentences:
        who, body, opens = _speaker_of(sentence, names)
        if opens:
            speaker, in_speech = who, True
        elif mentions_someone and mentions_someone.search(sentence):
            in_speech = False  # a narrative sentence about someone ends the speech
        if not in_speech or not body:
            continue
        for piece in _split_enumeration(body):
            text = piece.strip()
            if text and text not in seen and (_MODAL.search(text) or _ENUMERATION.match(text)):
                seen.add(text)
                directives.append(Directive(speaker_zh=speaker, text_zh=text))
    return directives
