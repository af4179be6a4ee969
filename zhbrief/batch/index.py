"""The index's format, shared by the local and the remote store: one JSON line per input,
compacted to each input's latest line. Its own module so that neither store imports the other
for it."""

from __future__ import annotations

import json

INDEX_NAME = "index.jsonl"


def parse_index_lines(lines: list[str]) -> list[dict]:
    """The index's records; a line that is not JSON (torn, edited) is passed over."""
    records = []
    for line in lines:
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return records


def latest_per_input(records: list[dict], order: list[str] | None = None) -> list[dict]:
    """Each input's latest line, in the order of `order` (this run's inputs), inputs of
    earlier runs after them in the order they came."""
    latest: dict[str, dict] = {}
    for record in records:
        name = record.get("name")
        if isinstance(name, str):
            latest.pop(name, None)
            latest[name] = record
    rank = {name: position for position, name in enumerate(order or [])}
    return sorted(latest.values(), key=lambda record: rank.get(record["name"], len(rank)))


def index_text(records: list[dict]) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
