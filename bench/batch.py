"""Benchmark (not a test): `zhbrief batch` against running `zhbrief brief` once per file.

    python bench/batch.py [--articles 1000] [--loop-sample 100] [--model-loop-sample 20]
    python bench/batch.py --engines [--articles 400] [--opus-articles 64]   # local engine vs --engine ray

Generates articles (names, titles, places and list lengths varied), then, in one
run: articles per second and peak memory of one `zhbrief batch` process over all
of them, against a shell-style loop of one `zhbrief brief` process per file
(timed on a sample of the files, since each process pays the start-up again).
Then the same with a tiny translator model (random weights, Marian classes).

With --engines: one `zhbrief batch` with the local engine against one with `--engine ray`,
both at their default flags (Ray started by the command itself, so its start-up counts),
without a translator, with the tiny translator, and with a random-weights model of
opus-mt-zh-en's shape (fewer articles: it decodes to the length limit). Each model is
converted once before the timing. Printed: articles/s, the peak memory of the whole
process tree (Ray's raylet and actors included; sampled from /proc, so Linux only), the
local engine's workers, and that peak against the workers' own peaks added up.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

MEASURE = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "for command in sys.argv[1:]:\n"
    "    subprocess.run(command.split('\\x1f'), check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def measure(commands: list[list[str]]) -> tuple[float, float]:
    """(seconds, peak RSS MB of the largest child) for running the commands one after another."""
    output = subprocess.run([sys.executable, "-c", MEASURE, *("\x1f".join(c) for c in commands)],
                            check=True, capture_output=True, text=True).stdout.split()
    return float(output[0]), float(output[1]) / 1024


def compare(label: str, files: list[Path], out: Path, loop_sample: int, extra: list[str]) -> None:
    zhbrief = [sys.executable, "-m", "zhbrief"]
    batch_s, batch_mb = measure([zhbrief + ["batch", str(files[0].parent), "--out", str(out), *extra]])
    loop = [zhbrief + ["brief", str(f), "--format", "json", *extra] for f in files[:loop_sample]]
    loop_s, loop_mb = measure(loop)
    batch_rate, loop_rate = len(files) / batch_s, len(loop) / loop_s
    print(f"{label}:")
    print(f"  zhbrief batch, {len(files)} articles: {batch_rate:8.1f} articles/s, peak {batch_mb:6.0f} MB")
    print(f"  zhbrief brief per file, {len(loop)} articles: {loop_rate:8.2f} articles/s, peak {loop_mb:6.0f} MB")
    print(f"  batch / per-file loop: {batch_rate / loop_rate:.1f}x")


def tree_rss_mb(root: int) -> float:
    """Resident memory of a process and all its descendants (from /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, frontier = {root}, [root]
    while frontier:
        children = [pid for pid, parent in parents.items() if parent in frontier and pid not in tree]
        tree.update(children)
        frontier = children
    total = 0
    for pid in tree:
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * 4096
        except (OSError, IndexError, ValueError):
            continue
    return total / 2**20


def run_sampled(command: list[str]) -> tuple[float, float]:
    """(seconds, peak MB of the whole process tree) of one command."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0.0
    while process.poll() is None:
        peak = max(peak, tree_rss_mb(process.pid))
        time.sleep(0.2)
    return time.perf_counter() - start, peak


def compare_engines(label: str, folder: Path, out: Path, extra: list[str]) -> None:
    zhbrief = [sys.executable, "-m", "zhbrief", "batch", str(folder), *extra]
    count = len(list(folder.iterdir()))
    summary = out / "local-summary.json"
    local_s, local_mb = run_sampled(zhbrief + ["--out", str(out / "local"), "--summary-json", str(summary)])
    ray_s, ray_mb = run_sampled(zhbrief + ["--out", str(out / "ray"), "--engine", "ray"])
    usage = json.loads(summary.read_text())
    workers, worker_mb = usage["workers"], usage["worker_peak_mb"] or 0.0
    print(f"{label}, {count} articles (start-up included):")
    print(f"  local engine:  {count / local_s:8.1f} articles/s, peak {local_mb:6.0f} MB (process tree); "
          f"{workers} worker(s) x {usage['threads_per_worker']} thread(s), {worker_mb:.0f} MB peak each")
    print(f"  --engine ray:  {count / ray_s:8.1f} articles/s, peak {ray_mb:6.0f} MB (process tree)")
    print(f"  local / ray: {ray_s / local_s:.2f}x speed, {local_mb / ray_mb:.2f}x memory")
    if worker_mb:
        print(f"  local tree peak / (workers x one worker's peak): {local_mb / (workers * worker_mb):.2f}")


def warm(model: Path, article: Path) -> None:
    """Convert the model for CTranslate2 once, outside the timing (both engines reuse the copy)."""
    subprocess.run([sys.executable, "-m", "zhbrief", "brief", str(article), "--translator", str(model), "--device", "cpu",
                    "--format", "json"], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def generated(folder: Path, count: int) -> Path:
    from article_generator import generate_article

    folder.mkdir()
    for i in range(count):
        (folder / f"article{i:05d}.txt").write_text(generate_article(i)[0], encoding="utf-8")
    return folder


def engines(articles: int, opus_articles: int) -> None:
    from tiny_models import build_marian

    sys.path.insert(0, str(ROOT / "bench"))
    from translate import build_opus_sized_model

    with tempfile.TemporaryDirectory() as tmp:
        folder = generated(Path(tmp) / "articles", articles)
        compare_engines("no translator", folder, Path(tmp) / "out1", ["--translator", "none"])
        model = build_marian(Path(tmp) / "tiny-marian")
        warm(model, next(folder.iterdir()))
        compare_engines("tiny translator model (Marian, d_model 64)", folder, Path(tmp) / "out2",
                        ["--translator", str(model), "--device", "cpu"])
        if opus_articles:
            opus = build_opus_sized_model(Path(tmp) / "opus-shaped")
            warm(opus, next(folder.iterdir()))
            compare_engines("opus-mt-shaped model, random weights (Marian, d_model 512, 6+6 layers)",
                            generated(Path(tmp) / "opus-articles", opus_articles), Path(tmp) / "out3",
                            ["--translator", str(opus), "--device", "cpu"])


def main() -> None:
    from article_generator import generate_article

    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--loop-sample", type=int, default=100)
    parser.add_argument("--model-loop-sample", type=int, default=20)
    parser.add_argument("--engines", action="store_true", help="local engine vs --engine ray instead")
    parser.add_argument("--opus-articles", type=int, default=64, help="with --engines: articles for the opus-shaped model (0: skip)")
    args = parser.parse_args()
    if args.engines:
        return engines(args.articles, args.opus_articles)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        files = []
        for i in range(args.articles):
            path = folder / f"article{i:05d}.txt"
            path.write_text(generate_article(i)[0], encoding="utf-8")
            files.append(path)
        compare("no translator", files, Path(tmp) / "out1", args.loop_sample, ["--translator", "none"])
        from tiny_models import build_marian

        model = build_marian(Path(tmp) / "tiny-marian")
        compare("tiny translator model (Marian, d_model 64)", files, Path(tmp) / "out2", args.model_loop_sample,
                ["--translator", str(model), "--device", "cpu"])


if __name__ == "__main__":
    start = time.perf_counter()
    main()
    print(f"(bench took {time.perf_counter() - start:.0f} s)")
