"""zhbrief's data tables, and small readers for the ones several packages share (a neutral
home: `zhbrief.people_index` and `zhbrief.translate` both read the national leaders)."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=1)
def national_leaders() -> dict[str, str]:
    """zh -> English of the national leaders a report cites without their taking part
    (`national_leaders.tsv`): known names, whoever the participants are."""
    text = files("zhbrief.data").joinpath("national_leaders.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {zh: en for zh, en in rows}
