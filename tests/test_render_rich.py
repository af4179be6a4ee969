"""The rich panel, rendered into a fixed-width console and compared with a golden file."""

from io import StringIO

from rich.console import Console

from conftest import check_golden
from zhbrief.cli.render_rich import render_rich
from zhbrief.cli.view import build_view
from zhbrief.pipeline import brief_file


def test_rich_panel_golden(sample_path):
    console = Console(file=StringIO(), width=100, color_system=None, legacy_windows=False)
    console.print(render_rich(build_view(brief_file(sample_path))))
    output = console.file.getvalue()
    assert "Key people" in output and "Zhong Changzi" in output
    check_golden("wuzhou.rich.txt", output)
