"""`zhbrief batch --engine ray` on a local Ray: the same outputs, index, errors and resume
as the local engine."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from article_generator import generate_article
from test_batch import _start_and_signal, assert_written_only_inside, generated_folder, listing_from_outside
from zhbrief.cli.app import app

ray = pytest.importorskip("ray")
pytest.importorskip("ray.data")

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent


# First: it starts its own Ray in a child process, before this module's Ray is up.
def test_interrupted_and_killed_ray_runs_resume_without_loss_or_duplicates(tmp_path):
    count = 300
    folder = generated_folder(tmp_path, count)
    out = tmp_path / "out"
    index = out / "index.jsonl"
    command = [sys.executable, "-m", "zhbrief", "batch", str(folder), "--out", str(out), "--format", "both",
               "--engine", "ray", "--actors", "1", "--batch-size", "4"]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    stopped = _start_and_signal(command, env, index, 20, signal.SIGINT)
    assert stopped.returncode == 130 and "--resume" in stopped.stderr, stopped.stderr
    assert "Traceback" not in stopped.stderr
    _start_and_signal(command + ["--resume"], env, index, 20, signal.SIGKILL)
    done = {r["name"] for r in _index(out) if r["status"] == "ok"}
    assert 40 <= len(done) < count, "the batch was not killed part-way"
    result = subprocess.run(command + ["--resume"], env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    records = _index(out)
    ok = [r["name"] for r in records if r["status"] == "ok"]
    assert sorted(ok) == sorted(f"a{i:03d}.txt" for i in range(count))
    assert not [r for r in records if r["status"] == "error"]
    for i in range(count):
        json.loads((out / f"a{i:03d}.txt.json").read_text(encoding="utf-8"))
    assert not list(out.rglob("*.zhbrief-tmp"))


@pytest.fixture(scope="module")
def local_ray():
    os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "fatal")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


def _index(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "index.jsonl").read_text(encoding="utf-8").splitlines()]


def _comparable(records: list[dict]) -> list[dict]:
    """Index lines without their timing, in input order."""
    return sorted(({k: v for k, v in r.items() if k != "seconds"} for r in records), key=lambda r: r["name"])


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name != "index.jsonl" and not p.name.startswith(".")}  # the run's lock aside


@pytest.fixture
def folder(tmp_path, example_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    for i in range(5):
        (folder / "sub" / f"a{i}.txt").write_text(generate_article(300 + i)[0], encoding="utf-8")
    (folder / "sample.txt").write_bytes(example_path.read_bytes())
    (folder / "gbk.txt").write_bytes(generate_article(310)[0].encode("gbk"))
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "empty.txt").write_bytes(b"")
    return folder


def _both_engines(folder: Path, tmp_path: Path, *extra: str, actors: int = 2) -> tuple[Path, Path]:
    local, on_ray = tmp_path / "local", tmp_path / "ray"
    common = ["--format", "both", "--batch-size", "3", *extra]  # three groups
    first = runner.invoke(app, ["batch", str(folder), "--out", str(local), *common])
    second = runner.invoke(app, ["batch", str(folder), "--out", str(on_ray), "--engine", "ray", "--actors", str(actors), *common])
    assert first.exit_code == second.exit_code == 1, (first.output, second.output)  # binary and empty fail
    return local, on_ray


def test_same_folder_same_briefs_and_index(local_ray, folder, tmp_path):
    local, on_ray = _both_engines(folder, tmp_path)
    assert _outputs(on_ray) == _outputs(local) and len(_outputs(local)) == 14
    assert _comparable(_index(on_ray)) == _comparable(_index(local))
    errors = {r["name"]: r["error"] for r in _index(on_ray) if r["status"] == "error"}
    assert set(errors) == {"binary.txt", "empty.txt"} and "binary" in errors["binary.txt"]
    assert not list(on_ray.rglob("*.zhbrief-tmp"))


def test_same_briefs_with_the_tiny_translator(local_ray, folder, tmp_path, tiny_marian):
    # Two actors hold the translator: a brief depends on its own group only, however the
    # groups are spread (no translation cache outlives a group).
    local, on_ray = _both_engines(folder, tmp_path, "--translator", str(tiny_marian), "--device", "cpu")
    assert _outputs(on_ray) == _outputs(local)
    brief = json.loads((on_ray / "sub" / "a0.txt.json").read_text(encoding="utf-8"))
    assert brief["models"]["translator"] == str(tiny_marian) and brief["summary"]["en"]


def test_resume_skips_what_is_done(local_ray, folder, tmp_path):
    out = tmp_path / "out"
    arguments = ["batch", str(folder), "--out", str(out), "--engine", "ray"]
    assert runner.invoke(app, arguments).exit_code == 1
    result = runner.invoke(app, arguments + ["--resume"])
    assert result.exit_code == 1
    records = _index(out)  # one line per input, in input order, the done ones still `ok`
    assert [r["name"] for r in records] == sorted(r["name"] for r in records)
    assert sorted(r["status"] for r in records) == ["error"] * 2 + ["ok"] * 7


def test_inputs_listed_from_outside_stay_inside_out(local_ray, tmp_path, monkeypatch):
    listing, inner = listing_from_outside(tmp_path, monkeypatch)
    result = runner.invoke(app, ["batch", "--files-from", str(listing), "--out", "out", "--engine", "ray"])
    assert result.exit_code == 0, result.output
    assert_written_only_inside(tmp_path, inner / "out")


def test_missing_model_is_one_sentence_before_ray_starts(tmp_path, folder):
    result = runner.invoke(app, ["batch", str(folder), "--out", str(tmp_path / "o"), "--engine", "ray",
                                 "--translator", "opus-mt-zh-en"])
    assert result.exit_code == 1
    assert "Error:" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "o").exists()


def test_missing_ray_is_one_line(monkeypatch, tmp_path, folder):
    import builtins

    real_import = builtins.__import__

    def no_ray(name, *args, **kwargs):
        if name == "ray" or name.startswith("ray."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_ray)
    result = runner.invoke(app, ["batch", str(folder), "--out", str(tmp_path / "o"), "--engine", "ray"])
    assert result.exit_code == 1
    assert "pip install 'zhbrief[ray]'" in result.output and "Traceback" not in result.output


def test_local_engine_never_imports_ray(tmp_path, folder):
    code = (
        "import sys; from typer.testing import CliRunner; from zhbrief.cli.app import app;"
        f"r = CliRunner().invoke(app, ['batch', {str(folder)!r}, '--out', {str(tmp_path / 'o')!r}]);"
        "print(r.exit_code, [m for m in ('ray', 'pyarrow') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "1 []"


def test_inputs_with_one_name_in_two_folders_each_keep_their_output(local_ray, tmp_path):
    from test_batch_outputs import assert_every_input_has_its_output, colliding_folders

    folders = colliding_folders(tmp_path / "in")
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", *folders, "--out", str(out), "--engine", "ray", "--batch-size", "2"])
    assert result.exit_code == 0, result.output
    assert_every_input_has_its_output(_index(out), lambda output: (out / output).read_text(encoding="utf-8"))
