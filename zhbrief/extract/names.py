"""Chinese personal names: surname tables, plausibility, and splitting glued runs of names."""

from __future__ import annotations

import math
from functools import lru_cache

from zhbrief.data import national_leaders

COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 尉迟 皇甫 东方 令狐 慕容 司徒 夏侯 公孙 长孙 宇文 轩辕 端木 独孤 南宫 西门 "
    "万俟 闻人 澹台 公冶 宗政 濮阳 淳于 单于 太叔 申屠 钟离 呼延 赫连 拓跋 百里 东郭 第五".split()
)
# The surnames that cover nearly every official's name, most frequent first.
_SURNAMES_BY_FREQUENCY = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
    "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
    "苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练"
    "廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿"
    "鲜印逯隆茹诸战慕危玉银亢嵩帖蔚仰买茆双扬洪赖傅习占信铁"
)
COMMON_SURNAMES = frozenset(_SURNAMES_BY_FREQUENCY)
_TOP_SURNAMES = frozenset(_SURNAMES_BY_FREQUENCY[:100])
# Rarer surnames still accepted when validating a name (not used to split glued runs).
RARE_SURNAMES = frozenset("蒯鄂揭凤秘冒呼贲逄昝钮褚衣续斯侍阎沃晃蔚羿磨喇拜谯郗矫寻回咸訚焉奇望布宝钦缑")
_NOT_IN_NAMES = frozenset("的了是在及对等会议要把将从并都而所被给着过们这那个则即部局厅各委")
# Not cut out of a glued run either: 让 ends a few given names (李克让) but mostly lets.
_NOT_IN_GLUED_NAMES = _NOT_IN_NAMES | {"让"}
# Adverbs that follow a name (`韩某还主持`, `李某也出席`) but may stand inside a given
# name (刘也强): never a name's last character.
_NOT_LAST_IN_NAMES = frozenset("也还亦又再")


# Characters that Mongolian, Tibetan, Uyghur, Kazakh and other minority names are written
# with (宝音满都呼, 罗布顿珠, 吉日木图, 多托): a name of them alone is transliterated, not
# surname plus given name, and a run of them is a name only in a list of people.
TRANSLITERATION_CHARS = frozenset(
    "阿艾爱安敖奥巴拜班邦包宝保贝本毕别宾波伯勃布才采仓参策查昌朝车沉成赤楚次措达大旦丹道德登迪丁东顿多朵"
    "额恩尔法夫嘎甘冈刚格根更贡公古固哈海汗罕杭浩合和赫黑亨洪呼胡虎华桓吉加嘉坚江杰捷金晋久俊卡凯堪康柯克"
    "肯库拉喇腊来赖兰朗勒雷力列丽里利林琳灵伦罗洛玛马买麦满曼毛么梅美蒙孟米敏明谟莫墨木穆那纳乃南尼年涅聂"
    "宁努诺帕潘培彭平普其奇齐钦青琼穷曲确群然热仁日荣如瑞萨塞赛桑色森沙善尚什石士舒斯松苏素索塔台泰坦唐特"
    "提帖铁通图吐托瓦旺威维乌吾西希锡夏香孝肖欣兴雄秀旭雅亚延扬央尧耶叶伊依义因音英尤有玉元再扎赞泽增占珍"
    "哲之志卓兹宗尊佐都敦白村珠向哇单地不雪日依孜里禾惜鲁强边普乎儒耶沁嘎噶喀喜代"
)


def is_transliterated(name: str) -> bool:
    """Every character of the name is one used in minority-name transliterations."""
    return all(ch in TRANSLITERATION_CHARS for ch in name.replace("·", ""))


# Characters that Han given names hardly use but transliterations often do.
_TRANSLITERATION_MARKS = frozenset("尔扎玛措巴吉桑旺多托热确赤拉布嘎噶喀哈克阿艾依孜提斯乌额敦图木呼沁穷仓吐买努尼")


def has_transliteration_mark(name: str) -> bool:
    return bool(set(name) & _TRANSLITERATION_MARKS)


def reads_as_transliteration(name: str) -> bool:
    """A short name to write as one word (巴特尔 Bateer, 多托 Duotuo): made of
    transliteration characters, one of them hardly ever in a Han given name, and not
    led by one of the hundred commonest surnames."""
    return (
        len(name) >= 2
        and name[:2] not in COMPOUND_SURNAMES
        and name[0] not in _TOP_SURNAMES
        and is_transliterated(name)
        and has_transliteration_mark(name)
    )


