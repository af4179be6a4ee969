"""The shared CTranslate2 cache across processes: one conversion when two processes race, a
killed conversion leaves nothing in the way, a corrupt copy is proven so by its manifest before
it is rebuilt, and a load failure is named (never taken for corruption, never silent)."""

import fcntl
import json
import multiprocessing
import os
import signal
import time
from pathlib import Path

import pytest

ctranslate2 = pytest.importorskip("ctranslate2", reason="ctranslate2 is not installed (pip install 'zhbrief[fast]')")

from zhbrief.models import ct2, ct2_cache  # noqa: E402
from zhbrief.translate.generate import GenerationOptions  # noqa: E402
from zhbrief.translate.backends import BackendOptions, open_translator  # noqa: E402

OUT_OF_MEMORY = "CUDA failed with error out of memory"


@pytest.fixture
def cache(monkeypatch, tmp_path) -> Path:
    """A cache of this test's own, with every conversion recorded in a file (children's too)."""
    monkeypatch.setenv("ZHBRIEF_CACHE", str(tmp_path / "cache"))
    record = tmp_path / "conversions.txt"
    record.touch()
    from ctranslate2 import converters

    real = converters.TransformersConverter

    class Recording(real):
        def convert(self, output_dir, *args, **kwargs):
            with open(record, "a") as stream:
                stream.write(f"{os.getpid()}\n")
            return super().convert(output_dir, *args, **kwargs)

    monkeypatch.setattr(converters, "TransformersConverter", Recording)
    return tmp_path / "cache" / "ct2"


def _conversions(cache: Path) -> int:
    return len((cache.parent.parent / "conversions.txt").read_text().split())


def _open(model, compute_type="int8"):
    return open_translator(str(model), "cpu", GenerationOptions(batch_size=2), backend=BackendOptions("ct2", compute_type))


def _the_copy(cache: Path) -> Path:
    (folder,) = [p for p in cache.iterdir() if not p.name.startswith(".")]
    return folder


def _lock_is_free(folder: Path) -> bool:
    descriptor = os.open(ct2_cache.lock_path(folder), os.O_RDWR)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    finally:
        os.close(descriptor)


def _open_in_child(model: str, start, results) -> None:
    start.wait(30)
    choice = _open(model)
    results.put((choice.backend, choice.warning))


def race(model: str, record: str) -> list:
    """Two forked processes open one model at once, each converting it if it is not there yet
    (a converter that records each conversion and sleeps widens the race's window)."""
    from ctranslate2 import converters

    real = converters.TransformersConverter

    class Recording(real):
        def convert(self, *args, **kwargs):
            with open(record, "a") as stream:
                stream.write(f"{os.getpid()}\n")
            time.sleep(1.5)
            return super().convert(*args, **kwargs)

    converters.TransformersConverter = Recording
    context = multiprocessing.get_context("fork")
    start, results = context.Event(), context.Queue()
    children = [context.Process(target=_open_in_child, args=(model, start, results), daemon=True) for _ in range(2)]
    for child in children:
        child.start()
    start.set()
    try:
        return [results.get(timeout=150) for _ in children]
    finally:
        for child in children:
            child.join(10)
            child.kill()


