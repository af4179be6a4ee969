"""Benchmark (not a test): per-article brief time and CLI start-up, as ratios measured in one run.

    python bench/brief_speed.py [--runs 200]

1. In-process load + extract + render (JSON and text) of the sample article,
   per article, after a warm-up (targets: under 50 ms).
2. A large saved page of 1500 and of 3000 items: seconds, and their ratio (linear: about
   2x; the tests count calls for the same claim, tests/test_load.py).
3. `zhbrief --help` and `import zhbrief` against `python -c "import typer, rich"`,
   median wall time of repeated subprocess runs, as ratios (target: within 1.5x), and
   the heavy libraries `import zhbrief` pulls in (target: none of torch, transformers,
   lxml, ray).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_CANDIDATES = [ROOT.parent / "shared/samples/wuzhou-ethnic-work.txt", ROOT / "examples/county-meeting-traditional.txt"]


def per_article_ms(sample: Path, runs: int) -> tuple[float, float]:
    from zhbrief.render.text import render_text
    from zhbrief.render.view import build_view
    from zhbrief.pipeline import brief_file

    start = time.perf_counter()
    brief_file(sample)  # first call: imports, OpenCC and pypinyin dictionaries
    first = (time.perf_counter() - start) * 1000
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        brief = brief_file(sample)
        json.dumps(brief.to_json_dict(), ensure_ascii=False)
        render_text(build_view(brief))
        timings.append((time.perf_counter() - start) * 1000)
    return first, statistics.median(timings)


def large_page_seconds(items: int = 3000, first_seed: int = 0) -> tuple[float, float]:
    """(MB, seconds) to load and brief one generated page of `items` news items (articles
    from `first_seed` on: pages compared should not share articles, whose names are cached)."""
    import tempfile

    sys.path.insert(0, str(ROOT / "tests"))
    from article_generator import generate_article

    from zhbrief.pipeline import brief_file

    body = "".join(f"<div><div><a href='#'>新闻{i}</a><p>{generate_article(first_seed + i)[0][:200]}</p></div></div>"
                   for i in range(items))
    with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8", delete=False) as handle:
        handle.write(f"<html><body><div id='main'>{body}</div></body></html>")
    start = time.perf_counter()
    brief_file(handle.name)
    seconds = time.perf_counter() - start
    size = Path(handle.name).stat().st_size / 2**20
    Path(handle.name).unlink()
    return size, seconds


def median_wall(command: list[str], runs: int) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--startup-runs", type=int, default=15)
    args = parser.parse_args()
    sample = next(p for p in SAMPLE_CANDIDATES if p.exists())
    first, median = per_article_ms(sample, args.runs)
    print(f"brief of the sample, in process: first call {first:.1f} ms, then median {median:.2f} ms per article "
          f"over {args.runs} runs (target < 50 ms)")
    half_size, half_seconds = large_page_seconds(1500, first_seed=10_000)
    size, seconds = large_page_seconds(3000)
    print(f"a large saved page ({size:.1f} MB, 3000 items): loaded and briefed in {seconds:.1f} s; "
          f"{seconds / half_seconds:.2f}x the {half_seconds:.1f} s for half of it ({half_size:.1f} MB) "
          f"(target <= 2.5x)")
    baseline = median_wall([sys.executable, "-c", "import typer, rich"], args.startup_runs)
    help_ms = median_wall([sys.executable, "-m", "zhbrief", "--help"], args.startup_runs)
    brief_help_ms = median_wall([sys.executable, "-m", "zhbrief", "brief", "--help"], args.startup_runs)
    print(f"start-up: import typer, rich {baseline:.0f} ms; zhbrief --help {help_ms:.0f} ms "
          f"({help_ms / baseline:.2f}x); zhbrief brief --help {brief_help_ms:.0f} ms ({brief_help_ms / baseline:.2f}x) "
          f"(target <= 1.5x)")
    import_ms = median_wall([sys.executable, "-c", "import zhbrief"], args.startup_runs)
    heavy = subprocess.run([sys.executable, "-c", HEAVY_PROBE], capture_output=True, text=True).stdout.strip()
    print(f"import zhbrief {import_ms:.0f} ms ({import_ms / baseline:.2f}x import typer, rich); "
          f"heavy libraries it imports: {heavy or 'none'} (target: none)")


HEAVY_PROBE = ("import sys, zhbrief; "
               "print(' '.join(m for m in ('torch', 'transformers', 'lxml', 'ray') if m in sys.modules))")


if __name__ == "__main__":
    main()
