"""Rerunnable: the README's screenshot of the dashboard (`zhbrief digest OUT --format html`).

    python bench/dashboard_screenshot.py [--out docs/dashboard.png] [--generated 12]

Batches report texts written for the project (examples/, the dashboard tests' county
meetings and generated articles) into a temporary folder, renders the dashboard and saves a
screenshot of the whole page from headless Chromium, driven by the tests' own browser code.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browser import chromium, missing, open_page  # noqa: E402
from dashboard_reports import build_reports_with_examples  # noqa: E402


def render(work: Path, generated: int) -> Path:
    from typer.testing import CliRunner

    from zhbrief.cli.app import app

    runner = CliRunner()
    build_reports_with_examples(work / "in", ROOT / "examples", range(100, 100 + generated))
    for args in (["batch", str(work / "in"), "--out", str(work / "out")],
                 ["digest", str(work / "out"), "--format", "html", "--out", str(work / "digest.html")]):
        result = runner.invoke(app, args)
        if result.exit_code != 0:
            raise SystemExit(f"zhbrief {args[0]} failed: {result.output}")
    return work / "digest.html"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "dashboard.png")
    parser.add_argument("--generated", type=int, default=12, help="generated articles besides the written ones")
    parser.add_argument("--max-height", type=int, default=1900, help="the screenshot's height cap, pixels")
    args = parser.parse_args()
    if reason := missing():
        raise SystemExit(f"no browser: {reason}")
    with tempfile.TemporaryDirectory() as tmp, chromium(1200, 900) as driver:
        page = render(Path(tmp), args.generated)
        errors = open_page(driver, page)
        if errors:
            raise SystemExit(f"console errors: {errors}")
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(1200, min(int(height) + 40, args.max_height))
        args.out.parent.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(args.out))
    print(f"{args.out}: {args.out.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
