"""Real loading code on tiny models of the real classes, built offline in a temporary folder."""

import os
import json
import shutil

import pytest
from typer.testing import CliRunner

from zhbrief.cli.app import app
from zhbrief.errors import ZhbriefError
from zhbrief.models.loader import ModelUnavailable, load_model
from zhbrief.translate.generate import GenerationOptions, ModelGenerator, looks_looping

pytest.importorskip("torch")
runner = CliRunner()


def test_marian_loads_once_by_folder(tiny_marian):
    first = load_model(str(tiny_marian), "translation", "cpu")
    again = load_model(str(tiny_marian), "translation", "cpu")
    assert first is again
    assert first.family == "marian" and first.model.__class__.__name__ == "MarianMTModel"
    assert first.tokenizer.__class__.__name__ == "MarianTokenizer"


def test_marian_translation_keeps_sentences_and_names(tiny_marian):
    from zhbrief.translate.backends import open_translator

    translator = open_translator(str(tiny_marian), "cpu", GenerationOptions(batch_size=2)).translator
    texts = ["市长钟畅姿主持会议。要强化责任。", "市委书记蒋连生出席会议并讲话", "要强化责任。"]
    pairs = translator.translate_sentences(texts, {"钟畅姿": "Zhong Changzi", "蒋连生": "Jiang Liansheng"})
    assert [len(p) for p in pairs] == [2, 1, 1]
    assert "Zhong Changzi" in pairs[0][0].en and "Jiang Liansheng" in pairs[1][0].en


def test_generation_guard_leaves_no_loops(tiny_marian):
    generator = ModelGenerator(load_model(str(tiny_marian), "translation", "cpu"), GenerationOptions(batch_size=3))
    outputs = generator.generate(["要强化责任", "市长", "会议以电视电话会议形式召开。", "要"])
    assert len(outputs) == 4
    assert not any(looks_looping(o) for o in outputs)


def test_fixed_length_generation_for_benchmarks(tiny_marian):
    loaded = load_model(str(tiny_marian), "translation", "cpu")
    options = GenerationOptions(max_new_tokens=6, min_new_tokens=6, guard=False, no_repeat_ngram_size=0)
    ids = ModelGenerator(loaded, options)._run([[5, 6, 0]], options, retry=False)
    assert len(ids) == 1


def test_nllb_forces_english(tiny_nllb):
    loaded = load_model(str(tiny_nllb), "translation", "cpu")
    assert loaded.family == "nllb"
    assert loaded.forced_bos_token_id == loaded.tokenizer.convert_tokens_to_ids("eng_Latn")
    from zhbrief.translate.translator import Translator

    pairs = Translator(ModelGenerator(loaded)).translate_sentences(["市长主持会议。要强化责任。"])
    assert len(pairs[0]) == 2


def test_mt5_summarizer_chunks_long_input(tiny_mt5):
    from zhbrief.summarize.model import ModelSummarizer, open_summarizer

    summarizer = open_summarizer(str(tiny_mt5), "cpu")
    assert summarizer.name == str(tiny_mt5)
    small = ModelSummarizer(summarizer.generator, max_input_tokens=12)
    sentences = ["市长钟畅姿主持会议。", "要加强党对民族工作的全面领导。", "会议以电视电话会议形式召开。"] * 3
    assert len(small._chunks(sentences)) > 1
    assert isinstance(small.summarize(sentences), str)


