"""Names and places to pinyin, with surname readings a general pinyin library gets wrong."""

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
# Places whose English is not their plain pinyin.
PLACE_NAMES: dict[str, str] = {
    "广西壮族": "Guangxi Zhuang", "广西": "Guangxi", "宁夏回族": "Ningxia Hui", "新疆维吾尔": "Xinjiang Uygur",
    "内蒙古": "Inner Mongolia", "西藏": "Xizang", "陕西": "Shaanxi", "香港": "Hong Kong", "澳门": "Macao",
}
# In transliterated minority names some characters keep one reading (满都呼 Manduhu).
_TRANSLITERATION_READINGS = {
    "都": "du", "和": "he", "的": "di", "什": "shi", "曾": "zeng", "尔": "er", "乐": "le", "勒": "le", "单": "dan",
    "朴": "pu", "查": "cha", "区": "qu", "解": "jie", "盖": "gai",
}
# Readings a phrase dictionary gets wrong inside given names (任长霞 is Changxia, not Zhangxia).
_GIVEN_NAME_READINGS = {"长": "chang", "焯": "zhuo", "隽": "jun", "劲": "jin"}
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


def place_to_pinyin(place: str) -> str:
    """`万秀` -> `Wanxiu`, `广西壮族` -> `Guangxi Zhuang`."""
    return PLACE_NAMES.get(place) or _word(_syllables(place))


# Agencies and the sites a saved page names (their own English names).
_KNOWN_OUTLETS = {
    "新华社": "Xinhua News Agency", "人民日报": "People's Daily", "中新社": "China News Service",
    "新华网": "Xinhuanet", "人民网": "People's Daily Online", "中国政府网": "Chinese Government Website",
    "央视网": "CCTV.com", "中国新闻网": "China News Network", "光明网": "Guangming Online", "中国日报网": "China Daily",
    "中国青年网": "China Youth Online", "半月谈": "Banyuetan", "澎湃新闻": "The Paper", "财经网": "Caijing",
    "网易": "NetEase", "网易财经": "NetEase Finance", "网易新闻": "NetEase News", "新浪财经": "Sina Finance",
    "新浪网": "Sina", "搜狐": "Sohu", "腾讯网": "Tencent News", "凤凰网": "ifeng.com", "环球网": "Huanqiu.com",
}
_GOVERNMENT_SITES = (("人民政府门户网站", "People's Government website"), ("人民政府网站", "People's Government website"),
                     ("人民政府网", "People's Government website"), ("人民政府", "People's Government"))


def outlet_to_english(outlet: str) -> str:
    """`梧州日报` -> `Wuzhou Daily`; an outlet form not known keeps its pinyin."""
    if outlet in _KNOWN_OUTLETS:
        return _KNOWN_OUTLETS[outlet]
    for suffix, english in _GOVERNMENT_SITES:
        if outlet.endswith(suffix) and len(outlet) > len(suffix):
            from zhbrief.translate.places import division_english

            return f"{division_english(outlet[: -len(suffix)])} {english}"
    for suffix, english in (
        ("广播电视台", "Radio and Television Station"), ("融媒体中心", "Media Center"), ("电视台", "TV Station"),
        ("新闻网", "News Network"), ("日报", "Daily"), ("晚报", "Evening News"), ("早报", "Morning Post"),
        ("时报", "Times"), ("报", "Daily"), ("网", "Online"), ("新闻", "News"),
    ):
        if outlet.endswith(suffix) and len(outlet) > len(suffix):
            return f"{place_to_pinyin(outlet[: -len(suffix)])} {english}"
    return place_to_pinyin(outlet)
