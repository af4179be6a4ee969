"""Names to pinyin, with surname readings a general pinyin library gets wrong; a place's
English (its established name, or this pinyin) is in `places.py`."""

from __future__ import annotations

from functools import lru_cache

from zhbrief.extract.names import COMPOUND_SURNAMES, reads_as_transliteration, surname_of

# Readings of characters used as surnames (pypinyin reads 曾 ceng, 单 dan, 解 jie, 区 qu …).
SURNAME_READINGS: dict[str, str] = {
    "曾": "zeng", "单": "shan", "解": "xie", "区": "ou", "查": "zha", "仇": "qiu", "朴": "piao",
    "盖": "ge", "覃": "qin", "冼": "xian", "乐": "yue", "翟": "zhai", "缪": "miao", "蔚": "yu",
    "褚": "chu", "仰": "yang", "买": "mai", "茆": "mao", "尉": "wei", "员": "yun", "秘": "bi",
    "种": "chong", "召": "shao", "宓": "mi", "折": "she", "隗": "wei", "句": "gou", "能": "nai",
    "柏": "bai", "过": "guo", "车": "che", "重": "chong", "莘": "shen", "谌": "shen", "占": "zhan",
    "贲": "ben", "郇": "xun", "眭": "sui", "繁": "po", "长": "chang", "朝": "chao", "华": "hua",
    "任": "ren", "沈": "shen", "石": "shi", "薄": "bo", "藏": "zang", "都": "du", "那": "na",
    "阚": "kan", "燕": "yan", "纪": "ji", "应": "ying", "曲": "qu", "缴": "jiao", "祭": "zhai",
    "欧阳": "ouyang", "尉迟": "yuchi", "万俟": "moqi", "单于": "chanyu", "长孙": "zhangsun",
    "令狐": "linghu", "澹台": "tantai", "皇甫": "huangfu", "司马": "sima", "上官": "shangguan",
    "诸葛": "zhuge", "夏侯": "xiahou", "公孙": "gongsun", "慕容": "murong", "司徒": "situ",
    "东方": "dongfang", "宇文": "yuwen", "钟离": "zhongli", "呼延": "huyan", "淳于": "chunyu",
}
# In transliterated minority names some characters keep one reading (满都呼 Manduhu).
_TRANSLITERATION_READINGS = {
    "都": "du", "和": "he", "的": "di", "什": "shi", "曾": "zeng", "尔": "er", "乐": "le", "勒": "le", "单": "dan",
    "朴": "pu", "查": "cha", "区": "qu", "解": "jie", "盖": "gai",
}
# Readings a phrase dictionary gets wrong inside given names (任长霞 is Changxia, not Zhangxia).
_GIVEN_NAME_READINGS = {"长": "chang", "焯": "zhuo", "隽": "jun", "劲": "jin", "焘": "tao"}  # 焘 is tao in names (蔡焘)
_VOWEL_START = ("a", "o", "e")


def _syllables(text: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(text, style=Style.NORMAL, v_to_u=True, errors=lambda chars: [""] * len(chars))


def join_syllables(syllables: list[str], apostrophes: bool = True) -> str:
    """`jing`+`e` -> `jing'e`: an apostrophe where a syllable starting a/o/e would blur the boundary."""
    out = ""
    for syllable in syllables:
        if not syllable:
            continue
        if apostrophes and out and syllable.startswith(_VOWEL_START):
            out += "'"
        out += syllable
    return out


def _word(syllables: list[str], apostrophes: bool = True) -> str:
    joined = join_syllables(syllables, apostrophes)
    return joined[:1].upper() + joined[1:]


def _transliteration(text: str) -> str:
    """Minority names are written as spoken: one word, no apostrophes, fixed readings."""
    syllables = [_TRANSLITERATION_READINGS.get(ch) or _syllables(ch)[0] for ch in text]
    return _word(syllables, apostrophes=False)


@lru_cache(maxsize=4096)
def name_to_pinyin(name: str) -> str:
    """`曾军宁` -> `Zeng Junning`, `欧阳修` -> `Ouyang Xiu`, `伊力哈木·沙比尔` -> `Yilihamu Shabier`."""
    if "·" in name:
        return " ".join(_transliteration(part) for part in name.split("·") if part)
    if (len(name) >= 4 and name[:2] not in COMPOUND_SURNAMES) or reads_as_transliteration(name):
        return _transliteration(name)
    surname = surname_of(name)
    given = name[len(surname) :]
    surname_reading = SURNAME_READINGS.get(surname)
    surname_syllables = [surname_reading] if surname_reading else _syllables(surname)
    if not given:
        return _word(surname_syllables)
    given_syllables = [_GIVEN_NAME_READINGS.get(ch, syllable) for ch, syllable in zip(given, _syllables(given))]
    return f"{_word(surname_syllables)} {_word(given_syllables)}"


def word_pinyin(text: str) -> str:
    """`万秀` -> `Wanxiu`: the text's pinyin as one capitalised word (a place, a slogan)."""
    return _word(_syllables(text))
