"""The chat LLM engine: numbered lines checked, retried alone, then the seq2seq fallback or the
Chinese kept; names checked against the brief; thinking stripped; tiny Qwen3 models of the
real class loaded through the normal path on torch and on CTranslate2."""

import json

import pytest
from typer.testing import CliRunner

from zhbrief.cli.app import app
from zhbrief.summarize.chat import ChatSummarizer
from zhbrief.translate.chat_engine import open_ct2_chat, open_torch_chat, strip_thinking
from zhbrief.translate.chat_translator import ChatTranslator, PromptTranslator, parse_numbered
from zhbrief.translate.name_check import unknown_names

runner = CliRunner()

SENTENCES = ["市委书记蒋连生出席会议并讲话。", "市长钟畅姿主持会议。", "要加强党对民族工作的全面领导。"]
GLOSSARY = {"蒋连生": "Jiang Liansheng", "钟畅姿": "Zhong Changzi", "市委书记": "Secretary of the Municipal Party Committee"}
GOOD = {
    SENTENCES[0]: "Jiang Liansheng, Secretary of the Municipal Party Committee, attended and spoke.",
    SENTENCES[1]: "Mayor Zhong Changzi presided over the meeting.",
    SENTENCES[2]: "We must strengthen the Party's leadership over ethnic affairs.",
}


class ScriptedEngine:
    """Answers numbered prompts as a script says: drop, merge, reorder, invent, leave Chinese."""

    name, backend, family, max_input_tokens = "scripted", "script", "chat", 4096

    def __init__(self, numbered, single=None):
        self.numbered = numbered  # list of sentences -> answer text
        self.single = single or (lambda sentence: GOOD[sentence])
        self.calls = []

    def render(self, messages):
        return json.dumps(messages, ensure_ascii=False)

    def prompt_for(self, text):
        return text

    def count_tokens(self, texts):
        return [len(t) for t in texts]

    def complete(self, prompts, max_new_tokens):
        answers = []
        for prompt in prompts:
            content = json.loads(prompt)[-1]["content"]
            lines = [line.split(". ", 1)[1] for line in content.split("\n") if line[:1].isdigit() and ". " in line]
            self.calls.append(lines or content)
            answers.append(self.numbered(lines) if lines else self.single(content.rsplit("\n", 1)[-1]))
        return answers


def numbered(lines, mapping=lambda n, s: GOOD[s]):
    return "\n".join(f"{n}. {mapping(n, s)}" for n, s in enumerate(lines, 1))


class FakeFallback:
    name = "fallback"

    def translate(self, texts, glossary=None):
        return [f"[fallback] {t}" for t in texts]


def test_numbered_lines_in_order():
    translator = ChatTranslator(ScriptedEngine(numbered))
    assert translator.translate(SENTENCES, GLOSSARY) == [GOOD[s] for s in SENTENCES]


def test_a_dropped_line_is_retried_alone():
    engine = ScriptedEngine(lambda lines: numbered(lines[:2]))
    assert ChatTranslator(engine).translate(["".join(SENTENCES)], GLOSSARY) == [" ".join(GOOD[s] for s in SENTENCES)]
    assert engine.calls[-1].endswith(SENTENCES[2])  # asked again alone


def test_merged_and_reordered_lines_never_shift_a_sentence():
    def merged(lines):  # 1 and 2 merged under number 1, number 3 first
        return f"3. {GOOD[lines[2]]}\n1. {GOOD[lines[0]]} {GOOD[lines[1]]}"

    engine = ScriptedEngine(merged, single=lambda s: GOOD[s])
    out = ChatTranslator(engine).translate(SENTENCES, GLOSSARY)
    assert out[2] == GOOD[SENTENCES[2]] and out[1] == GOOD[SENTENCES[1]]


def test_invented_names_and_chinese_fail_then_fall_back():
    def bad(lines):
        return numbered(lines, lambda n, s: {1: "Jiang Lianxing attended.", 2: "市长 presided."}.get(n, GOOD[s]))

    engine = ScriptedEngine(bad, single=lambda s: "Wang Dachui said so.")
    translator = ChatTranslator(engine, fallback=FakeFallback())
    out = translator.translate(SENTENCES, GLOSSARY)
    assert out[:2] == [f"[fallback] {SENTENCES[0]}", f"[fallback] {SENTENCES[1]}"] and out[2] == GOOD[SENTENCES[2]]


def test_without_a_fallback_the_chinese_stays_and_is_counted():
    engine = ScriptedEngine(lambda lines: "", single=lambda s: "")
    translator = ChatTranslator(engine)
    assert translator.translate(SENTENCES, GLOSSARY) == SENTENCES
    assert translator.left_in_chinese == 3


def test_parse_numbered_refuses_duplicates_and_strays():
    answer = "Here you are:\n1. One.\n2. Two.\n2. Two again.\n4. Four.\n3 . Three."
    assert parse_numbered(answer, 3) == {1: "One.", 3: "Three."}


