"""China's administrative divisions: find a place in text, tell its level and province.

The table (`data/places.tsv`, GB/T 2260 codes) is read on first use. A code's first
two digits name the province, the first four the prefecture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

# Suffixes that say a division's level, longest first (自治县 before 县).
LEVEL_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "新区", "省", "市", "州", "县", "区", "旗", "盟")
# Peoples named in autonomous divisions (大理白族自治州 Dali Bai Autonomous Prefecture).
ETHNIC_GROUPS: dict[str, str] = {
    "壮族": "Zhuang", "回族": "Hui", "维吾尔": "Uygur", "白族": "Bai", "彝族": "Yi", "藏族": "Tibetan", "苗族": "Miao",
    "土家族": "Tujia", "蒙古族": "Mongolian", "蒙古": "Mongolian", "哈萨克": "Kazak", "哈萨克族": "Kazak", "朝鲜族": "Korean",
    "傣族": "Dai", "哈尼族": "Hani", "侗族": "Dong", "瑶族": "Yao", "布依族": "Bouyei", "羌族": "Qiang", "黎族": "Li",
    "畲族": "She", "满族": "Manchu", "土族": "Tu", "撒拉族": "Salar", "景颇族": "Jingpo", "傈僳族": "Lisu",
    "纳西族": "Naxi", "拉祜族": "Lahu", "佤族": "Va", "仡佬族": "Gelao", "仫佬族": "Mulao", "毛南族": "Maonan",
    "水族": "Shui", "裕固族": "Yugur", "保安族": "Bonan", "东乡族": "Dongxiang", "达斡尔族": "Daur", "鄂温克族": "Ewenki",
    "鄂伦春族": "Oroqen", "锡伯族": "Xibe", "柯尔克孜": "Kirgiz", "柯尔克孜族": "Kirgiz", "塔吉克": "Tajik",
    "塔吉克族": "Tajik", "普米族": "Pumi", "怒族": "Nu", "独龙族": "Derung", "各族": "Multi-ethnic",
}
_PEOPLES = re.compile("(?:" + "|".join(sorted(map(re.escape, ETHNIC_GROUPS), key=len, reverse=True)) + ")+$")
# Municipalities directly under the central government: city and province at once.
_MUNICIPALITIES = ("11", "12", "31", "50")


@dataclass(frozen=True)
class Place:
    name: str  # the full name: 万秀区, 汶上县, 梧州市
    code: str  # six digits

    @property
    def kind(self) -> str:
        """province, prefecture or county: what the code says."""
        if self.code[2:] == "0000":
            return "province"
        return "prefecture" if self.code[4:] == "00" else "county"

    @property
    def province_code(self) -> str:
        return self.code[:2] + "0000"

    @property
    def prefecture_code(self) -> str:
        return self.code[:4] + "00"


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, list[Place]], dict[str, Place]]:
    """(name and short name -> places, code -> place)."""
    by_name: dict[str, list[Place]] = {}
    by_code: dict[str, Place] = {}
    text = files("zhbrief.data").joinpath("places.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        code, name = line.split("\t")
        place = Place(name, code)
        by_code.setdefault(code, place)
        for key in {name, short_name(name)}:
            if len(key) >= 2 and place not in by_name.setdefault(key, []):
                by_name[key].append(place)
    return by_name, by_code


def short_name(name: str) -> str:
    """`梧州市` -> `梧州`, `大理白族自治州` -> `大理`; two characters at least (`寿县` stays)."""
    for suffix in LEVEL_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            stem = name[: -len(suffix)]
            without_peoples = _PEOPLES.sub("", stem)
            return without_peoples if len(without_peoples) >= 2 else stem
    return name


def places_named(name: str) -> list[Place]:
    return _table()[0].get(name, [])


def place_by_code(code: str) -> Place | None:
    return _table()[1].get(code)


def province_of(place: Place) -> Place | None:
    return place_by_code(place.province_code)


def prefecture_of(place: Place) -> Place | None:
    if place.kind != "county" or place.code[:2] in _MUNICIPALITIES:
        return None
    return place_by_code(place.prefecture_code)


# Short names that are also ordinary words or given names: never read as places.
_NOT_PLACES = frozenset("东方 和平 新华 中山 朝阳 长安 永安 太平 新城 城区 郊区 东区 西区 南区 北区 城关 开发 白城 江南 河南区 铁西 吉林".split())


@lru_cache(maxsize=1)
def _place_names() -> re.Pattern[str]:
    """Full names of every division, and short names of provinces and prefectures (梧州, 广西)."""
    names = []
    for name, places in _table()[0].items():
        full = any(p.name == name for p in places)
        short = any(p.kind != "county" for p in places) and len(name) >= 2 and name not in _NOT_PLACES
        if full or short:
            names.append(name)
    return re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))


def places_in(text: str) -> list[Place]:
    """Divisions named in full (万秀区, 梧州市) or provinces and prefectures by their short
    names (梧州, 广西), in order; a name shared by several places
    gives the one in a province that another place in the text belongs to, or none."""
    found = [places_named(match.group(0)) for match in _place_names().finditer(text)]
    provinces = {options[0].province_code for options in found if len({p.province_code for p in options}) == 1}
    chosen: list[Place] = []
    for options in found:
        if len({p.province_code for p in options}) == 1:
            options = options[:1]  # 北京市 the province and 北京市 the city: one place
        elif len(options) > 1:
            options = [p for p in options if p.province_code in provinces]
        if len(options) == 1 and options[0] not in chosen:
            chosen.append(options[0])
    return chosen
