"""The local engine's workers with a model loaded: the same outputs whatever --jobs, and
stops (SIGTERM, Ctrl-C, SIGKILL, a worker killed) that lose nothing and leave no process."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from article_generator import generate_article, generated_folder

ROOT = Path(__file__).resolve().parent.parent
ENV = dict(os.environ, PYTHONPATH=str(ROOT), HF_HUB_OFFLINE="1")


def _command(folder: Path, out: Path, model: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "zhbrief", "batch", str(folder), "--out", str(out), "--translator", str(model),
            "--device", "cpu", "--batch-size", "4", "--format", "both", *extra]


def _index(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "index.jsonl").read_text(encoding="utf-8").splitlines()]


def _outputs(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*.txt.*"))}


def _session_processes(session: int) -> list[int]:
    """Processes still in the session the batch was started in (its workers, Python's helpers)."""
    alive = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if int(fields[3]) == session and fields[0] != "Z":
                alive.append(int(entry.name))
    return alive


def _none_left(session: int, within: float = 15.0) -> bool:
    deadline = time.monotonic() + within
    while _session_processes(session) and time.monotonic() < deadline:
        time.sleep(0.1)
    return not _session_processes(session)


def _start_and_stop(command: list[str], out: Path, after_ok: int, stop) -> tuple[subprocess.Popen, str]:
    """Start the batch in a session of its own, `stop(process)` once `after_ok` inputs are done."""
    process = subprocess.Popen(command, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    index, deadline = out / "index.jsonl", time.monotonic() + 180
    while time.monotonic() < deadline and process.poll() is None:
        if index.exists() and index.read_bytes().count(b'"status": "ok"') >= after_ok:
            break
        time.sleep(0.02)
    assert process.poll() is None, "the batch ended before it could be stopped"
    stop(process)
    _, stderr = process.communicate(timeout=120)
    return process, stderr


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return generated_folder(tmp_path_factory.mktemp("articles"), 48)


@pytest.mark.parametrize("backend", ["ct2", "torch"])
def test_outputs_are_the_same_whatever_the_number_of_jobs(folder, tiny_marian, tmp_path, backend):
    if backend == "ct2":
        pytest.importorskip("ctranslate2")
    runs = {}
    for jobs in ("1", "2"):
        out, summary = tmp_path / f"out{jobs}", tmp_path / f"summary{jobs}.json"
        result = subprocess.run(_command(folder, out, tiny_marian, "--backend", backend, "--jobs", jobs,
                                         "--summary-json", str(summary)), env=ENV, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        runs[jobs] = (_outputs(out), _index(out), json.loads(summary.read_text()))
    (outputs1, index1, summary1), (outputs2, index2, summary2) = runs["1"], runs["2"]
    assert len(outputs1) == 2 * 48 and outputs1 == outputs2  # byte for byte
    without_time = [{k: v for k, v in r.items() if k != "seconds"} for r in index1]
    assert without_time == [{k: v for k, v in r.items() if k != "seconds"} for r in index2]
    assert summary1["workers"] == 1 and summary2["workers"] == 2 and summary2["threads_per_worker"] >= 1
    assert summary2["worker_peak_mb"] > 50  # each worker holds a runtime and the model


def test_sigterm_under_jobs_2_exits_130_and_leaves_no_process(folder, tiny_marian, tmp_path):
    out = tmp_path / "out"
    command = _command(folder, out, tiny_marian, "--jobs", "2")
    process, stderr = _start_and_stop(command, out, 4, lambda p: p.send_signal(signal.SIGTERM))  # the parent only
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and stderr.strip().splitlines()[-1].endswith("--resume")
    assert _none_left(process.pid, within=10.0), "a worker outlived the stopped batch"
    result = subprocess.run(command + ["--resume"], env=ENV, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert [r["name"] for r in _index(out)] == [f"a{i:03d}.txt" for i in range(48)]


def test_ctrl_c_reaches_every_process_and_ends_them(folder, tiny_marian, tmp_path):
    out = tmp_path / "out"
    process, stderr = _start_and_stop(_command(folder, out, tiny_marian, "--jobs", "2"), out, 4,
                                      lambda p: os.killpg(p.pid, signal.SIGINT))  # as a terminal's Ctrl-C
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and _none_left(process.pid, within=10.0)


def test_sigkill_then_resume_loses_and_doubles_nothing(folder, tiny_marian, tmp_path):
    out = tmp_path / "out"
    command = _command(folder, out, tiny_marian, "--jobs", "2")
    process, _ = _start_and_stop(command, out, 8, lambda p: p.send_signal(signal.SIGKILL))
    assert _none_left(process.pid), "the workers of a killed batch went on"  # they end with their parent
    done_before = sum(r["status"] == "ok" for r in _index(out))
    summary = tmp_path / "summary.json"
    result = subprocess.run(command + ["--resume", "--summary-json", str(summary)], env=ENV, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    records = _index(out)
    assert [r["name"] for r in records] == [f"a{i:03d}.txt" for i in range(48)]  # one line each
    assert all(r["status"] == "ok" for r in records)
    assert json.loads(summary.read_text())["skipped"] >= done_before >= 8
    for i in range(48):
        json.loads((out / f"a{i:03d}.txt.json").read_text(encoding="utf-8"))
    assert not list(out.rglob("*.zhbrief-tmp"))


def test_a_killed_worker_costs_only_its_group(folder, tiny_marian, tmp_path):
    """Out of memory, the kernel kills a worker: its inputs are errors, the rest go on."""
    out = tmp_path / "out"
    command = _command(folder, out, tiny_marian, "--jobs", "2")

    def kill_one_worker(process: subprocess.Popen) -> None:
        workers = [pid for pid in _session_processes(process.pid) if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()]
        os.kill(workers[0], signal.SIGKILL)
        process.wait(timeout=180)

    process, stderr = _start_and_stop(command, out, 4, kill_one_worker)
    assert process.returncode == 1, stderr
    records = _index(out)
    assert [r["name"] for r in records] == [f"a{i:03d}.txt" for i in range(48)]
    errors = [r for r in records if r["status"] == "error"]
    assert 1 <= len(errors) <= 4 and all("worker briefing it stopped" in r["error"] for r in errors)
    assert subprocess.run(command + ["--resume"], env=ENV, capture_output=True).returncode == 0
    assert all(r["status"] == "ok" for r in _index(out))


def test_a_missing_model_is_one_line_before_any_worker(folder, tmp_path):
    result = subprocess.run(_command(folder, tmp_path / "out", tmp_path / "no-such-model", "--jobs", "2"),
                            env=ENV, capture_output=True, text=True)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("Error: ")
    assert not (tmp_path / "out").exists()


def test_one_article_starts_no_worker(tiny_marian, tmp_path):
    article = tmp_path / "one.txt"
    article.write_text(generate_article(3)[0], encoding="utf-8")
    script = (
        "import sys, multiprocessing\n"
        "from zhbrief.cli.app import main\n"
        f"sys.argv = ['zhbrief', 'brief', {str(article)!r}, '--translator', {str(tiny_marian)!r}, '--format', 'json']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "assert 'zhbrief.batch.workers' not in sys.modules and not multiprocessing.active_children()\n"
    )
    result = subprocess.run([sys.executable, "-c", script], env=ENV, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
