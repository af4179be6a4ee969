"""The Translator's contract, with scripted generators that misbehave on purpose (no torch)."""

import re

import pytest

from zhbrief.load.sentences import split_sentences
from zhbrief.translate.generate import CachedGenerator, collapse_repeats, looks_looping
from zhbrief.translate.translator import Translator

GLOSSARY = {"蒋连生": "Jiang Liansheng", "钟畅姿": "Zhong Changzi", "高质量发展": "high-quality development"}
PLACEHOLDER = re.compile(r"\[\d+\]")


class Scripted:
    """Echoes its input as `EN<…>`, doing `mode` to the placeholders in it."""

    name = "scripted"

    def __init__(self, mode="keep"):
        self.mode = mode
        self.calls: list[list[str]] = []

    def count_tokens(self, texts):
        return [len(t) for t in texts]

    def generate(self, texts):
        self.calls.append(list(texts))
        return [self._one(t) for t in texts]

    def _one(self, text):
        marks = PLACEHOLDER.findall(text)
        body = PLACEHOLDER.sub("", text)
        if self.mode == "drop" and marks:
            marks = marks[1:]
        elif self.mode == "duplicate" and marks:
            marks = marks + marks[:1]
        elif self.mode == "mangle" and marks:
            marks = [m.replace("[", "(").replace("]", ")") for m in marks]
        elif self.mode == "invent":
            marks = marks + ["[7]"]
        return f"EN<{body}> " + " ".join(marks)


TEXT = "蒋连生强调，要推动高质量发展。钟畅姿要求，要强化责任。会议结束"


def test_names_and_terms_restored_when_placeholders_survive():
    generator = Scripted("keep")
    (english,) = Translator(generator).translate([TEXT], GLOSSARY)
    assert "Jiang Liansheng" in english and "Zhong Changzi" in english and "high-quality development" in english
    assert "[" not in english
    assert all("蒋连生" not in t for call in generator.calls for t in call)


@pytest.mark.parametrize("mode", ["drop", "duplicate", "mangle", "invent"])
def test_mangled_placeholders_fall_back_to_translating_around(mode):
    generator = Scripted(mode)
    pairs = Translator(generator).translate_sentences([TEXT], GLOSSARY)[0]
    assert [p.zh for p in pairs] == split_sentences(TEXT)
    first, second = pairs[0].en, pairs[1].en
    assert first.count("Jiang Liansheng") == 1 and first.count("high-quality development") == 1
    assert second.count("Zhong Changzi") == 1
    assert not PLACEHOLDER.search(first + second) and "(0)" not in first
    # the fallback sent the Chinese around the names to the model on their own
    assert any("强调，要推动" in t for t in generator.calls[-1])


def test_one_english_sentence_per_chinese_sentence():
    texts = ["第一句。第二句！“第三句。”第四句？", "", "单独一句"]
    result = Translator(Scripted()).translate_sentences(texts)
    assert [len(r) for r in result] == [4, 0, 1]
    assert Translator(Scripted()).translate(texts)[1] == ""


def test_over_long_sentence_split_at_clause_marks_and_joined():
    generator = Scripted()
    sentence = "".join(f"第{n}项工作要抓好落实，" for n in "一二三四五六") + "甲乙丙；丁戊己、庚辛。"
    translator = Translator(generator, max_piece_tokens=25)
    (pairs,) = translator.translate_sentences([sentence])
    assert len(pairs) == 1
    sent = [t for call in generator.calls for t in call]
    assert len(sent) > 1 and all(len(t) <= 25 for t in sent)
    assert pairs[0].en.count("EN<") == len(sent) and ", EN<" in pairs[0].en


def test_repeated_sentences_translated_once_across_calls():
    inner = Scripted()
    translator = Translator(CachedGenerator(inner))
    translator.translate(["要强化责任。要强化责任。要抓好落实。"])
    translator.translate(["要抓好落实。要强化责任。"])
    sent = [t for call in inner.calls for t in call]
    assert sorted(sent) == ["要强化责任。", "要抓好落实。"]


def test_loop_detection_and_collapse():
    assert looks_looping("the the the the meeting")
    assert looks_looping("of the city of the city of the city was held")
    assert looks_looping("会会会会议")
    assert not looks_looping("The city held a meeting on ethnic work.")
    assert not looks_looping("very very good")
    assert collapse_repeats("of the city of the city of the city was held") == "of the city was held"
    assert looks_looping("word " * 200, source="短句")


def test_cache_is_bounded():
    inner = Scripted()
    cached = CachedGenerator(inner, max_entries=2)
    cached.generate(["甲。", "乙。", "丙。"])
    assert len(cached._cache) == 2
    cached.generate(["丙。", "甲。"])
    assert inner.calls[-1] == ["甲。"]  # 甲 was the oldest, and went first
