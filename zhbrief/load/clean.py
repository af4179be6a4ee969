"""Web-crawl noise removal: pinyin annotations, mangled bytes, anti-scraping junk, odd spacing.

Runs on the text in its original script, before Traditional->Simplified conversion.
"""

from __future__ import annotations

import re
from functools import lru_cache

from zhbrief.load.script import to_simplified

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
_PINYIN_LETTERS = f"a-z{_TONED}"
# One pinyin syllable: optional initial, a vowel cluster, optional nasal/r ending.
_SYLLABLE = re.compile(r"^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüv]+(?:ng|n|r)?$")
_TONE_TO_PLAIN = str.maketrans(
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ", "aaaaeeeeiiiioooouuuuüüüünnnm"
)

# `會(huì)` -> `會`: an annotation right after a Han character.
_ANNOTATION = re.compile(rf"(?<=[{_HAN}])[\(（] ?([{_PINYIN_LETTERS}]{{1,7}}[1-5]?) ?[\)）]")
# `自治区[ZiZhiQu]`: a whole word's pinyin as a bracketed CamelCase tag.
_PINYIN_TAG = re.compile(rf"(?<=[{_HAN}])\[(?:[A-Z][a-z]{{1,5}}){{1,6}}\]")
# `?bào)`: a character lost to `?` with the tail of its annotation.
_LOST_WITH_ANNOTATION = re.compile(rf"\?([{_PINYIN_LETTERS}]{{1,7}})[\)）]")
# `?h` before a Han character: a Big5 lead byte lost (`。縣` -> `?h`): a sentence end.
_LOST_LEAD_BYTE = re.compile(rf"(?<=[{_HAN}])\?[\x40-\x7e](?=[{_HAN}])")
# Anti-scraping junk (`v$ u`, `E" P`) glued before Chinese text or a number.
_SCRAPER_JUNK = re.compile(
    rf"(?<![A-Za-z0-9])(?=[^{_HAN}\n]*[A-Za-z])(?:[A-Za-z]{{0,2}}[$\"'#&*^~|\\@`]+ ?)+[A-Za-z]{{0,2}} ?(?=[{_HAN}0-9])"
)
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile("[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_FULLWIDTH_ASCII = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF5B) if chr(cp).isalnum()}
_HALF_TO_FULL_PUNCT = {",": "，", ";": "；", ":": "：", "!": "！", "(": "（", ")": "）"}
_PUNCT_NEAR_HAN = re.compile(rf"(?<=[{_HAN}])[,;:!()]|[,;:!()](?=[{_HAN}])")
_HALF_CLOSED = re.compile(r"（([^（）()\n]{0,40})\)")
# `热地，、白玛赤林`, `出席会议，。`: a scraper doubled the punctuation; the stronger mark stays.
_DOUBLED_PUNCT = re.compile(r"[，、]{2,}|[，、]+(?=[。；！？])")
# `微信图片_20191025153306.jpg`, `李某.jpg`: a picture's file name between captions, never text.
_FILE_NAME_LINE = re.compile(r"^[^\s/\\，。；：、！？“”（）]{1,80}\.(?:jpe?g|png|gif|bmp|webp|tiff?|svg)$", re.IGNORECASE)


def _undouble(match: re.Match[str]) -> str:
    marks = match.group(0)
    return "" if match.end() < len(match.string) and match.string[match.end()] in "。；！？" else ("、" if "、" in marks else "，")


def is_pinyin_syllable(word: str) -> bool:
    return bool(_SYLLABLE.match(word.lower().translate(_TONE_TO_PLAIN)))


def _drop_annotation(match: re.Match[str]) -> str:
    return "" if is_pinyin_syllable(match.group(1)) else match.group(0)


# Frequent two-character words of news reports: the context that tells which
# character a `?` stands for when only its pinyin survived.
_NEWS_WORDS = (
    "日报 晚报 会议 大会 领导 书记 讲话 工作 建设 发展 市长 县长 区长 省长 政府 主任 主席 代表 常委 部署 "
    "要求 强调 指出 出席 参加 主持 召开 举行 团结 进步 民族 全国 全市 全县 全区 全省 人民 群众 干部 精神 "
    "重要 思想 贯彻 落实 学习 推进 推动 加强 改进 坚持 提高 质量 经济 社会 安全 责任 组织 宣传 机制 "
    "体系 保障 服务 项目 企业 乡村 振兴 农业 教育 卫生 环境 生态 文化 旅游 交通 城市 管理 治理 法治 "
    "检察 法院 人大 政协 纪委 监委 党委 党组 委员 秘书 副市 常务 会场 分会 视频 电话 电视 记者 新闻 "
    "网站 讯息 报道 通讯 时代 特色 中国 中华 共同 意识 示范 创建 动员 总结 规划 计划 目标 任务 措施 "
    "问题 关于 关系 实施 方案 方面 开展 活动 标准 单位 部门 各级 基层 少数 政治 站位 全面 深入 "
    "国家 地区 区域 县委 市委 省委 镇党 乡镇 街道 社区 村委 会长 院长 部长 局长 厅长 处长 科长 队长"
).split()


@lru_cache(maxsize=1)
def _second_char_index() -> dict[tuple[str, str], str]:
    """(first character, toned syllable of the second) -> second character."""
    from pypinyin import Style, pinyin

    index: dict[tuple[str, str], str] = {}
    for word in _NEWS_WORDS:
        reading = pinyin(word, style=Style.TONE, heteronym=False)
        index.setdefault((word[0], reading[1][0]), word[1])
    return index


def _recover_lost_characters(text: str) -> str:
    """`日?qǐng)?bào)` -> `日报`: put back a lost character when a two-character word explains it."""
    out: list[str] = []
    pos = 0
    for match in _LOST_WITH_ANNOTATION.finditer(text):
        out.append(text[pos : match.start()])
        pos = match.end()
        if not is_pinyin_syllable(match.group(1)):
            out.append(match.group(0))
            continue
        previous = to_simplified("".join(out)[-1:])
        out.append(_second_char_index().get((previous, match.group(1)), ""))
    out.append(text[pos:])
    return "".join(out)


def normalise_spacing(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _INVISIBLE.sub("", text).translate(_FULLWIDTH_ASCII)
    text = _SPACES.sub(" ", text)
    lines = (line.strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line and not _FILE_NAME_LINE.match(line))


# `司马义•铁力瓦尔地`, `艾力・依明`: the middle dot of a transliterated name, as crawlers misspell it.
_NAME_DOTS = re.compile(rf"(?<=[{_HAN}])[•・‧∙⋅](?=[{_HAN}])")


def clean_text(text: str) -> str:
    """Remove crawl noise; the result is still in the input's script."""
    text = _NAME_DOTS.sub("·", normalise_spacing(text))
    for _ in range(3):  # `中(zhong)(zhong)`: a crawler that annotated twice
        text, dropped = _ANNOTATION.subn(_drop_annotation, text)
        if not dropped:
            break
    text = _PINYIN_TAG.sub("", text)
    if "?" in text:
        text = _recover_lost_characters(text)
        text = _LOST_LEAD_BYTE.sub("。", text)
    text = _SCRAPER_JUNK.sub("", text)
    text = _PUNCT_NEAR_HAN.sub(lambda m: _HALF_TO_FULL_PUNCT[m.group(0)], text)
    text = _DOUBLED_PUNCT.sub(_undouble, text)
    return _HALF_CLOSED.sub(r"（\1）", text)
