"""The development loop on real reports, in one process (seconds, not minutes).

    python bench/realdev/loop.py                                  # shared set
    python bench/realdev/loop.py bench/realdev/*.jsonl --show 10  # this project's lines
    python bench/realdev/loop.py --only '^np' --show 5

Participants are scored exactly as `../shared/realdev/score.py` scores the CLI (that
script stays the judge; run it before closing an issue). Also printed: the share of
reports with a directive cue (`强调/要求/指出，…要`) whose brief has directives, and
how many briefs get an English meeting kind, full name and place without a model.
Texts are read from `.realdev/<id>.txt` (collected, never committed: README.md here).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED_GOLD = ROOT.parent / "shared/realdev/gold.jsonl"
sys.path.insert(0, str(ROOT))

# A speaker's requirement: `…强调，要…`, `…要求，各地必须…`.
DIRECTIVE_CUE = re.compile(r"(?:强调|要求|指出)[，：:]?[^。]*?(?:要|必须|务必)")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    checks: dict[str, list[int]] = field(default_factory=lambda: {"pinyin": [0, 0], "role": [0, 0], "titles": [0, 0]})
    cued: int = 0
    cued_with_directives: int = 0
    english: dict[str, int] = field(default_factory=lambda: {"kind": 0, "title": 0, "place": 0})
    # Candidates before evidence decides: gold people among them, and what each source proposed.
    gold_people: int = 0
    candidates: dict[str, int] = field(default_factory=lambda: {"any": 0, "rules": 0, "tagger": 0, "tagger only": 0})
    refuted: dict[str, int] = field(default_factory=lambda: {"gold": 0, "not gold": 0})
    added_by_tagger: dict[str, int] = field(default_factory=lambda: {"gold": 0, "not gold": 0})
    directives: int = 0
    directives_with_topics: int = 0

    def check(self, name: str, ok: bool) -> None:
        self.checks[name][0] += ok
        self.checks[name][1] += 1


def _t2s():
    import opencc

    return opencc.OpenCC("t2s").convert


def _norm_pinyin(text: str | None) -> str:
    text = re.sub(r"\s+", " ", (text or "").replace("'", "").replace("’", "").replace("·", " ").strip()).lower()
    return re.sub(r"\b([ln])(?:yu|v)", r"\1ü", text).replace("ü", "u")


def score_article(gold: dict, brief: dict, tally: Tally, t2s) -> tuple[float, list[str]]:
    norm_title = lambda t: re.sub(r"[\s、，,（）()]", "", t2s(t or ""))  # noqa: E731
    want = {t2s(p["name"]): p for p in gold["people"]}
    got = {t2s(p["name_zh"]): p for p in brief["people"]}
    hits, extra, missed = want.keys() & got.keys(), got.keys() - want.keys(), want.keys() - got.keys()
    tally.tp, tally.fp, tally.fn = tally.tp + len(hits), tally.fp + len(extra), tally.fn + len(missed)
    notes = []
    for name in sorted(hits):
        w, g = want[name], got[name]
        for check, ok, shown in (
            ("pinyin", _norm_pinyin(w["pinyin"]) == _norm_pinyin(g["name_en"]), (g["name_en"], w["pinyin"])),
            ("role", w["role"] == g["role"], (g["role"], w["role"])),
            ("titles", sorted(map(norm_title, w["titles"])) == sorted(map(norm_title, g["titles_zh"])), (g["titles_zh"], w["titles"])),
        ):
            tally.check(check, ok)
            if not ok:
                notes.append(f"{check} {name}: {shown[0]} != {shown[1]}")
    notes += ["missed " + "、".join(sorted(missed))] if missed else []
    notes += ["extra " + "、".join(sorted(extra))] if extra else []
    total = len(hits) * 2 + len(extra) + len(missed)
    return (2 * len(hits) / total if total else 1.0), notes


def tally_candidates(gold: dict, reading, tally: Tally, t2s) -> None:
    """Candidate recall (a miss outside the candidates is a candidate problem, inside a
    decision problem) and what the tagger's evidence added or took away."""
    want = {t2s(p["name"]) for p in gold["people"]}
    by_rules = {d.name for d in reading.decisions if d.source == "rules"}
    by_tagger = set(reading.tagged)
    tally.gold_people += len(want)
    for name, found in (("any", by_rules | by_tagger), ("rules", by_rules), ("tagger", by_tagger)):
        tally.candidates[name] += len(want & found)
    tally.candidates["tagger only"] += len(want & (by_tagger - by_rules))
    for decision in reading.decisions:
        key = "gold" if decision.name in want else "not gold"
        if decision.source == "rules" and not decision.kept:
            tally.refuted[key] += 1
        if decision.source == "tagger":
            tally.added_by_tagger[key] += 1


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", nargs="*", default=[str(SHARED_GOLD)])
    parser.add_argument("--cache", default=str(ROOT / ".realdev"))
    parser.add_argument("--show", type=int, default=0, help="print the N worst articles")
    parser.add_argument("--only", default=None, help="regex on article id")
    parser.add_argument("--rules-only", action="store_true", help="without the tagger: what the rules do alone")
    args = parser.parse_args()

    from zhbrief.errors import ZhbriefError
    from zhbrief.extract.tagger import default_tagger
    from zhbrief.load import load_document
    from zhbrief import pipeline
    from zhbrief.pipeline import brief_file, read_document_people

    tagger = None if args.rules_only else default_tagger()
    if args.rules_only:
        pipeline.default_tagger = lambda: None  # a measurement, not an option users need

    t2s, tally, rows = _t2s(), Tally(), []
    for path in args.gold:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            gold = json.loads(line)
            text_path = Path(args.cache) / f"{gold['id']}.txt"
            if (args.only and not re.search(args.only, gold["id"])) or not text_path.exists():
                continue
            try:
                brief = brief_file(text_path).to_json_dict()
            except ZhbriefError as exc:
                rows.append((gold["id"], 0.0, [f"ERROR {exc}"]))
                tally.fn += len(gold["people"])
                continue
            f1, notes = score_article(gold, brief, tally, t2s)
            tally_candidates(gold, read_document_people(load_document(text_path), tagger), tally, t2s)
            rows.append((gold["id"], f1, notes))
            event = brief["event"]
            tally.english["kind"] += bool(event["kind_en"] or event["title_en"])
            tally.english["title"] += bool(event["title_en"])
            tally.english["place"] += bool(event["place_en"])
            tally.directives += len(brief["directives"])
            tally.directives_with_topics += sum(bool(d["topics_en"]) for d in brief["directives"])
            if DIRECTIVE_CUE.search(t2s(text_path.read_text(encoding="utf-8"))):
                tally.cued += 1
                tally.cued_with_directives += bool(brief["directives"])
    for article, f1, notes in sorted(rows, key=lambda row: row[1])[: args.show]:
        print(f"{article} F1={f1:.2f} {'; '.join(notes)}")
    p = tally.tp / (tally.tp + tally.fp) if tally.tp + tally.fp else 0.0
    r = tally.tp / (tally.tp + tally.fn) if tally.tp + tally.fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    share = lambda ok_n: ok_n[0] / ok_n[1] if ok_n[1] else 0.0  # noqa: E731
    checks = " ".join(f"{name}={share(ok_n):.3f}" for name, ok_n in tally.checks.items())
    print(
        f"F1={f:.3f} P={p:.3f} R={r:.3f} {checks} articles={len(rows)} "
        f"directives={tally.cued_with_directives}/{tally.cued}"
    )
    recall = " ".join(f"{name}={count / max(1, tally.gold_people):.3f}" for name, count in tally.candidates.items())
    print(
        f"Candidate recall: {recall}; tagger evidence against: {tally.refuted}; "
        f"tagger candidates kept: {tally.added_by_tagger}"
    )
    english = " ".join(f"{name}={count}/{len(rows)}" for name, count in tally.english.items())
    print(f"English without a model: {english} directives with topics={tally.directives_with_topics}/{tally.directives}")


if __name__ == "__main__":
    main()
