"""Places in English: pinyin with their level (万秀区 Wanxiu District, 汶上县 Wenshang County),
the established English where one exists (乌审旗 Uxin Banner, 喀什 Kashgar), and where a
place belongs (Wanxiu District, Wuzhou, Guangxi)."""

from __future__ import annotations

from zhbrief.english.pinyin import word_pinyin
from zhbrief.extract.places import ETHNIC_GROUPS, Place, prefecture_of, province_of, short_name

# Names with an established English form other than their pinyin, by short name: the one
# table of place English (titles, meeting names, outlets and the LLM check read it too).
ESTABLISHED: dict[str, str] = {
    "内蒙古": "Inner Mongolia", "西藏": "Xizang", "陕西": "Shaanxi", "香港": "Hong Kong", "澳门": "Macao",
    "广西壮族": "Guangxi Zhuang", "宁夏回族": "Ningxia Hui", "新疆维吾尔": "Xinjiang Uygur",
    "呼和浩特": "Hohhot", "鄂尔多斯": "Ordos", "呼伦贝尔": "Hulunbuir", "乌兰察布": "Ulanqab", "巴彦淖尔": "Bayannur",
    "锡林郭勒": "Xilingol", "兴安": "Hinggan", "阿拉善": "Alxa", "乌审": "Uxin", "鄂托克": "Otog", "鄂托克前": "Otog Front",
    "扎鲁特": "Jarud", "准格尔": "Jungar", "达拉特": "Dalad", "杭锦": "Hanggin", "伊金霍洛": "Ejin Horo",
    "巴林左": "Bairin Left", "巴林右": "Bairin Right", "阿鲁科尔沁": "Ar Horqin", "科尔沁": "Horqin",
    "科尔沁左翼中": "Horqin Left Middle", "科尔沁右翼前": "Horqin Right Front", "额济纳": "Ejin", "二连浩特": "Erenhot",
    "满洲里": "Manzhouli", "乌鲁木齐": "Urumqi", "喀什": "Kashgar", "和田": "Hotan", "阿克苏": "Aksu", "伊犁": "Ili",
    "伊宁": "Yining", "吐鲁番": "Turpan", "哈密": "Hami", "克拉玛依": "Karamay", "库尔勒": "Korla",
    "巴音郭楞": "Bayingolin", "博尔塔拉": "Bortala", "昌吉": "Changji", "克孜勒苏": "Kizilsu", "阿勒泰": "Altay",
    "塔城": "Tacheng", "石河子": "Shihezi", "拉萨": "Lhasa", "日喀则": "Shigatse", "林芝": "Nyingchi", "山南": "Shannan",
    "昌都": "Qamdo", "那曲": "Nagqu", "阿里": "Ngari", "果洛": "Golog", "玉树": "Yushu", "海西": "Haixi",
    "甘南": "Gannan", "迪庆": "Diqing", "西双版纳": "Xishuangbanna", "德宏": "Dehong", "延边": "Yanbian",
    "香格里拉": "Shangri-La", "甘孜": "Garze", "阿坝": "Ngawa", "凉山": "Liangshan", "黔东南": "Qiandongnan",
    # Readings a phrase dictionary gets wrong in place names.
    "朝阳": "Chaoyang", "六安": "Lu'an", "蚌埠": "Bengbu", "长治": "Changzhi", "乐山": "Leshan", "乐亭": "Laoting",
    "涡阳": "Guoyang", "番禺": "Panyu", "丽水": "Lishui", "铅山": "Yanshan", "单": "Shan",
}
_LEVEL_NOUNS = (
    ("特别行政区", "Special Administrative Region"), ("自治区", "Autonomous Region"), ("自治州", "Autonomous Prefecture"),
    ("自治县", "Autonomous County"), ("自治旗", "Autonomous Banner"), ("地区", "Prefecture"), ("林区", "Forestry District"),
    ("新区", "New Area"), ("省", ""), ("州", "Prefecture"), ("县", "County"), ("区", "District"), ("旗", "Banner"),
    ("盟", "League"), ("市", "City"),
)


def _peoples(name: str, suffix: str) -> str:
    """`大理白族自治州` -> `Bai`: the peoples an autonomous division is named for, each once
    (`海西蒙古族藏族` holds both `蒙古族` and `蒙古`: one people)."""
    stem, found, taken = name[: -len(suffix)], {}, set()
    for zh, en in sorted(ETHNIC_GROUPS.items(), key=lambda item: -len(item[0])):
        start = stem.find(zh)
        span = set(range(start, start + len(zh)))
        if start >= 0 and en not in found and not span & taken:
            found[en] = start
            taken |= span
    return " ".join(sorted(found, key=found.get))


def _stem(name: str) -> str:
    """The name without its level: `寿县` -> `寿`, `梧州市` -> `梧州`."""
    if len(name) == 2 and name[-1] in "县区旗市":
        return name[0]
    return short_name(name)


def stem_english(stem: str) -> str:
    """A place name without its level: `乌审` -> `Uxin`, `万秀` -> `Wanxiu`."""
    return ESTABLISHED.get(stem) or word_pinyin(stem)


def division_english(name: str) -> str:
    """`万秀区` -> `Wanxiu District`, `梧州市` -> `Wuzhou City`, `乌审旗` -> `Uxin Banner`."""
    english = stem_english(_stem(name))
    for suffix, noun in _LEVEL_NOUNS:
        if name.endswith(suffix) and name != suffix:
            peoples = _peoples(name, suffix) if suffix.startswith("自治") else ""
            return " ".join(part for part in (english, peoples, noun) if part)
    return english


def place_english(place: Place) -> str:
    """A place and what it belongs to: `Wanxiu District, Wuzhou, Guangxi`; a prefecture-level
    city by its name alone (`Wuzhou, Guangxi`), a province by its short name."""
    parts = []
    if place.kind == "county":
        parts.append(division_english(place.name))
        if prefecture := prefecture_of(place):
            parts.append(_short_english(prefecture))
    else:
        parts.append(_short_english(place))
    province = province_of(place)
    if province is not None and province.code != place.code:
        parts.append(_short_english(province))
    return ", ".join(dict.fromkeys(parts))  # 北京市 the city is in 北京市 the province: once


def _short_english(place: Place) -> str:
    return stem_english(_stem(place.name))
