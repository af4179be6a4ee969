"""Loader: encodings, bad inputs, HTML, crawl noise, bylines, sentences."""

import io
import sys

import pytest

from zhbrief.errors import ZhbriefError
from zhbrief.load import LoadOptions, load_bytes, load_document, load_text
from zhbrief.load.clean import clean_text
from zhbrief.load.decode import decode_bytes
from zhbrief.load.sentences import split_sentences

TEXT = "本报讯（记者 张晓燕）3月5日，全县乡村振兴工作推进会召开。县委书记欧阳明辉出席会议并讲话。县长王立军主持会议。"
TRAD = "本報訊（記者 張曉燕）3月5日，全縣鄉村振興工作推進會召開。縣委書記歐陽明輝出席會議並講話。縣長王立軍主持會議。"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("gbk"),
        TEXT.encode("gb18030"),
        TEXT.encode("utf-16"),
        TEXT.encode("utf-16-le"),
        TEXT.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "gbk", "gb18030", "utf16-bom", "utf16le", "utf16be"],
)
def test_simplified_encodings_decode(data):
    assert decode_bytes(data).text.lstrip("\ufeff") == TEXT


def test_big5_decodes():
    assert decode_bytes(TRAD.encode("big5")).text == TRAD


@pytest.mark.parametrize("data", [b"", b"   \n\n", b"\x00\x00"])
def test_empty_input_is_a_clear_error(data):
    with pytest.raises(ZhbriefError, match="empty"):
        decode_bytes(data, "a.txt")


def test_binary_input_is_a_clear_error():
    data = bytes(range(256)) * 20
    with pytest.raises(ZhbriefError, match="binary"):
        decode_bytes(data, "photo.jpg")


class _CountingFile:
    """A file that counts the bytes read from it."""

    def __init__(self, handle):
        self.handle, self.bytes_read = handle, 0

    def read(self, size=-1):
        data = self.handle.read(size)
        self.bytes_read += len(data)
        return data

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.handle.close()


def test_huge_file_is_refused_without_reading_it_all(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_bytes(TEXT.encode() * 10000)  # 1.5 MB
    opened = []

    def counting_open(*args, **kwargs):
        opened.append(_CountingFile(open(*args, **kwargs)))
        return opened[-1]

    monkeypatch.setattr("zhbrief.load.open", counting_open, raising=False)  # read_input's `open`
    with pytest.raises(ZhbriefError, match="too large"):
        load_document(path, LoadOptions(max_bytes=1000))
    assert len(opened) == 1, "read_input reads the file through open()"
    assert opened[0].bytes_read <= 1001  # the limit and one byte to know it is over


def test_non_chinese_text_is_a_clear_error(tmp_path):
    path = tmp_path / "english.txt"
    path.write_text("The city held a meeting on ethnic work on 17 November. " * 5)
    with pytest.raises(ZhbriefError, match="no Chinese"):
        load_document(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ZhbriefError, match="no such file"):
        load_document(tmp_path / "nope.txt")
    with pytest.raises(ZhbriefError, match="folder"):
        load_document(tmp_path)


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("gbk"))))
    document = load_document("-")
    assert document.file is None
    assert "欧阳明辉" in document.text


def test_traditional_becomes_simplified_and_is_remembered():
    document = load_text(TRAD)
    assert "县委书记欧阳明辉" in document.text
    assert document.script == "traditional"
    assert load_text(TEXT).script == "simplified"


def test_html_page_is_reduced_to_the_article(tmp_path):
    page = f"""<!DOCTYPE html><html><head><meta charset="gbk"><title>全县乡村振兴工作推进会召开_新闻中心</title>
    <script>var x = "县长";</script></head><body>
    <div class="nav"><a href="/">首页</a><a href="/news">新闻中心</a><a href="/x">政务公开专栏</a></div>
    <div class="article"><h1>全县乡村振兴工作推进会召开</h1><p>{TEXT}</p><p>县委书记欧阳明辉强调，要压实责任。</p></div>
    <div class="footer">版权所有 某某县人民政府 联系电话</div></body></html>"""
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("gbk"))
    document = load_document(path)
    assert document.headline == "全县乡村振兴工作推进会召开"
    assert "版权所有" not in document.text and "首页" not in document.text and "var x" not in document.text
    assert document.sentences[-1] == "县委书记欧阳明辉强调，要压实责任。"


def test_pinyin_annotations_are_removed():
    assert clean_text("會(huì)議(yì)領(lǐng)導(dǎo)") == "會議領導"
    # Annotated twice over, with or without tones, as some mirror sites do.
    assert clean_text("中(zhong)(zhong)共中(zhong)(zhong)央(yang)政治局(ju)常委") == "中共中央政治局常委"
    assert clean_text("大會(huì)(huì)在京") == "大會在京"
    assert clean_text("世界貿易組織(WTO)和(iPhone)") == "世界貿易組織（WTO）和（iPhone）"
    assert clean_text("藍(lán)進(jìn)和、湯衛(wèi)") == "藍進和、湯衛"
    assert clean_text("吕(lǚ)静") == "吕静"
    # Not pinyin: kept.
    assert clean_text("市(区)领导") == "市（区）领导"
    assert clean_text("增长(GDP)") == "增长（GDP）"


