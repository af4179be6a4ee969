"""Small pieces every command shares: the error line, input paths, model options."""

from __future__ import annotations

import sys
from enum import Enum
from typing import Callable, List, Optional

import typer


def print_error(message: str) -> None:
    from rich.console import Console
    from rich.markup import escape

    # Messages quote commands such as `pip install 'zhbrief[models]'`: not markup.
    Console(stderr=True, highlight=False).print(f"[red]Error:[/red] {escape(message)}", markup=True, soft_wrap=True)


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
SUMMARIZER_HELP = "extractive (no weights), or a short name, hub id or folder of a seq2seq summarizer."

class Script(str, Enum):
    simplified = "simplified"
    original = "original"


def display_converter(script: Script, article_script: str) -> Callable[[str], str]:
    """How Chinese is shown: as read (Simplified), or converted back to Traditional when
    `--script original` is asked for a Traditional article."""
    if script is Script.original and article_script == "traditional":
        from zhbrief.load.script import to_traditional

        return to_traditional
    return lambda text: text


class Device(str, Enum):
    auto = "auto"
    cpu = "cpu"
    cuda = "cuda"
    mps = "mps"


class Backend(str, Enum):
    auto = "auto"
    torch = "torch"
    ct2 = "ct2"


class ComputeType(str, Enum):
    auto = "auto"
    int8 = "int8"
    int8_float32 = "int8_float32"
    float32 = "float32"
    int8_float16 = "int8_float16"
    float16 = "float16"


# The model options shared by brief, batch and translate (typer reads these, never changes them).
TRANSLATOR_OPTION = typer.Option(None, "--translator", help=TRANSLATOR_HELP)
SUMMARIZER_OPTION = typer.Option("extractive", "--summarizer", help=SUMMARIZER_HELP)
DEVICE_OPTION = typer.Option(Device.auto, "--device", help=DEVICE_HELP)
BEAMS_OPTION = typer.Option(None, "--beams", min=1, max=16, help=BEAMS_HELP)
BACKEND_OPTION = typer.Option(Backend.auto, "--backend", help=BACKEND_HELP)
COMPUTE_TYPE_OPTION = typer.Option(ComputeType.auto, "--compute-type", help=COMPUTE_TYPE_HELP)
