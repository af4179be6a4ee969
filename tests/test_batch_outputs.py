"""Batch outputs: every input keeps its own output (same names in two folders, names a
filesystem cannot hold, names equal but for case), and one run per --out."""

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
from test_batch import _index, generated_folder
from zhbrief.batch import discover
from zhbrief.batch.lock import LOCK_NAME, RunId
from zhbrief.cli.app import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent

# Where each input's brief goes: its path below the folders' common root, `:` encoded
# (never merged with `_`), the second of two case-equal names with a suffix.
COLLIDING = {
    "a/news/x.txt": "a/news/x.txt.json",
    "b/news/x.txt": "b/news/x.txt.json",
    "a/news/a:b.txt": "a/news/a%3Ab.txt.json",
    "a/news/a_b.txt": "a/news/a_b.txt.json",
    "b/news/Y.txt": "b/news/Y.txt.json",
    "b/news/y.txt": "b/news/y~2.txt.json",
}


def colliding_folders(root: Path) -> list[str]:
    """Two folders whose files share names, `a:b.txt` beside `a_b.txt`, `Y.txt` beside `y.txt`."""
    for number, name in enumerate(COLLIDING):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(generate_article(400 + number)[0], encoding="utf-8")
    return [str(root / "a" / "news"), str(root / "b" / "news")]


def assert_every_input_has_its_output(records: list[dict], read_output) -> None:
    by_name = {r["name"]: r for r in records}
    assert set(by_name) == set(COLLIDING)
    for number, (name, output) in enumerate(COLLIDING.items()):
        assert by_name[name]["status"] == "ok" and by_name[name]["outputs"] == [output]
        brief = json.loads(read_output(output))  # this input's own brief, not another's
        assert {p["name_zh"]: p["role"] for p in brief["people"]} == generate_article(400 + number)[1]
    assert by_name["b/news/y.txt"]["warning"] and "b/news/Y.txt" in by_name["b/news/y.txt"]["warning"]
    assert all(by_name[name]["warning"] is None for name in COLLIDING if name != "b/news/y.txt")


def test_inputs_with_one_name_in_two_folders_each_keep_their_output(tmp_path):
    folders = colliding_folders(tmp_path / "in")
    out = tmp_path / "out"
    summary = tmp_path / "summary.json"
    result = runner.invoke(app, ["batch", *folders, "--out", str(out), "--summary-json", str(summary)])
    assert result.exit_code == 0, result.output
    assert_every_input_has_its_output(_index(out), lambda output: (out / output).read_text(encoding="utf-8"))
    assert "warning: b/news/y.txt would share its output with b/news/Y.txt" in result.output
    counts = json.loads(summary.read_text())
    assert (counts["total"], counts["ok"], counts["error"], counts["skipped"]) == (6, 6, 0, 0)