def test_lost_characters_are_recovered_or_dropped():
    assert clean_text("梧州日?qǐng)?bào)訊") == "梧州日报訊"
    assert clean_text("舉行?h人大常委會主任") == "舉行。人大常委會主任"


def test_scraper_junk_and_invisible_characters():
    assert clean_text("会议召开。v$ u市委书记讲话。E\" P4月20日") == "会议召开。市委书记讲话。4月20日"
    assert clean_text("市\u200b委\u00a0书记\u3000张三") == "市委 书记 张三"
    assert clean_text("ＧＤＰ增长１２％") == "GDP增长12％"
    assert clean_text("推进“创建活动7+N”模式") == "推进“创建活动7+N”模式"


def test_caption_repeating_the_lead_is_dropped():
    text = (
        "11月17日，市委召开全市民族工作会议，部署创建示范市工作，市委书记张明出席会议并讲话。\n"
        "11月17日，市委召开全市民族工作会议，市委书记张明出席会议并讲话。梧州日报记者 李鸿荣 摄 张明指出，要加强领导。"
    )
    document = load_text(text)
    assert document.sentences == [
        "11月17日，市委召开全市民族工作会议，部署创建示范市工作，市委书记张明出席会议并讲话。",
        "张明指出，要加强领导。",
    ]
    assert document.source.photographers == ["李鸿荣"]


def test_bylines_credits_and_editors_become_metadata():
    text = (
        "新华社南宁3月5日电（记者 张三、李四 通讯员 王五）3月5日，全区会议召开。\n"
        "会议现场（赵六 摄）\n市长钱七主持会议。\n"
        "总监制:周一监制:吴二责编:郑三编辑:冯四\n发布日期：2024-02-03 来源：广西日报\n新闻推荐\n某地召开另一个会议。"
    )
    document = load_text(text)
    meta = document.source
    assert meta.outlet == "新华社"
    assert meta.reporters == ["张三", "李四", "王五"]
    assert meta.photographers == ["赵六"]
    assert meta.editors == ["周一", "吴二", "郑三", "冯四"]
    assert meta.page_date == "2024-02-03"
    assert all("另一个会议" not in s and "会议现场" not in s for s in document.sentences)
    assert document.captions == ["会议现场"]


def test_sentences_keep_quotes_together():
    text = "他强调：“要抓好落实。要强化责任！”随后，会议结束。「这是引语。还在引语里。」最后一句"
    assert split_sentences(text) == ["他强调：“要抓好落实。要强化责任！”", "随后，会议结束。", "「这是引语。还在引语里。」", "最后一句"]


def test_unclosed_quote_does_not_swallow_the_article():
    text = "“开头没有闭合。" + "后面的句子很长。" * 60
    assert len(split_sentences(text)) > 10


def test_spaced_out_labels():
    document = load_text("记 者：韦明 通讯员 李丽\n5月8日，全县防汛工作会议召开。县长张建设主持会议。\n编 辑：王芳")
    assert document.source.reporters == ["韦明", "李丽"]
    assert document.source.editors == ["王芳"]
    assert all("韦明" not in s for s in document.sentences)


def test_byline_without_parentheses():
    document = load_text("本报讯 记者王小明报道 3月2日上午，全市安全生产工作会议召开。市长陈海峰出席并讲话。")
    assert document.source.reporters == ["王小明"]
    assert document.sentences[0].startswith("3月2日上午")


def _page_of_items(items: int, first_seed: int) -> bytes:
    from article_generator import generate_article

    body = "".join(f"<div><div><a href='#'>新闻{i}</a><p>{generate_article(first_seed + i)[0][:200]}</p></div></div>"
                   for i in range(items))
    return f"<html><body><div id='main'>{body}</div></body></html>".encode()


def test_large_page_is_briefed_in_work_linear_in_its_size():
    """Pages of many items: twice the items, about twice the work (quadratic steps once
    took minutes). The seconds for a large page are in bench/brief_speed.py."""
    from counting import assert_linear, calls_made
    from zhbrief.pipeline import build_brief

    def brief(data):
        return build_brief(load_bytes(data, "big.html"))

    brief(_page_of_items(30, 5000))  # first call: tables and caches are loaded
    # Other articles for each page, so neither finds the other's names already cached.
    calls_small, small = calls_made(brief, _page_of_items(150, 1000))
    calls_large, large = calls_made(brief, _page_of_items(300, 2000))
    assert len(small.people) > 150 and len(large.people) > 300 and large.summary.zh
    assert_linear(150, 300, calls_small, calls_large)


def test_picture_file_names_between_captions_are_dropped():
    text = "会议召开。\n微信图片_20191025153306.jpg\n李明.jpg\n镇长李明作政府工作报告。见附件李明.jpg"
    cleaned = clean_text(text)
    assert "微信图片" not in cleaned and "\n李明.jpg" not in cleaned
    assert cleaned.endswith("见附件李明.jpg")
