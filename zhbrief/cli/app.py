"""The zhbrief command line: parse, call the library, render. No logic lives here.

Only typer is imported at module level, so `zhbrief --help` starts instantly;
the pipeline (pydantic, OpenCC, pypinyin, later torch) is imported by the
command that needs it.
"""

from __future__ import annotations

import json
import os
import sys
from enum import Enum
from typing import List, Optional

import typer

from zhbrief import __version__
from zhbrief.cli.batch_cmd import batch, digest
from zhbrief.cli.common import (
    Backend,
    ComputeType,
    Device,
    BACKEND_OPTION,
    BEAMS_OPTION,
    COMPUTE_TYPE_OPTION,
    DEVICE_OPTION,
    SUMMARIZER_OPTION,
    TRANSLATOR_OPTION,
    Script,
    display_converter,
    input_paths,
    print_error,
)
from zhbrief.cli.models_cmd import models_app
from zhbrief.cli.people_cmd import people
from zhbrief.cli.text_cmds import summarize, text, translate
from zhbrief.errors import ZhbriefError

app = typer.Typer(
    name="zhbrief",
    help="Turn Chinese news reports (government meetings) into English structured briefs.",
    add_completion=True,  # --install-completion / --show-completion (bash, zsh, fish, PowerShell)
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # Plain click help: typer's rich help pulls in rich.markdown and doubles start-up time.
    rich_markup_mode=None,
)


class OutputFormat(str, Enum):
    auto = "auto"
    rich = "rich"
    text = "text"
    markdown = "markdown"
    json = "json"
    jsonl = "jsonl"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"zhbrief {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
    verbose: bool = typer.Option(False, "--verbose", help="Show the libraries' own warnings and notices (transformers, CTranslate2)."),
) -> None:
    """Turn Chinese news reports (government meetings) into English structured briefs."""
    if verbose:
        os.environ["ZHBRIEF_VERBOSE"] = "1"
    else:
        # zhbrief says what matters itself; `Recommended: pip install sacremoses` and the like do not.
        import warnings

        warnings.simplefilter("ignore")


def _render_human(brief, fmt: OutputFormat, script: Script) -> None:
    from zhbrief.render.view import build_view

    if fmt is OutputFormat.markdown:
        sys.stdout.write(brief.to_markdown(script.value))
    elif fmt is OutputFormat.rich or (fmt is OutputFormat.auto and sys.stdout.isatty()):
        from rich.console import Console

        from zhbrief.render.panel import render_rich

        view = build_view(brief, display_converter(script, brief.source.script))
        Console(no_color=bool(os.environ.get("NO_COLOR"))).print(render_rich(view))
    else:
        sys.stdout.write(brief.to_text(script.value))


@app.command()
def brief(
    paths: Optional[List[str]] = typer.Argument(None, help="Article files (.txt or saved .html); `-` or nothing reads stdin."),
    fmt: OutputFormat = typer.Option(OutputFormat.auto, "--format", "-f", help="auto: a rich panel on a terminal, plain text when piped."),
    script: Script = typer.Option(Script.simplified, help="Chinese in the human-readable output: Simplified, or the article's original script."),
    sentences: int = typer.Option(3, "--sentences", "-n", min=1, max=20, help="Sentences in the extractive summary."),
    translator: Optional[str] = TRANSLATOR_OPTION,
    summarizer: str = SUMMARIZER_OPTION,
    device: Device = DEVICE_OPTION,
    beams: Optional[int] = BEAMS_OPTION,
    backend: Backend = BACKEND_OPTION,
    compute_type: ComputeType = COMPUTE_TYPE_OPTION,
) -> None:
    """Brief one or more articles: meeting, date, people, directives, summary.

    Without --translator the default translator is used if it is downloaded; if not,
    the brief still comes out with names and titles in English and a warning.
    Exit codes: 0 all briefed, 1 an input could not be briefed (the others still are)
    or a model named explicitly could not be loaded, 2 usage error.
    """
    from zhbrief.api import Briefer

    inputs = input_paths(paths)
    try:
        briefer = Briefer(translator=translator, summarizer=summarizer, device=device.value, beams=beams,
                          backend=backend.value, compute_type=compute_type.value, sentences=sentences)
    except ZhbriefError as exc:
        print_error(str(exc))
        raise typer.Exit(1)
    for note in briefer.notes:  # once for the run, as `batch` does; each brief's warnings carry them too
        sys.stderr.write(f"note: {note}\n")
    with briefer:
        failed = _brief_each(briefer, inputs, fmt, script, single=len(paths or []) <= 1)
    if failed:
        raise typer.Exit(1)


def _brief_each(briefer, inputs: list[str], fmt: OutputFormat, script: Script, single: bool) -> bool:
    """Brief and print each input; whether any failed (said on stderr, the others go on)."""
    failed = False
    collected = []
    for path in inputs:
        try:
            result = briefer.brief_file(path)
        except ZhbriefError as exc:
            print_error(str(exc))
            failed = True
            continue
        if fmt is OutputFormat.json:
            collected.append(result)
        elif fmt is OutputFormat.jsonl:
            sys.stdout.write(json.dumps(result.to_json_dict(), ensure_ascii=False) + "\n")
        else:
            _render_human(result, fmt, script)
    if fmt is OutputFormat.json and len(collected) == 1 and single:
        sys.stdout.write(collected[0].model_dump_json() + "\n")  # the API's JSON, byte for byte
    elif fmt is OutputFormat.json and collected:
        sys.stdout.write(json.dumps([b.to_json_dict() for b in collected], ensure_ascii=False, indent=2) + "\n")
    return failed


app.command()(batch)
app.command()(digest)
app.command()(people)
app.command()(text)
app.command()(translate)
app.command()(summarize)
app.add_typer(models_app, name="models")


def _output_closed() -> bool:
    """Whether the command stopped because its reader went away (`| head`): click then
    swaps stdout for a wrapper that swallows the broken pipe."""
    # By name: typer carries its own copy of click, and click 9 renames the class.
    return any(type(stream).__name__.endswith("PacifyFlushWrapper") for stream in (sys.stdout, sys.stderr))


def main() -> None:
    try:
        app()
    except ZhbriefError as exc:  # raised outside a command's own handling
        print_error(str(exc))
        sys.exit(1)
    except SystemExit:
        if _output_closed():
            # As a Unix tool killed by SIGPIPE: status 141, nothing said, nothing left to flush.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.__stdout__.fileno())
            sys.exit(141)
        raise
