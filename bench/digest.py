"""Benchmark (not a test): `zhbrief digest --format html` (the dashboard) on 10, 500 and 5,000 briefs.

    python bench/digest.py [--sizes 10 500 5000] [--articles 200]

Briefs a few hundred generated articles once (`zhbrief batch`), then copies their JSON with
varied dates, places and outlets up to each size (briefing 5,000 would only time the
pipeline). For each size: the digest's build time (one `zhbrief digest` process, start-up
included), the page's size, and its load time in headless Chromium (to the load event, the
filter script run). Targets at 5,000: build < 30 s, file < 25 MB, load < 30 s.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from article_generator import generate_article  # noqa: E402
from browser import chromium, missing, open_page  # noqa: E402

PLACES = [("梧州市", "Wuzhou, Guangxi"), ("藤县", "Teng County, Wuzhou, Guangxi"), ("广西壮族自治区", "Guangxi"),
          ("中国", "China"), ("归义镇", "Guiyi Town, Cenxi"), ("通山县", "Tongshan County, Xianning, Hubei")]


def seed_briefs(work: Path, articles: int) -> list[dict]:
    (work / "in").mkdir(parents=True)
    for seed in range(articles):
        (work / "in" / f"a{seed}.txt").write_text(generate_article(seed)[0], encoding="utf-8")
    subprocess.run([sys.executable, "-m", "zhbrief", "batch", str(work / "in"), "--out", str(work / "seed")],
                   check=True, capture_output=True)
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((work / "seed").rglob("*.txt.json"))]


def fill(folder: Path, seeds: list[dict], size: int, rng: random.Random) -> None:
    """`size` briefs: copies of the seeds, each with its own date, place and outlet."""
    folder.mkdir(parents=True)
    for n in range(size):
        brief = json.loads(json.dumps(seeds[n % len(seeds)]))
        year, month, day = rng.choice((2024, 2025, 2026)), rng.randint(1, 12), rng.randint(1, 28)
        brief["event"]["date"] = f"{year}-{month:02d}-{day:02d}" if rng.random() > 0.05 else None
        brief["event"]["place_zh"], brief["event"]["place_en"] = rng.choice(PLACES)
        brief["source"]["outlet_en"] = f"Outlet {n % 37}"
        brief["summary"]["zh"] = f"{brief['summary'].get('zh') or ''}{n}"  # distinct: not reposts
        (folder / f"b{n:05d}.json").write_text(json.dumps(brief, ensure_ascii=False), encoding="utf-8")


def measure(folder: Path, page: Path, driver) -> dict:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "zhbrief", "digest", str(folder), "--format", "html", "--out", str(page)],
                   check=True, capture_output=True)
    build = time.perf_counter() - start
    row = {"build_s": round(build, 2), "size_mb": round(page.stat().st_size / 1e6, 2)}
    if driver is not None:
        start = time.perf_counter()
        errors = open_page(driver, page)  # returns after the load event
        row["load_s"] = round(time.perf_counter() - start, 2)
        row["console_errors"] = len(errors)
        row["marks"] = len(driver.find_elements("css selector", "#timeline .mark"))
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 500, 5000])
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args()
    reason = missing()
    if reason:
        print(f"no browser ({reason}): load times left out")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        seeds = seed_briefs(work, args.articles)
        rng = random.Random(0)
        with (chromium() if not reason else _none()) as driver:
            for size in args.sizes:
                fill(work / f"b{size}", seeds, size, rng)
                print(f"{size:>6} briefs: {measure(work / f'b{size}', work / f'd{size}.html', driver)}", flush=True)


class _none:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


if __name__ == "__main__":
    main()
