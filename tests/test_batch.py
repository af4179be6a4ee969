"""Batch mode: bad files recorded and skipped past, outputs mirrored and whole, resume after
SIGKILL, nothing written outside --out, digest."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from article_generator import generate_article, generated_folder
from zhbrief.batch import safe_name
from zhbrief.errors import ZhbriefError
from zhbrief.cli.app import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent


def _index(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "index.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def mixed_folder(tmp_path, example_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    for i in range(3):
        (folder / "sub" / f"good{i}.txt").write_text(generate_article(i)[0], encoding="utf-8")
    (folder / "sample.txt").write_bytes(example_path.read_bytes())
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "gbk.txt").write_bytes(generate_article(10)[0].encode("gbk"))
    from opencc import OpenCC

    (folder / "big5.txt").write_bytes(OpenCC("s2t").convert(generate_article(11)[0]).encode("big5"))
    (folder / "huge.txt").write_bytes(generate_article(12)[0].encode() * 20000)  # over 5 MB
    (folder / "page.html").write_text(f"<html><body><div><p>{generate_article(13)[0]}</p></div></body></html>", encoding="utf-8")
    (folder / "notes.md").write_text("not matched by the globs")
    return folder


def test_bad_files_are_errors_and_the_rest_complete(mixed_folder, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(mixed_folder), "--out", str(out), "--format", "both"])
    assert result.exit_code == 1, result.output
    records = {r["name"]: r for r in _index(out)}
    assert set(records) == {"sub/good0.txt", "sub/good1.txt", "sub/good2.txt", "sample.txt", "binary.txt",
                            "empty.txt", "gbk.txt", "big5.txt", "huge.txt", "page.html", "notes.md"}
    assert records["notes.md"]["status"] == "skipped" and "--glob" in records["notes.md"]["error"]
    for name in ("sub/good0.txt", "sample.txt", "gbk.txt", "big5.txt", "page.html"):
        assert records[name]["status"] == "ok", records[name]
        assert records[name]["outputs"] == [f"{name}.json", f"{name}.md"]
        brief = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
        assert brief["schema"] == "zhbrief.brief/1" and brief["people"]
        assert (out / f"{name}.md").read_text(encoding="utf-8").startswith("# ")
    assert "binary" in records["binary.txt"]["error"]
    assert "empty" in records["empty.txt"]["error"]
    assert "too large" in records["huge.txt"]["error"]
    assert all(r["seconds"] >= 0 for r in records.values())
    assert not list(out.rglob("*.zhbrief-tmp"))


def test_generated_articles_have_their_participants(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    expected = {}
    for i in range(20):
        text, roles = generate_article(100 + i)
        (folder / f"a{i}.txt").write_text(text, encoding="utf-8")
        expected[f"a{i}.txt"] = roles
    out = tmp_path / "out"
    summary_path = tmp_path / "summary.json"
    result = runner.invoke(app, ["batch", str(folder), "-o", str(out), "--jobs", "2", "--summary-json", str(summary_path)])
    assert result.exit_code == 0, result.output
    for name, roles in expected.items():
        brief = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
        assert {p["name_zh"]: p["role"] for p in brief["people"]} == roles
    summary = json.loads(summary_path.read_text())
    assert summary["ok"] == 20 and summary["error"] == 0


def listing_from_outside(tmp_path: Path, monkeypatch) -> tuple[Path, Path]:
    """(a --files-from list naming a file above the working folder, by `..` and absolutely;
    the working folder, two levels down)."""
    inner = tmp_path / "a" / "b"
    inner.mkdir(parents=True)
    target = tmp_path / "etc" / "x.txt"
    target.parent.mkdir()
    target.write_text(generate_article(5)[0], encoding="utf-8")
    listing = tmp_path / "list.txt"
    listing.write_text("../../etc/x.txt\n" + str(target) + "\n")
    monkeypatch.chdir(inner)
    return listing, inner


def assert_written_only_inside(tmp_path: Path, out: Path) -> None:
    written = sorted(p for p in tmp_path.rglob("*.json"))
    assert written and all(out in p.parents for p in written)


def test_files_from_cannot_write_outside_out(tmp_path, monkeypatch):
    listing, inner = listing_from_outside(tmp_path, monkeypatch)
    out = inner / "out"
    result = runner.invoke(app, ["batch", "--files-from", str(listing), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert_written_only_inside(tmp_path, out)
    assert safe_name("../../etc/x.txt") == "etc/x.txt" and safe_name("/abs/../x") == "abs/x"


def test_fail_fast_stops_at_first_error(mixed_folder, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(mixed_folder), "--out", str(out), "--fail-fast", "--jobs", "1"])
    assert result.exit_code == 1
    statuses = [r["status"] for r in _index(out)]
    assert statuses.count("error") == 1 and statuses.count("ok") == 0  # one process: binary.txt's load fails first
    # Workers in parallel may finish inputs beside the failing one, but the run stops at its first error.
    parallel = tmp_path / "parallel"
    assert runner.invoke(app, ["batch", str(mixed_folder), "--out", str(parallel), "--fail-fast", "--jobs", "2"]).exit_code == 1
    assert [r["status"] for r in _index(parallel)].count("error") == 1


def test_usage_errors_exit_2(tmp_path):
    assert runner.invoke(app, ["batch", str(tmp_path)]).exit_code == 2  # no --out
    assert runner.invoke(app, ["batch", "--out", str(tmp_path / "o")]).exit_code == 2  # no inputs


def test_digest_markdown_and_html(mixed_folder, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # `zhbrief digest out > digest.md` here: links from here
    out = tmp_path / "out"
    runner.invoke(app, ["batch", str(mixed_folder), "--out", str(out), "--format", "both"])
    markdown = runner.invoke(app, ["digest", str(out)])
    assert markdown.exit_code == 0
    assert "## Meetings by date" in markdown.stdout and "## People who appear most" in markdown.stdout
    assert "(out/sample.txt.md)" in markdown.stdout and "2026-03-12" in markdown.stdout
    page = tmp_path / "digest.html"
    assert runner.invoke(app, ["digest", str(out), "--format", "html", "--out", str(page)]).exit_code == 0
    content = page.read_text(encoding="utf-8")
    assert content.startswith("<!DOCTYPE html>") and 'href="out/sample.txt.md"' in content
    assert runner.invoke(app, ["digest", str(tmp_path / "nothing")]).exit_code == 1


def test_batch_with_a_translator_translates_across_files(tmp_path, tiny_marian):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"a{i}.txt").write_text(generate_article(200 + i)[0], encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(folder), "--out", str(out), "--translator", str(tiny_marian), "--device", "cpu"])
    assert result.exit_code == 0, result.output
    for i in range(4):
        brief = json.loads((out / f"a{i}.txt.json").read_text(encoding="utf-8"))
        assert brief["models"]["translator"] == str(tiny_marian)
        assert brief["summary"]["en"] and all(d["text_en"] for d in brief["directives"])


def test_killed_run_resumes_without_loss_or_duplicates(tmp_path):
    count = 400
    folder = generated_folder(tmp_path, count)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "zhbrief", "batch", str(folder), "--out", str(out), "--format", "both"]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    index = out / "index.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not index.exists() or index.read_bytes().count(b"\n") < 30):
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait()
    lines_at_kill = index.read_bytes().count(b"\n")
    assert 30 <= lines_at_kill < count, "the batch was not killed part-way"
    summary = tmp_path / "summary.json"
    result = subprocess.run(command + ["--resume", "--summary-json", str(summary)], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    records = _index(out)
    assert [r["name"] for r in records] == [f"a{i:03d}.txt" for i in range(count)]  # one line per input
    assert all(r["status"] == "ok" for r in records)
    for i in range(count):
        json.loads((out / f"a{i:03d}.txt.json").read_text(encoding="utf-8"))
        assert (out / f"a{i:03d}.txt.md").stat().st_size > 0
    assert not list(out.rglob("*.zhbrief-tmp"))
    assert json.loads(summary.read_text())["skipped"] >= 30


def _ok_lines(index: Path) -> int:
    return index.read_bytes().count(b'"status": "ok"') if index.exists() else 0


def _start_and_signal(command: list[str], env: dict, index: Path, more: int, sig: int) -> subprocess.CompletedProcess:
    """Run the command until `more` inputs were briefed, then send `sig` to it and the Ray
    it started (as a terminal's Ctrl-C reaches the whole process group)."""
    before = _ok_lines(index)
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and _ok_lines(index) < before + more and process.poll() is None:
        time.sleep(0.01)
    os.killpg(process.pid, sig)
    _, stderr = process.communicate(timeout=120)
    return subprocess.CompletedProcess(command, process.returncode, "", stderr)


def test_sigterm_stops_cleanly_and_says_how_to_resume(tmp_path):
    count = 400
    folder = generated_folder(tmp_path, count)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "zhbrief", "batch", str(folder), "--out", str(out), "--jobs", "2"]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    stopped = _start_and_signal(command, env, out / "index.jsonl", 30, signal.SIGTERM)
    assert stopped.returncode == 130, stopped.stderr
    line = stopped.stderr.strip().splitlines()[-1]
    assert line.startswith("stopped: ") and f"/{count} inputs done" in line and str(out / "index.jsonl") in line
    assert line.endswith(" --resume") and "zhbrief batch" in line and "Traceback" not in stopped.stderr
    assert not list(out.rglob("*.zhbrief-tmp"))
    assert subprocess.run(command + ["--resume"], env=env, capture_output=True).returncode == 0
    assert [r["name"] for r in _index(out)] == [f"a{i:03d}.txt" for i in range(count)]


