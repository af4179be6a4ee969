"""Chinese personal names: surname tables, plausibility, and splitting glued runs of names."""

from __future__ import annotations

from functools import lru_cache

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
    "鲜印逯隆茹诸战慕危玉银亢嵩帖蔚仰买茆双扬洪"
)
COMMON_SURNAMES = frozenset(_SURNAMES_BY_FREQUENCY)
_TOP_SURNAMES = frozenset(_SURNAMES_BY_FREQUENCY[:100])
# Rarer surnames still accepted when validating a name (not used to split glued runs).
RARE_SURNAMES = frozenset("蒯鄂揭凤秘冒呼贲逄昝钮褚衣续斯侍阎沃晃蔚羿")
_NOT_IN_NAMES = frozenset("的了是在及对等会议要把将从向并也都而所被让给着过们这那个其之席持讲话")


# Characters of ordinary words that never occur in transliterated names.
_NOT_IN_TRANSLITERATIONS = frozenset("全各级部门市县区省委府员们上下工作业单位领导干群众同志")


def surname_of(name: str) -> str:
    if name[:2] in COMPOUND_SURNAMES:
        return name[:2]
    return name[:1]


def has_surname(name: str) -> bool:
    return name[:2] in COMPOUND_SURNAMES or name[:1] in COMMON_SURNAMES or name[:1] in RARE_SURNAMES


def _han_only(text: str) -> bool:
    return bool(text) and all("\u4e00" <= ch <= "\u9fff" for ch in text)


def is_plausible_name(text: str, delimited: bool = False) -> bool:
    """A 2-3 character name with a known surname; longer only when a compound surname,
    a middle dot (伊力哈木·沙比尔) or, inside a delimited list item, a transliteration."""
    if "·" in text:
        parts = text.split("·")
        return all(_han_only(p) for p in parts) and 4 <= len(text) <= 20
    if not _han_only(text) or set(text) & _NOT_IN_NAMES:
        return False
    if len(text) in (2, 3):
        return has_surname(text)
    if len(text) == 4 and text[:2] in COMPOUND_SURNAMES:
        return True
    return delimited and 4 <= len(text) <= 7 and not set(text) & _NOT_IN_TRANSLITERATIONS


@lru_cache(maxsize=1024)
def split_glued_names(run: str) -> tuple[str, ...] | None:
    """`黄振饶张惠强王永超` -> three names; None when the run cannot be cut into names.

    Scores each cut by how frequent its surname is, three-character names a little ahead."""
    if not _han_only(run):
        return None
    best: dict[int, tuple[float, tuple[str, ...]]] = {0: (0.0, ())}
    for end in range(1, len(run) + 1):
        options = []
        for size in (2, 3, 4):
            start = end - size
            if start in best:
                piece = run[start:end]
                first_ok = piece[:2] in COMPOUND_SURNAMES if size == 4 else piece[0] in COMMON_SURNAMES
                if first_ok and not set(piece) & _NOT_IN_NAMES:
                    score, names = best[start]
                    weight = 3.0 if piece[0] in _TOP_SURNAMES or size == 4 else 1.0
                    options.append((score + weight + (0.5 if size == 3 else 0.0), names + (piece,)))
        if options:
            best[end] = max(options)
    return best[len(run)][1] if len(run) in best else None
