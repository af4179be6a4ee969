"""`zhbrief models list|pull|info`: the known models and the local cache."""

from __future__ import annotations

import json
import sys

import typer

from zhbrief.cli.common import print_error
from zhbrief.errors import ZhbriefError

models_app = typer.Typer(
    help="Known models, what is downloaded, and downloading them.", no_args_is_help=True, rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _rows() -> list[dict]:
    from zhbrief.models.hub import cache_status, human_size
    from zhbrief.models.registry import KNOWN_MODELS

    from zhbrief.models.ct2 import converted_copies
    from zhbrief.models.registry import resolve_model

    rows = []
    for spec in KNOWN_MODELS.values():
        status = cache_status(spec)
        copies = converted_copies(resolve_model(spec.name, spec.task)) if spec.needs_weights else []
        rows.append(
            {
                "name": spec.name,
                "hub_id": spec.hub_id,
                "revision": spec.revision,
                "task": spec.task,
                "family": spec.family,
                "max_input_tokens": spec.max_input_tokens,
                "license": spec.license,
                "approx_size": spec.approx_size,
                "cached": status.cached,
                "cached_size": human_size(status.size_bytes) if status.cached and spec.needs_weights else None,
                "path": status.path,
                "notes": spec.notes,
                "ct2_copies": [{"compute_type": c, "size": human_size(size)} for c, size in copies],
            }
        )
    return rows


@models_app.command("list")
def list_models(as_json: bool = typer.Option(False, "--json", help="JSON for scripts.")) -> None:
    """Known models: task, licence, size, and whether each is downloaded here."""
    from zhbrief.models.ct2 import cache_root
    from zhbrief.models.hub import hub_cache_dir

    rows = _rows()
    caches = {"hub_cache": hub_cache_dir(), "ct2_cache": str(cache_root())}
    if as_json:
        sys.stdout.write(json.dumps({**caches, "models": rows}, ensure_ascii=False, indent=2) + "\n")
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table("name", "task", "hub id", "downloaded", "size", "ct2 copies", "licence", box=None)
    for column in table.columns[:6]:
        column.no_wrap = True
    for row in rows:
        downloaded = "n/a" if row["hub_id"] is None else ("yes" if row["cached"] else "no")
        copies = ", ".join(f"{c['compute_type']} {c['size']}" for c in row["ct2_copies"]) or "-"
        cells = [row["name"], row["task"], row["hub_id"] or "-", downloaded, row["cached_size"] or row["approx_size"], copies, row["license"]]
        table.add_row(*(Text(cell) for cell in cells))  # hub ids and licences are text, not markup
    console = Console()
    if not console.is_terminal:
        console.width = 160  # piped: keep one model a line
    console.print(table)
    console.print(Text(f"models: {caches['hub_cache']}  (HF_HOME, HF_HUB_CACHE)\nCTranslate2 copies: {caches['ct2_cache']}  (ZHBRIEF_CACHE)"))


@models_app.command("pull")
def pull_model(name: str = typer.Argument(..., help="A short name from `models list`, or a hub id.")) -> None:
    """Download a model's safetensors weights and tokenizer into the Hugging Face cache (HF_HOME)."""
    from zhbrief.models.hub import pull
    from zhbrief.models.registry import KNOWN_MODELS, resolve_model

    spec = KNOWN_MODELS.get(name)
    if spec is not None and not spec.needs_weights:
        typer.echo(f"{name} needs no download.")
        return
    ref = resolve_model(name, spec.task if spec else "translation")
    try:
        folder = pull(ref.source, ref.revision)
    except ZhbriefError as exc:
        print_error(str(exc))
        raise typer.Exit(1)
    typer.echo(f"{ref.label} is in {folder}")


@models_app.command("info")
def model_info(name: str = typer.Argument(..., help="A short name from `models list`.")) -> None:
    """Everything known about one model."""
    row = next((r for r in _rows() if name in (r["name"], r["hub_id"])), None)
    if row is None:
        print_error(f"{name} is not a known model: see `zhbrief models list` (a hub id or folder can still be used).")
        raise typer.Exit(1)
    for key, value in row.items():
        typer.echo(f"{key:>17}: {value if value is not None else '-'}")
