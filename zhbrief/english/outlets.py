"""Outlets in English: agencies and sites by their own English names, a local paper or
station by its place and what it is (`梧州日报` -> `Wuzhou Daily`)."""

from __future__ import annotations

from zhbrief.english.places import division_english, stem_english
from zhbrief.extract.lexicon import OUTLET_SUFFIXES

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
# The English of each outlet suffix (the suffixes, and their order, are the lexicon's).
_SUFFIX_ENGLISH = {
    "广播电视台": "Radio and Television Station", "融媒体中心": "Media Center", "电视台": "TV Station",
    "新闻网": "News Network", "日报": "Daily", "晚报": "Evening News", "早报": "Morning Post", "时报": "Times",
    "报": "Daily", "网": "Online", "新闻": "News",
}


def outlet_to_english(outlet: str) -> str:
    """`梧州日报` -> `Wuzhou Daily`; an outlet form not known keeps its pinyin."""
    if outlet in _KNOWN_OUTLETS:
        return _KNOWN_OUTLETS[outlet]
    for suffix, english in _GOVERNMENT_SITES:
        if outlet.endswith(suffix) and len(outlet) > len(suffix):
            return f"{division_english(outlet[: -len(suffix)])} {english}"
    for suffix in OUTLET_SUFFIXES:
        if outlet.endswith(suffix) and len(outlet) > len(suffix):
            return f"{stem_english(outlet[: -len(suffix)])} {_SUFFIX_ENGLISH[suffix]}"
    return stem_english(outlet)
