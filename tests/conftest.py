import json
import os
from pathlib import Path

import tempfile

import pytest
from hypothesis import HealthCheck, settings

# Tests never reach a hub and never see the user's model cache.
os.environ["HF_HOME"] = tempfile.mkdtemp(prefix="zhbrief-hf-")
os.environ["ZHBRIEF_CACHE"] = tempfile.mkdtemp(prefix="zhbrief-cache-")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

# Every module's properties: shared machines are slow at times, so no per-example deadline.
settings.register_profile("ci", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLDEN_DIR = Path(__file__).parent / "golden"


EXAMPLES = ROOT / "examples"


def _shared_sample(name: str) -> Path:
    """The real sample and its gold answer live beside the checkout, never in it (articles
    belong to their publishers)."""
    path = SHARED / "samples" / name
    if not path.exists():
        pytest.skip(f"the real sample {path} is not here (it sits beside the project's own checkouts only)")
    return path


@pytest.fixture
def sample_path() -> Path:
    return _shared_sample("wuzhou-ethnic-work.txt")


@pytest.fixture
def gold() -> dict:
    return json.loads(_shared_sample("wuzhou-ethnic-work.gold.json").read_text(encoding="utf-8"))


@pytest.fixture
def example_path() -> Path:
    """The project's own example report (Traditional, with crawl pinyin), shipped in examples/."""
    return EXAMPLES / "county-meeting-traditional.txt"


def check_golden(name: str, actual: str) -> None:
    """Compare with tests/golden/NAME. A missing file fails: a test that writes its own
    expectation passes whatever it is given. UPDATE_GOLDEN=1 writes the files (CI never
    sets it); review their diff before committing."""
    path = GOLDEN_DIR / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    if not path.exists():
        pytest.fail(f"no golden file {path}: run once with UPDATE_GOLDEN=1, review it, and commit it")
    assert actual == path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def tiny_marian(tmp_path_factory):
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from tiny_models import build_marian

    return build_marian(tmp_path_factory.mktemp("marian"))


@pytest.fixture(scope="session")
def tiny_nllb(tmp_path_factory):
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from tiny_models import build_nllb

    return build_nllb(tmp_path_factory.mktemp("nllb"))


@pytest.fixture(scope="session")
def tiny_mt5(tmp_path_factory):
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from tiny_models import build_mt5

    return build_mt5(tmp_path_factory.mktemp("mt5"))


@pytest.fixture(scope="session")
def tiny_qwen3(tmp_path_factory):
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    pytest.importorskip("tokenizers")
    from tiny_models import build_qwen3

    return build_qwen3(tmp_path_factory.mktemp("qwen3"))