def test_two_processes_converting_at_once_convert_once(tiny_marian, cache):
    # Forked from a fresh interpreter: libgomp (CTranslate2's OpenMP) hangs a child forked from
    # a process that already ran a model with more than one thread, as this test process may have.
    import subprocess
    import sys

    record = cache.parent.parent / "conversions.txt"
    script = "import json, sys, test_ct2_cache as t; print(json.dumps(t.race(sys.argv[1], sys.argv[2])))"
    run = subprocess.run([sys.executable, "-c", script, str(tiny_marian), str(record)], cwd=Path(__file__).parent,
                         capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stderr[-2000:]
    outcomes = json.loads(run.stdout.splitlines()[-1])
    assert outcomes == [["ctranslate2 int8", None]] * 2  # both on CTranslate2, no torch fallback
    assert _conversions(cache) == 1
    folder = _the_copy(cache)
    assert ct2_cache.check_copy(folder, thorough=True).verified and not ct2_cache.stale_temporaries(folder)


def test_out_of_memory_on_load_keeps_the_copy_and_says_so(tiny_marian, cache, monkeypatch):
    assert _open(tiny_marian).backend == "ctranslate2 int8"
    folder = _the_copy(cache)

    def out_of_memory(*args, **kwargs):
        raise RuntimeError(OUT_OF_MEMORY)

    monkeypatch.setattr(ctranslate2, "Translator", out_of_memory)
    choice = _open(tiny_marian)
    assert choice.backend == "torch"
    assert choice.warning.startswith(f"CTranslate2 ran out of memory loading {tiny_marian} on cpu: {OUT_OF_MEMORY}")
    assert choice.warning.endswith("translating with torch instead.")
    assert ct2_cache.check_copy(folder, thorough=True).usable and _conversions(cache) == 1  # not deleted, not rebuilt


def test_a_compute_type_the_device_lacks_is_named_and_the_copy_kept(tiny_marian, cache):
    # Real CTranslate2: int8_float16 converts on any machine but runs on a GPU only.
    for _ in range(2):
        choice = _open(tiny_marian, compute_type="int8_float16")
        assert choice.backend == "torch"
        assert choice.warning.startswith("compute type int8_float16 is not supported on this device (cpu): ")
    assert _conversions(cache) == 1 and ct2.is_complete(_the_copy(cache))


def test_load_failures_are_classified(tiny_marian, cache):
    folder = _open(tiny_marian).translator.generator.ct2.folder
    (folder / "model.bin").unlink()
    with pytest.raises(ct2.LoadFailed) as missing:
        ct2.load_ct2(folder, "cpu", "int8", label="opus-mt")  # real CTranslate2 error
    assert missing.value.kind == "missing_file" and str(missing.value) == "the converted copy of opus-mt is missing model.bin"
    cases = {
        MemoryError("std::bad_alloc"): "CTranslate2 ran out of memory loading m on cuda: std::bad_alloc",
        RuntimeError("CUDA failed with error CUDA driver version is insufficient for CUDA runtime version"):
            "CTranslate2 cannot run m on cuda: CUDA failed with error CUDA driver version is insufficient for CUDA runtime version",
        RuntimeError("Cannot load the target vocabulary from the model directory"): "the converted copy of m is missing its target vocabulary",
        RuntimeError("Variable 'w' has an invalid payload size"): "the converted copy of m is damaged: Variable 'w' has an invalid payload size",
    }
    for error, message in cases.items():
        assert str(ct2.describe_load_failure(error, "m", "cuda", "int8_float16")) == message


def test_a_truncated_or_altered_copy_is_found_by_its_manifest_and_rebuilt(tiny_marian, cache):
    folder = _open(tiny_marian).translator.generator.ct2.folder
    model_bin = folder / "model.bin"
    model_bin.write_bytes(model_bin.read_bytes()[:1000])  # truncated
    assert "model.bin has 1000 bytes" in ct2_cache.check_copy(folder).problem
    assert _open(tiny_marian).backend == "ctranslate2 int8" and _conversions(cache) == 2
    data = bytearray(model_bin.read_bytes())
    data[-64:] = bytes(64)  # same size, other weights: it would load, wrong
    model_bin.write_bytes(bytes(data))
    assert "sha256 differs" in ct2_cache.check_copy(folder).problem  # its mtime moved: hashed
    assert _open(tiny_marian).backend == "ctranslate2 int8" and _conversions(cache) == 3
    # Damaged with its mtime put back: sizes and mtimes agree, so the copy is trusted until
    # CTranslate2 fails to load it; then the thorough check proves it corrupt and it is rebuilt.
    entry = json.loads((folder / ct2.MARKER).read_text())["files"]["model.bin"]
    data = bytearray(model_bin.read_bytes())
    data[:4] = b"\xff\xff\xff\x7f"  # the binary version
    model_bin.write_bytes(bytes(data))
    os.utime(model_bin, ns=(entry["mtime_ns"], entry["mtime_ns"]))
    assert ct2_cache.check_copy(folder).usable and not ct2_cache.check_copy(folder, thorough=True).usable
    choice = _open(tiny_marian)
    assert choice.backend == "ctranslate2 int8" and choice.warning is None and _conversions(cache) == 4
    assert ct2_cache.check_copy(folder, thorough=True).usable


def test_an_older_copy_without_a_manifest_is_used_as_it_is(tiny_marian, cache):
    folder = _open(tiny_marian).translator.generator.ct2.folder
    (folder / ct2.MARKER).write_text(json.dumps({"source": str(tiny_marian), "compute_type": "int8"}))
    state = ct2_cache.check_copy(folder)
    assert state.usable and not state.verified
    assert _open(tiny_marian).backend == "ctranslate2 int8" and _conversions(cache) == 1


def _convert_until_killed(model: str, ready: str) -> None:
    """A conversion that writes part of its output, says so, then hangs until it is killed."""
    from ctranslate2 import converters

    class Hanging:
        def __init__(self, *args, **kwargs):
            pass

        def convert(self, output_dir, *args, **kwargs):
            os.makedirs(output_dir)
            Path(output_dir, "model.bin").write_bytes(b"\0" * 4096)
            Path(ready).write_text(output_dir)
            time.sleep(600)

    converters.TransformersConverter = Hanging
    _open(model)


def test_a_conversion_killed_midway_leaves_a_clean_cache_for_the_next(tiny_marian, cache, tmp_path):
    ready = tmp_path / "ready"
    child = multiprocessing.get_context("fork").Process(target=_convert_until_killed, args=(str(tiny_marian), str(ready)))
    child.start()
    try:
        deadline = time.monotonic() + 120
        while not ready.exists() and time.monotonic() < deadline and child.is_alive():
            time.sleep(0.05)
        temporary = Path(ready.read_text())
        target = temporary.parent / temporary.name[1:].split(".tmp-")[0]
        assert temporary.is_dir() and not _lock_is_free(target)  # converting, under the lock
    finally:
        child.kill()  # SIGKILL
        child.join(30)
    assert child.exitcode == -signal.SIGKILL
    assert ct2_cache.stale_temporaries(target) == [temporary] and not target.exists() and _lock_is_free(target)
    choice = _open(tiny_marian)
    assert choice.backend == "ctranslate2 int8" and choice.warning is None
    assert _the_copy(cache) == target and ct2_cache.stale_temporaries(target) == []
    state = ct2_cache.check_copy(target, thorough=True)
    assert state.usable and state.verified and _lock_is_free(target)


def _fail_loads_with_out_of_memory(monkeypatch) -> None:
    def out_of_memory(*args, **kwargs):
        raise RuntimeError(OUT_OF_MEMORY)

    monkeypatch.setattr(ctranslate2, "Translator", out_of_memory)


def test_fallback_is_a_note_on_stderr_and_a_warning_in_brief_and_batch(tiny_marian, cache, monkeypatch, example_path, tmp_path):
    from typer.testing import CliRunner

    from zhbrief.cli.app import app

    _fail_loads_with_out_of_memory(monkeypatch)
    models = ["--translator", str(tiny_marian), "--backend", "ct2", "--compute-type", "int8", "--device", "cpu"]
    single = CliRunner().invoke(app, ["brief", str(example_path), "-f", "json", *models])
    assert single.exit_code == 0, single.output
    notes = [line for line in single.stderr.splitlines() if line.startswith("note: ")]
    assert len(notes) == 1 and "ran out of memory" in notes[0] and "translating with torch instead" in notes[0]
    assert any("ran out of memory" in w for w in json.loads(single.stdout)["warnings"])
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "report.txt").write_text(example_path.read_text(encoding="utf-8"), encoding="utf-8")
    batch = CliRunner().invoke(app, ["batch", str(folder), "--out", str(tmp_path / "out"), *models])
    assert batch.exit_code == 0, batch.output
    assert sum("ran out of memory" in line for line in batch.stderr.splitlines() if line.startswith("note: ")) == 1
    (output,) = (tmp_path / "out").rglob("report*.json")
    assert any("ran out of memory" in w for w in json.loads(output.read_text(encoding="utf-8"))["warnings"])