def test_thinking_is_stripped():
    assert strip_thinking("<think>\nlet me think\n</think>\n\n1. Hello.") == "1. Hello."
    assert strip_thinking("<think>never closed") == ""


def test_names_are_checked_against_the_table_and_the_source():
    assert unknown_names("Jiang Liansheng met Zhang Wei.", {"Jiang Liansheng"}, "蒋连生会见了张伟。") == []
    assert unknown_names("Jiang Liansheng met Zhang Wei.", {"Jiang Liansheng"}, "蒋连生会见了王伟。") == ["Zhang Wei"]
    assert unknown_names("Xi Jinping's instructions in Hong Kong.", set(), "") == []


def test_prompt_translator_one_sentence_per_prompt():
    engine = ScriptedEngine(numbered, single=lambda s: GOOD[s])
    engine.complete = lambda prompts, n: [GOOD[p] for p in prompts]
    assert PromptTranslator(engine).translate(SENTENCES, GLOSSARY) == [GOOD[s] for s in SENTENCES]


def test_summarizer_drops_sentences_naming_strangers():
    engine = ScriptedEngine(numbered)
    engine.complete = lambda prompts, n: [
        "The Municipal Party Committee held a meeting on ethnic affairs. Jiang Liansheng spoke. "
        "Li Dazhao praised it. 会议要求落实。"
    ]
    summary = ChatSummarizer(engine).summarize(SENTENCES, {"蒋连生": "Jiang Liansheng"})
    assert summary == "The Municipal Party Committee held a meeting on ethnic affairs. Jiang Liansheng spoke."


@pytest.mark.parametrize("backend", ["torch", "ct2"])
def test_tiny_qwen3_loads_through_the_normal_path(tiny_qwen3, backend):
    if backend == "ct2":
        pytest.importorskip("ctranslate2")
        engine = open_ct2_chat(str(tiny_qwen3), "cpu")
    else:
        engine = open_torch_chat(str(tiny_qwen3), "cpu")
    prompt = engine.render([{"role": "user", "content": "市长主持会议。"}])
    assert prompt.endswith("<|im_start|>assistant\n") and "<think>" not in prompt  # no thinking option: none asked
    (answer,) = engine.complete([prompt], 8)
    assert isinstance(answer, str)
    translator = ChatTranslator(engine)
    out = translator.translate(SENTENCES, GLOSSARY)
    assert len(out) == 3 and all(isinstance(t, str) and t for t in out)  # random weights: English or the Chinese kept


@pytest.mark.parametrize("backend", ["torch", "ct2"])
def test_brief_with_an_llm_translator_and_summarizer(example_path, tiny_qwen3, backend):
    if backend == "ct2":
        pytest.importorskip("ctranslate2")
    result = runner.invoke(app, ["brief", str(example_path), "--format", "json", "--translator", str(tiny_qwen3),
                                 "--summarizer", str(tiny_qwen3), "--backend", backend, "--device", "cpu"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data) == ["schema", "source", "event", "summary", "people", "directives", "models", "warnings", "topics_en"]
    assert data["models"]["translator"] == str(tiny_qwen3)
    assert all(d["text_en"] for d in data["directives"]) and data["summary"]["en"] and data["event"]["title_en"]
    assert len(data["directives"]) == 4


def test_summarize_command_with_an_llm(example_path, tiny_qwen3):
    result = runner.invoke(app, ["summarize", str(example_path), "--summarizer", str(tiny_qwen3), "--lang", "en", "--device", "cpu"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["summarize", str(example_path), "--summarizer", str(tiny_qwen3), "--lang", "zh"])
    assert result.exit_code == 1 and "--lang en" in result.output


def test_models_list_shows_the_llms_with_their_licences():
    result = runner.invoke(app, ["models", "list", "--json"])
    rows = {row["name"]: row for row in json.loads(result.stdout)["models"]}
    assert rows["qwen3-1.7b"]["license"] == "Apache-2.0" and rows["qwen3-1.7b"]["family"] == "chat"
    assert rows["qwen3-4b"]["hub_id"] == "Qwen/Qwen3-4B-Instruct-2507"
    assert rows["gemmax2-2b"]["family"] == "prompt" and "Gemma" in rows["gemmax2-2b"]["license"]
    info = runner.invoke(app, ["models", "info", "qwen3-1.7b"])
    assert info.exit_code == 0 and "Apache-2.0" in info.stdout


def test_a_missing_llm_is_one_clear_sentence():
    result = runner.invoke(app, ["brief", "-", "--translator", "qwen3-1.7b"], input="市长主持会议。市委书记出席会议并讲话。")
    assert result.exit_code == 1
    assert "zhbrief models pull qwen3-1.7b" in result.output and "Traceback" not in result.output
