"""Small pieces every command shares: the error line, input paths, model options."""

from __future__ import annotations

import sys
from typing import List, Optional

import typer


def print_error(message: str) -> None:
    from rich.console import Console

    Console(stderr=True, highlight=False).print(f"[red]Error:[/red] {message}", markup=True, soft_wrap=True)


def input_paths(paths: Optional[List[str]]) -> list[str]:
    """The paths given, or stdin when none are given and something is piped in."""
    if paths:
        return paths
    if sys.stdin is None or sys.stdin.isatty():
        raise typer.BadParameter("give a file, or `-` to read the article from stdin.", param_hint="PATHS")
    return ["-"]


TRANSLATOR_HELP = "Translator: a short name (see `zhbrief models list`), a hub id, a local folder, or `none`. Default: opus-mt if downloaded."
DEVICE_HELP = "Where models run: auto, cpu, cuda or mps (half precision on a GPU)."
BEAMS_HELP = "Beam size for generation (default: the model's own)."
BACKEND_HELP = "Translation engine: auto (CTranslate2 when installed and the model allows), torch or ct2."
COMPUTE_TYPE_HELP = "CTranslate2 compute type: auto, int8, int8_float32, float32, int8_float16 or float16."