# Two-character words that begin with a surname character and stand where a subject
# would (`会议明确要求`, `全市…汇报会`, `全体主席团成员`): never names.
COMMON_WORDS = frozenset(
    "全市 全县 全区 全省 全镇 全乡 全州 全旗 全国 全体 全面 全部 全力 全程 全年 全员 全局 全会 明确 安全 同时 严格 "
    "高度 计划 任务 常态 方面 于是 关于 时间 保密 许多 曾经 何况 单位 程序 左右 上下 和谐 管理 应急 卫生 经济 "
    "文化 常务 时任 原则 成员 成立 余下 华为 高新 万一 安排 严肃 于法 钱款 贾汪 项目 陆续 车辆 邓州 江苏 "
    "党中央 国务院 中央 高检院 高法院 精心 秘书处 政协 人大 政府 国家 包含 包括 "
    "宣布 宣读 宣传 通报 通过 传达 汇报 介绍 学习 研究 强调 提出 表示 开展 推进 加强 落实 贯彻 审议 听取 决定 召开 举行 "
    "董事长 董事 总经理 经理 理事长 会长 行长 校长 社长 台长 馆长 站长 所长 厂长 "
    "应邀 相关 信息 本次 本届 此次 近日 日前 班子 全场 全体会议 党员 居民".split()
)
# Provinces and regions: a list of them (江苏、吉林…作交流发言) is not a list of people.
PROVINCES = frozenset(
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 "
    "云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门 陜西".split()
)


def is_known_word(text: str) -> bool:
    """A province or a common word: never a name, whatever its first character."""
    return text in COMMON_WORDS or text in PROVINCES


def surname_of(name: str) -> str:
    if name[:2] in COMPOUND_SURNAMES:
        return name[:2]
    return name[:1]


def has_surname(name: str) -> bool:
    return name[:2] in COMPOUND_SURNAMES or name[:1] in COMMON_SURNAMES or name[:1] in RARE_SURNAMES


def _han_only(text: str) -> bool:
    return bool(text) and all("\u4e00" <= ch <= "\u9fff" for ch in text)


# A dotted name is a transliteration: only words that join clauses rule it out (…的委托).
_NOT_IN_DOTTED_NAMES = frozenset("的了是在对等会议委托")


def _unusual_positions(text: str, delimited: bool = False) -> str:
    """The characters checked against `_NOT_IN_NAMES`: 会 is usual inside a given name (朱会东),
    and at its end where the name stands alone in its slot (`党委副书记朱栋会同志主持`)."""
    if len(text) == 3 and text[1] == "会":
        return text[0] + text[2:]
    return text[:2] if delimited and len(text) == 3 and text[2] == "会" else text


def _has_function_word(text: str, delimited: bool = False) -> bool:
    return bool(set(_unusual_positions(text, delimited)) & _NOT_IN_NAMES) or text[-1] in _NOT_LAST_IN_NAMES


def is_plausible_name(text: str, delimited: bool = False) -> bool:
    """A 2-3 character name with a known surname; longer only when a compound surname,
    a middle dot (伊力哈木·沙比尔) or, inside a delimited list item, a transliteration."""
    if "·" in text:
        parts = text.split("·")
        return all(_han_only(p) and not set(p) & _NOT_IN_DOTTED_NAMES for p in parts) and 4 <= len(text) <= 20
    if not _han_only(text) or is_known_word(text) or _has_function_word(text, delimited):
        return False
    if len(text) in (2, 3):
        return has_surname(text)
    if len(text) == 4 and text[:2] in COMPOUND_SURNAMES:
        return True
    return delimited and is_transliteration(text)


def is_transliteration(text: str) -> bool:
    """A minority name written as one word (宝音满都呼, 额尔敦夫): 4-7 characters, each
    one used in transliterations."""
    return 4 <= len(text) <= 7 and _han_only(text) and is_transliterated(text)


# Rough log-likelihoods for cutting a glued run: most officials' names have three
# characters and one of the hundred commonest surnames.
_LOG_SIZE = {2: math.log(0.25), 3: math.log(0.7), 4: math.log(0.05)}
_LOG_SURNAME_TOP, _LOG_SURNAME_OTHER = math.log(0.8), math.log(0.15)
_LOG_KNOWN_LEADER = math.log(0.95)


def _piece_score(piece: str) -> float | None:
    if piece in national_leaders():
        return _LOG_KNOWN_LEADER  # `蔡奇丁薛祥`: 蔡奇 and 丁薛祥, not 蔡奇丁 and 薛祥
    if len(piece) == 4:
        first_ok = piece[:2] in COMPOUND_SURNAMES
    else:
        first_ok = piece[0] in COMMON_SURNAMES
    if not first_ok or set(piece) & _NOT_IN_GLUED_NAMES or piece[-1] in _NOT_LAST_IN_NAMES or is_known_word(piece):
        return None
    surname = _LOG_SURNAME_TOP if piece[0] in _TOP_SURNAMES or len(piece) == 4 else _LOG_SURNAME_OTHER
    return surname + _LOG_SIZE[len(piece)]


@lru_cache(maxsize=1024)
def split_glued_names(run: str) -> tuple[str, ...] | None:
    """`黄振饶张惠强王永超` -> three names; None when the run cannot be cut into names.

    The most likely cut, each name scored by how common its surname and its length are."""
    if not _han_only(run):
        return None
    best: dict[int, tuple[float, tuple[str, ...]]] = {0: (0.0, ())}
    for end in range(1, len(run) + 1):
        options = []
        for size in (2, 3, 4):
            start = end - size
            if start in best and (score := _piece_score(run[start:end])) is not None:
                total, names = best[start]
                options.append((total + score, names + (run[start:end],)))
        if options:
            best[end] = max(options)
    return best[len(run)][1] if len(run) in best else None
