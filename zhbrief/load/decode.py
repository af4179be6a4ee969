"""Bytes to text: BOMs, UTF-8, GB18030/GBK, Big5, UTF-16; binary and empty inputs refused."""

from __future__ import annotations

from dataclasses import dataclass

from zhbrief.errors import ZhbriefError

# Characters that are frequent in any Chinese news text, in both scripts: a
# wrong decoding produces rare characters instead, so this ratio picks the codec.
_COMMON = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质县省市委镇乡书记主任长会议召开讲话出席参加领导工作"
    "們這個為國發動經來現實對應說時會議開講話參加領導長區縣級書記與進無"
)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    replaced: int = 0  # undecodable bytes replaced by U+FFFD


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 without a BOM: the endianness whose decoding reads like Chinese (or has ASCII NULs)."""
    if len(data) < 4 or len(data) % 2:
        return None
    best: Decoded | None = None
    best_score = 0.15  # below this, neither decoding reads like text
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        ascii_share = sum(1 for ch in text if " " <= ch <= "~" or ch in "\n\r\t") / len(text)
        score = max(_common_ratio(text), ascii_share)
        if score > best_score:
            best, best_score = Decoded(text, "utf-16"), score
    return best


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > 0.05 * len(sample)


def _common_ratio(text: str) -> float:
    if not text:
        return 0.0
    hits = sum(1 for ch in text if ch in _COMMON)
    return hits / len(text) - 2.0 * text.count("\ufffd") / len(text)


def _best_legacy_decoding(data: bytes) -> Decoded:
    candidates: list[Decoded] = []
    for codec in ("gb18030", "big5"):
        text = data.decode(codec, errors="replace")
        candidates.append(Decoded(text, codec, text.count("\ufffd")))
    text = data.decode("utf-8", errors="replace")
    candidates.append(Decoded(text, "utf-8", text.count("\ufffd")))
    best = max(candidates, key=lambda d: _common_ratio(d.text))
    if best.replaced > 0.05 * len(best.text):
        best = _charset_normalizer_guess(data) or best
    return best


def _charset_normalizer_guess(data: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes

    match = from_bytes(data[:65536]).best()
    if match is None:
        return None
    text = data.decode(match.encoding, errors="replace")
    return Decoded(text, match.encoding, text.count("\ufffd"))


def decode_bytes(data: bytes, name: str = "input") -> Decoded:
    """Decode a file's bytes, or raise ZhbriefError saying why it cannot be read as text."""
    if not data.strip(b" \t\r\n\x00"):
        raise ZhbriefError(f"{name} is empty.")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            return Decoded(text, codec.replace("-sig", ""), text.count("\ufffd"))
    if b"\x00" in data[:8192]:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
    if _looks_binary(data):
        raise ZhbriefError(f"{name} looks like a binary file, not a text or HTML article.")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    strict: list[Decoded] = []
    for codec in ("gb18030", "big5"):
        try:
            strict.append(Decoded(data.decode(codec), codec))
        except UnicodeDecodeError:
            continue
    utf16 = _utf16_without_bom(data)
    if utf16 is not None and _common_ratio(utf16.text) > 0.3:
        strict.append(utf16)
    if strict:
        # GB18030 accepts most Big5 byte pairs too: compare what each decoding reads like.
        return max(strict + _nearly_clean(data), key=lambda d: _common_ratio(d.text))
    return _best_legacy_decoding(data)


def _nearly_clean(data: bytes) -> list[Decoded]:
    """Decodings with a few bytes replaced: a footer pasted in from a page in another
    encoding makes a Big5 page fail as Big5, while GB18030 reads all of it as nonsense."""
    found = []
    for codec in ("utf-8", "big5"):
        text = data.decode(codec, errors="replace")
        if 0 < (replaced := text.count("\ufffd")) <= max(4, len(text) // 100):
            found.append(Decoded(text, codec, replaced))
    return found