def test_index_keeps_one_line_per_input_across_runs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"a{i}.txt").write_text(generate_article(i)[0], encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "scan.png").write_bytes(b"\x89PNG\r\n")
    (folder / ".DS_Store").write_bytes(b"\0")
    out = tmp_path / "out"
    for extra in ([], [], ["--resume"]):
        assert runner.invoke(app, ["batch", str(folder), "--out", str(out), *extra]).exit_code == 1
    records = _index(out)
    assert [r["name"] for r in records] == ["a0.txt", "a1.txt", "a2.txt", "gone.txt", "scan.png"]
    status = {r["name"]: (r["status"], r["error"]) for r in records}
    assert status["gone.txt"][0] == "error" and "broken symbolic link" in status["gone.txt"][1]
    assert status["scan.png"][0] == "skipped" and "--glob" in status["scan.png"][1]


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from reach import reached, reaches_assertion  # noqa: E402


NAME_PIECES = ["a", "b", ".", "/", "\\", ":", "~", "..", "/..", "C:", "%", "%3A", "?", "会议", "A"]


@reaches_assertion()
@given(st.lists(st.sampled_from(NAME_PIECES), max_size=20).map("".join))
def test_output_names_never_leave_out(raw):
    from zhbrief.batch import output_path

    name = safe_name(raw)
    reached()
    assert name and not name.startswith("/") and ".." not in name.split("/")
    out = Path("/tmp/zhbrief-out-root")
    assert out.resolve() in output_path(out, name, ".json").parents
    try:
        assert out.resolve() in output_path(out, raw, ".json").parents  # a raw name: inside, or refused
    except ZhbriefError:
        pass


