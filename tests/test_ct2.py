"""The CTranslate2 backend on the tiny Marian and NLLB models: conversion, cache reuse,
fallback to torch, corrupt-cache rebuild, and the same contract as the torch path."""

import pytest

ctranslate2 = pytest.importorskip("ctranslate2", reason="ctranslate2 is not installed (pip install 'zhbrief[fast]')")

from zhbrief.models import ct2  # noqa: E402
from zhbrief.translate.generate import GenerationOptions  # noqa: E402
from zhbrief.translate.backends import BackendOptions, open_translator  # noqa: E402

GLOSSARY = {"钟畅姿": "Zhong Changzi", "蒋连生": "Jiang Liansheng"}
TEXTS = ["市长钟畅姿主持会议。要强化责任。", "市委书记蒋连生出席会议并讲话", "", "要强化责任。"]


@pytest.fixture
def conversions(monkeypatch, tmp_path):
    """Count real conversions, into a cache of this test's own."""
    monkeypatch.setenv("ZHBRIEF_CACHE", str(tmp_path / "cache"))
    from ctranslate2 import converters

    calls = []
    real = converters.TransformersConverter

    class Counting(real):
        def convert(self, *args, **kwargs):
            calls.append(args)
            return super().convert(*args, **kwargs)

    monkeypatch.setattr(converters, "TransformersConverter", Counting)
    return calls


def _open(model, backend="ct2", compute_type="int8"):
    return open_translator(str(model), "cpu", GenerationOptions(batch_size=2), backend=BackendOptions(backend, compute_type))


def test_conversion_then_reuse(tiny_marian, conversions):
    first = _open(tiny_marian)
    assert first.backend == "ctranslate2 int8" and first.warning is None
    folder = first.translator.generator.ct2.folder
    assert ct2.is_complete(folder)
    assert (folder / "source.spm").exists() and (folder / "target.spm").exists()
    again = _open(tiny_marian)
    assert again.backend == "ctranslate2 int8"
    assert len(conversions) == 1  # the second load reused the converted copy


def test_ct2_and_torch_agree_on_the_contract(tiny_marian):
    ct2_pairs = _open(tiny_marian, compute_type="float32").translator.translate_sentences(TEXTS, GLOSSARY)
    torch_pairs = _open(tiny_marian, backend="torch").translator.translate_sentences(TEXTS, GLOSSARY)
    assert [len(p) for p in ct2_pairs] == [len(p) for p in torch_pairs] == [2, 1, 0, 1]
    for pairs in (ct2_pairs, torch_pairs):
        assert "Zhong Changzi" in pairs[0][0].en and "Jiang Liansheng" in pairs[1][0].en
        assert all(p.en for group in pairs for p in group)


def test_conversion_failure_falls_back_to_torch(tiny_marian, monkeypatch):
    from ctranslate2 import converters

    class Broken:
        def __init__(self, *args, **kwargs):
            pass

        def convert(self, *args, **kwargs):
            raise RuntimeError("unsupported layer")

    monkeypatch.setattr(converters, "TransformersConverter", Broken)
    choice = _open(tiny_marian, compute_type="int8_float32")
    assert choice.backend == "torch"
    assert "unsupported layer" in choice.warning and "torch instead" in choice.warning
    assert len(choice.translator.translate_sentences(TEXTS)[0]) == 2


def test_corrupt_or_half_written_cache_is_rebuilt(tiny_marian, conversions):
    folder = _open(tiny_marian).translator.generator.ct2.folder
    before = len(conversions)
    assert before == 1
    (folder / ct2.MARKER).unlink()  # a conversion killed before it finished
    assert _open(tiny_marian).backend == "ctranslate2 int8"
    assert len(conversions) == before + 1 and ct2.is_complete(folder)
    (folder / "model.bin").write_bytes(b"garbage")  # complete-looking but corrupt
    assert _open(tiny_marian).backend == "ctranslate2 int8"
    assert len(conversions) == before + 2


def test_missing_package_or_unsupported_model_uses_torch(tiny_marian, tiny_mt5, monkeypatch):
    monkeypatch.setattr(ct2, "ct2_installed", lambda: False)
    explicit = _open(tiny_marian)
    assert explicit.backend == "torch" and "pip install 'zhbrief[fast]'" in explicit.warning
    assert _open(tiny_marian, backend="auto").warning is None  # auto says nothing


def test_nllb_through_ct2(tiny_nllb):
    choice = _open(tiny_nllb, compute_type="float32")
    assert choice.backend == "ctranslate2 float32"
    assert len(choice.translator.translate_sentences(["市长主持会议。要强化责任。"])[0]) == 2


def test_unknown_compute_type_is_an_error(tiny_marian):
    from zhbrief.errors import ZhbriefError

    with pytest.raises(ZhbriefError, match="compute type"):
        ct2.resolve_compute_type("int4", "cpu")


def test_models_list_shows_converted_copies(tiny_marian, conversions):
    import json

    from typer.testing import CliRunner

    from test_models import _put_in_hub_cache
    from zhbrief.cli.app import app

    repo = _put_in_hub_cache(tiny_marian, "Helsinki-NLP/opus-mt-zh-en")
    try:
        choice = open_translator(None, "cpu", backend=BackendOptions("ct2", "int8"))
        assert choice.backend == "ctranslate2 int8"
        rows = json.loads(CliRunner().invoke(app, ["models", "list", "--json"]).stdout)["models"]
        assert rows[0]["ct2_copies"][0]["compute_type"] == "int8" and rows[0]["ct2_copies"][0]["size"].endswith("B")
    finally:
        import shutil

        shutil.rmtree(repo)


def test_a_folder_with_only_a_pickle_is_refused_before_conversion(tiny_marian, tmp_path, monkeypatch, example_path):
    import shutil

    import torch
    from ctranslate2 import converters
    from safetensors.torch import load_file
    from typer.testing import CliRunner

    from zhbrief.cli.app import app

    folder = shutil.copytree(tiny_marian, tmp_path / "pickled")
    torch.save(load_file(folder / "model.safetensors"), folder / "pytorch_model.bin")
    (folder / "model.safetensors").unlink()

    def never(*args, **kwargs):
        raise AssertionError("the converter would unpickle the weights")

    monkeypatch.setattr(converters, "TransformersConverter", never)
    result = CliRunner().invoke(app, ["translate", str(example_path), "--translator", str(folder)])
    assert result.exit_code == 1 and "no safetensors weights (only pytorch_model.bin)" in " ".join(result.stderr.split())
    assert "unpickle" not in result.output and "Traceback" not in result.output


def test_library_warnings_stay_off_the_terminal_unless_verbose(tiny_marian, tmp_path, example_path):
    import os
    import subprocess
    import sys

    def run(*flags: str) -> str:
        env = dict(os.environ, ZHBRIEF_CACHE=str(tmp_path / f"cache{len(flags)}"))  # converted afresh each time
        command = [sys.executable, "-m", "zhbrief", *flags, "translate", str(example_path), "--translator", str(tiny_marian)]
        result = subprocess.run(command, env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        return result.stderr

    assert run() == ""
    assert "sacremoses" in run("--verbose")