def test_brief_with_models_names_them(example_path, tiny_marian, tiny_mt5):
    args = ["brief", str(example_path), "-f", "json", "--translator", str(tiny_marian), "--summarizer", str(tiny_mt5), "--device", "cpu"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["models"]["translator"] == str(tiny_marian) and data["models"]["summarizer"] == str(tiny_mt5)
    assert data["models"]["translator_backend"] in ("torch", "ctranslate2 int8")
    assert data["event"]["title_en"] and all(d["text_en"] for d in data["directives"])
    assert data["people"][0]["name_en"] == "Zhou Jianming"


def test_translate_command_json_pairs(example_path, tiny_marian):
    result = runner.invoke(app, ["translate", str(example_path), "-f", "json", "--translator", str(tiny_marian)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data["sentences"]) > 10 and all(p["en"] for p in data["sentences"])
    text = runner.invoke(app, ["translate", str(example_path), "--translator", str(tiny_marian)])
    assert len(text.stdout.strip().split("\n")) == len(data["sentences"])


def test_explicit_missing_model_is_one_line_exit_1(example_path):
    result = runner.invoke(app, ["brief", str(example_path), "--translator", "opus-mt"])
    assert result.exit_code == 1
    assert "zhbrief models pull opus-mt" in result.stderr
    assert "Traceback" not in result.output and len(result.stderr.strip().split("\n")) <= 3
    assert runner.invoke(app, ["translate", str(example_path)]).exit_code == 1


@pytest.mark.parametrize("name, said", [
    ("/no/such/folder", "no model folder at /no/such/folder"),
    ("./missing-model", "no model folder at ./missing-model"),
    ("not a name!", "is neither a model folder nor a model's name"),
])
def test_a_folder_that_is_not_there_is_one_line_not_a_traceback(example_path, name, said, tmp_path):
    out = tmp_path / "out"
    for command in ("brief", "batch"):
        extra = ["--out", str(out)] if command == "batch" else []
        result = runner.invoke(app, [command, str(example_path), "--translator", name, *extra])
        assert result.exit_code == 1, result.output
        assert said in result.stderr and "Traceback" not in result.output
    assert not out.exists()


def test_default_missing_model_still_briefs(example_path):
    result = runner.invoke(app, ["brief", str(example_path), "-f", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["models"]["translator"] is None
    assert any("zhbrief models pull opus-mt" in w for w in data["warnings"])


def test_folder_without_safetensors_is_refused(tiny_marian, tmp_path):
    folder = shutil.copytree(tiny_marian, tmp_path / "pickled")
    (folder / "model.safetensors").rename(folder / "pytorch_model.bin")
    with pytest.raises(ModelUnavailable, match="safetensors"):
        load_model(str(folder), "translation", "cpu")


def test_unknown_device_is_an_error():
    from zhbrief.models.device import resolve_device

    assert resolve_device("cpu") == "cpu"
    with pytest.raises(ZhbriefError):
        resolve_device("tpu")


def _put_in_hub_cache(model_folder, hub_id, revision="main"):
    """Lay a folder out as the Hugging Face cache does, under the tests' HF_HOME."""
    import os
    from pathlib import Path

    repo = Path(os.environ["HF_HOME"]) / "hub" / f"models--{hub_id.replace('/', '--')}"
    commit = "0" * 40
    shutil.copytree(model_folder, repo / "snapshots" / commit, dirs_exist_ok=True)
    (repo / "refs" / revision).parent.mkdir(parents=True, exist_ok=True)
    (repo / "refs" / revision).write_text(commit)
    return repo


def test_models_list_json_and_default_from_cache(example_path, tiny_marian):
    listing = json.loads(runner.invoke(app, ["models", "list", "--json"]).stdout)
    assert listing["hub_cache"] == os.path.join(os.environ["HF_HOME"], "hub") and listing["ct2_cache"].endswith("ct2")
    before = listing["models"]
    assert [m["name"] for m in before] == ["opus-mt", "nllb-600m", "mt5-xlsum", "qwen3-1.7b", "qwen3-4b", "gemmax2-2b", "extractive"]
    assert {"hub_id", "revision", "task", "license", "approx_size", "cached"} <= set(before[0])
    assert before[2]["revision"] == "refs/pr/7" and "NC" in before[1]["license"]
    repo = _put_in_hub_cache(tiny_marian, "Helsinki-NLP/opus-mt-zh-en")
    try:
        after = json.loads(runner.invoke(app, ["models", "list", "--json"]).stdout)["models"]
        assert after[0]["cached"] is True and after[0]["cached_size"]
        data = json.loads(runner.invoke(app, ["brief", str(example_path), "-f", "json", "--device", "cpu"]).stdout)
        assert data["models"]["translator"] == "Helsinki-NLP/opus-mt-zh-en"
        assert data["summary"]["en"]
    finally:
        shutil.rmtree(repo)


def test_pull_offline_says_where_to_copy_the_model():
    result = runner.invoke(app, ["models", "pull", "opus-mt"])  # HF_HUB_OFFLINE is set for tests
    assert result.exit_code == 1
    message = " ".join(result.stderr.split())
    assert "models--Helsinki-NLP--opus-mt-zh-en" in message and os.path.join(os.environ["HF_HOME"], "hub") in message
    assert "--translator /path/to/folder" in message


def test_summarize_is_english_when_a_translator_is_there(example_path, tiny_marian):
    chinese = runner.invoke(app, ["summarize", str(example_path), "--lang", "zh"]).stdout
    named = runner.invoke(app, ["summarize", str(example_path), "--translator", str(tiny_marian), "--device", "cpu"])
    assert named.exit_code == 0 and named.stdout != chinese  # the tiny model's "English"
    without = runner.invoke(app, ["summarize", str(example_path)])  # the default translator is not downloaded
    assert without.exit_code == 0 and without.stdout == chinese and "no translator is downloaded" in without.stderr
    assert runner.invoke(app, ["summarize", str(example_path), "--lang", "en"]).exit_code == 1