@reaches_assertion()
@given(st.lists(st.lists(st.sampled_from(NAME_PIECES[:3] + NAME_PIECES[4:]).filter(lambda p: p not in "./"),
                         min_size=1, max_size=4).map("".join), min_size=1, max_size=3).map("/".join))
def test_output_names_are_reversible_and_never_merge(name):
    from zhbrief.batch.names import decode_part, output_name

    parts = [p for p in name.split("/") if p not in ("", ".", "..")]
    output = output_name(name)
    reached()
    assert [decode_part(p) for p in output.split("/")] == (parts or ["input"])
    assert not set(output) & set(':\\?<>|*"')


def test_digest_merges_reposts_and_links_from_the_current_folder(tmp_path, monkeypatch, example_path):
    folder = tmp_path / "in"
    folder.mkdir()
    text = example_path.read_text(encoding="utf-8")
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "b-repost.txt").write_text("转载自通山新闻网\n" + text + "\n（责任编辑：李某）", encoding="utf-8")
    (folder / "other.txt").write_text(generate_article(40)[0], encoding="utf-8")
    out = tmp_path / "briefs"
    assert runner.invoke(app, ["batch", str(folder), "--out", str(out), "--format", "both"]).exit_code == 0
    monkeypatch.chdir(tmp_path / "in")
    markdown = runner.invoke(app, ["digest", "../briefs"]).stdout
    assert markdown.startswith("# zhbrief digest: 2 briefs")
    assert "(../briefs/a.txt.md) (2 copies: [2](../briefs/b-repost.txt.md))" in markdown
    assert "| Zhou Jianming 周建明 | Secretary of the County Party Committee | 1 |" in markdown
