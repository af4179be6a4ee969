"""The command line: formats, golden outputs, errors and exit codes, start-up imports."""

import json
import subprocess
import sys

from typer.testing import CliRunner

from conftest import check_golden
from zhbrief.cli.app import app

runner = CliRunner()


def test_json_follows_the_contract(sample_path):
    result = runner.invoke(app, ["brief", str(sample_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data) == ["schema", "source", "event", "summary", "people", "directives", "models", "warnings", "topics_en"]
    assert data["schema"] == "zhbrief.brief/1"
    assert data["models"] == {"translator": None, "summarizer": "extractive", "translator_backend": None}
    assert data["summary"]["zh"] and data["summary"]["en_from"] == "facts"
    assert data["summary"]["en"].startswith("On 17 November the Municipal Party Committee")
    assert any("translator" in w for w in data["warnings"])
    person = data["people"][0]
    assert set(person) >= {"name_zh", "name_en", "titles_zh", "titles_en", "role", "venue_zh"}
    check_golden("wuzhou.json", result.stdout)


def test_markdown_and_text_golden(sample_path):
    markdown = runner.invoke(app, ["brief", str(sample_path), "--format", "markdown"])
    assert markdown.exit_code == 0
    check_golden("wuzhou.md", markdown.stdout)
    text = runner.invoke(app, ["brief", str(sample_path)])  # not a terminal: plain text
    assert text.exit_code == 0
    assert "\x1b[" not in text.stdout and "╭" not in text.stdout
    check_golden("wuzhou.txt", text.stdout)


def test_original_script_for_display(sample_path):
    result = runner.invoke(app, ["brief", str(sample_path), "--format", "text", "--script", "original"])
    assert "蔣連生" in result.stdout
    data = json.loads(runner.invoke(app, ["brief", str(sample_path), "--format", "json", "--script", "original"]).stdout)
    assert data["people"][0]["name_zh"] == "蒋连生"  # JSON stays Simplified


def test_stdin_and_jsonl(sample_path):
    result = runner.invoke(app, ["brief", "-", "--format", "jsonl"], input=sample_path.read_bytes())
    assert result.exit_code == 0
    lines = result.stdout.strip().split("\n")
    assert len(lines) == 1 and json.loads(lines[0])["source"]["file"] is None


def test_bad_inputs_exit_1_with_one_line_and_others_still_briefed(sample_path, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "x.bin"
    binary.write_bytes(bytes(range(256)) * 10)
    result = runner.invoke(app, ["brief", str(empty), str(sample_path), str(binary), "--format", "jsonl"])
    assert result.exit_code == 1
    assert len(result.stdout.strip().split("\n")) == 1
    assert "Error:" in result.stderr and "empty" in result.stderr and "binary" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_errors_exit_2(sample_path):
    assert runner.invoke(app, ["brief", str(sample_path), "--format", "yaml"]).exit_code == 2
    assert runner.invoke(app, ["nonsense"]).exit_code == 2


def test_help_does_not_import_heavy_modules():
    code = (
        "import sys; from typer.testing import CliRunner; from zhbrief.cli.app import app;"
        "r = CliRunner().invoke(app, ['brief', '--help']); assert r.exit_code == 0, r.output;"
        "heavy = [m for m in ('torch', 'transformers', 'opencc', 'pypinyin', 'lxml', 'zhbrief.pipeline', 'zhbrief.brief', 'ray', 'pyarrow') if m in sys.modules];"
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
