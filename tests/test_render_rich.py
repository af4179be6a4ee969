"""The rich panel, rendered into a fixed-width console and compared with a golden file."""

from io import StringIO

from rich.console import Console

from conftest import check_golden
from zhbrief.render.panel import render_rich
from zhbrief.render.view import build_view
from zhbrief.pipeline import brief_file


def test_rich_panel_golden(example_path):
    console = Console(file=StringIO(), width=100, color_system=None, legacy_windows=False)
    console.print(render_rich(build_view(brief_file(example_path))))
    output = console.file.getvalue()
    assert "Key people" in output and "Zhou Jianming" in output
    check_golden("example.rich.txt", output)