def test_names_keep_the_path_below_the_common_root(tmp_path, monkeypatch):
    colliding_folders(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert [i.name for i in discover(["a/news"])] == ["a:b.txt", "a_b.txt", "x.txt"]  # one folder: below it
    assert [i.name for i in discover(["a/news/x.txt", "b/news/x.txt"])] == ["a/news/x.txt", "b/news/x.txt"]
    # A folder and a file in it, named twice: one input.
    assert [i.name for i in discover(["a/news", "a/news/x.txt", "./a/news/x.txt"])] == ["a:b.txt", "a_b.txt", "x.txt"]


def test_a_resumed_run_finds_each_input_by_its_own_output(tmp_path):
    folders = colliding_folders(tmp_path / "in")
    out = tmp_path / "out"
    assert runner.invoke(app, ["batch", *folders, "--out", str(out)]).exit_code == 0
    summary = tmp_path / "summary.json"
    result = runner.invoke(app, ["batch", *folders, "--out", str(out), "--resume", "--summary-json", str(summary)])
    assert result.exit_code == 0 and json.loads(summary.read_text())["skipped"] == 6
    assert_every_input_has_its_output(_index(out), lambda output: (out / output).read_text(encoding="utf-8"))


def _first_run_under_way(tmp_path: Path, count: int, lines: int) -> tuple[Path, Path, subprocess.Popen]:
    """(its folder, its --out, the process): a batch of `count` inputs in a child process,
    returned once `lines` of them are in its index."""
    folder, out = generated_folder(tmp_path, count), tmp_path / "out"
    command = [sys.executable, "-m", "zhbrief", "batch", str(folder), "--out", str(out)]
    process = subprocess.Popen(command, env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    index, deadline = out / "index.jsonl", time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None and (
            not index.exists() or index.read_bytes().count(b"\n") < lines):
        time.sleep(0.01)
    assert process.poll() is None, "the first run ended before the second started"
    return folder, out, process


def test_a_second_run_on_one_out_exits_2_and_the_first_completes(tmp_path):
    count = 300
    folder, out, first = _first_run_under_way(tmp_path, count, 5)
    second = runner.invoke(app, ["batch", str(folder), "--out", str(out)])
    assert second.exit_code == 2
    assert f"another zhbrief batch (pid {first.pid} on " in second.output and str(out) in second.output
    assert len(second.output.strip().splitlines()) == 1
    assert first.wait(timeout=300) == 0, first.stderr.read()
    records = _index(out)
    assert [r["name"] for r in records] == [f"a{i:03d}.txt" for i in range(count)]
    assert all(r["status"] == "ok" for r in records)
    assert all(json.loads((out / f"a{i:03d}.txt.json").read_text(encoding="utf-8")) for i in range(count))


def test_the_lock_of_a_killed_run_is_taken_over_by_resume(tmp_path):
    count = 300
    folder, out, first = _first_run_under_way(tmp_path, count, 20)
    first.send_signal(signal.SIGKILL)
    first.wait()
    holder = RunId.from_json((out / LOCK_NAME).read_text(encoding="utf-8"))
    assert holder is not None and holder.pid == first.pid and holder.gone()  # the file stays, the lock went
    summary = tmp_path / "summary.json"
    result = runner.invoke(app, ["batch", str(folder), "--out", str(out), "--resume", "--summary-json", str(summary)])
    assert result.exit_code == 0, result.output
    assert [r["name"] for r in _index(out)] == [f"a{i:03d}.txt" for i in range(count)]
    assert json.loads(summary.read_text())["skipped"] >= 20
    assert RunId.from_json((out / LOCK_NAME).read_text(encoding="utf-8")).pid == os.getpid()


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.parametrize("holder", ["live elsewhere", "lapsed elsewhere", "gone from here"])
def test_a_remote_lease_refuses_a_live_run_and_lets_a_lapsed_one_go(holder):
    from zhbrief.batch.lock import OutputLocked, RemoteLease

    fresh = holder != "lapsed elsewhere"
    held = RunId(host="elsewhere", pid=1, renewed=time.time() - (0 if fresh else 3600))
    if holder == "gone from here":  # a run of this machine, SIGKILLed a moment ago: no need to wait
        held = RunId(pid=_dead_pid())

    class Memory:
        data = held.to_json().encode()

        def read(self):
            return self.data

        def write(self, data):
            self.data = data

    store = Memory()
    lease = RemoteLease(store, "s3://bucket/out", ttl=60)
    if holder == "live elsewhere":
        with pytest.raises(OutputLocked, match="pid 1 on elsewhere.*lapses at"):
            lease.acquire(settle=0)
        return
    lease.acquire(settle=0)
    assert RunId.from_json(store.data.decode()).run_id == lease.mine.run_id
    lease.release()
    assert RunId.from_json(store.data.decode()).renewed == 0  # lapsed: the next run may go at once


def test_digest_links_reach_encoded_outputs(tmp_path, monkeypatch):
    folders = colliding_folders(tmp_path / "in")
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["batch", *folders, "--out", "out", "--format", "both"]).exit_code == 0
    markdown = runner.invoke(app, ["digest", "out"]).stdout
    assert "(out/a/news/a%253Ab.txt.md)" in markdown  # the URL of the file named a%3Ab.txt.md
    from urllib.parse import unquote

    assert (tmp_path / unquote("out/a/news/a%253Ab.txt.md")).is_file()
