"""Report texts written for the project, for the dashboard's checks, its screenshot and its
bench: a county meeting where 王明 is 县长 in March and 县委书记 in September, a repost of the
September one, and generated articles."""

from __future__ import annotations

from pathlib import Path

from article_generator import generate_article

# A county meeting in March where 王明 is 县长, another in September where he is 县委书记.
MARCH = (
    "发布日期：2026-03-13　来源：通山新闻网\n"
    "通山新闻网讯（记者 吴丽华）3月12日，县委、县政府召开全县优化营商环境工作会议。"
    "县委书记周建明出席会议并讲话，县委副书记、县长王明主持会议。\n"
    "县领导刘国华、何春燕出席会议。\n"
    "周建明强调，要深化“放管服”改革，推进政务服务“一网通办”。\n"
    "王明要求，各乡镇、各部门要迅速传达会议精神，细化工作措施。\n"
)
SEPTEMBER = (
    "发布日期：2026-09-21　来源：通山新闻网\n"
    "通山新闻网讯（记者 吴丽华）9月20日，县委、县政府召开全县安全生产工作会议。"
    "县委书记王明出席会议并讲话，县委副书记、县长陈立新主持会议。\n"
    "县领导刘国华、谭志强出席会议。\n"
    "王明强调，必须守住安全底线，要压实责任，确保各项任务落到实处。\n"
    "陈立新要求，各乡镇、各部门要迅速传达会议精神。\n"
)
GENERATED_SEEDS = (1, 2, 3)
MEETINGS = 2 + len(GENERATED_SEEDS)  # the September repost merges into its original


def build_reports(folder: Path) -> None:
    """The project's own report texts: the 王明 pair, a repost, a few generated articles."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "march.txt").write_text(MARCH, encoding="utf-8")
    (folder / "september.txt").write_text(SEPTEMBER, encoding="utf-8")
    (folder / "september-repost.txt").write_text("转载自咸宁新闻网\n" + SEPTEMBER + "（责任编辑：李某）\n", encoding="utf-8")
    for seed in GENERATED_SEEDS:
        (folder / f"generated-{seed}.txt").write_text(generate_article(seed)[0], encoding="utf-8")


def build_reports_with_examples(folder: Path, examples: Path, seeds: range) -> None:
    """The screenshot's reports: the above, the shipped examples and more generated articles."""
    build_reports(folder)
    for example in sorted(examples.glob("*.txt")):
        (folder / example.name).write_text(example.read_text(encoding="utf-8"), encoding="utf-8")
    for seed in seeds:
        (folder / f"generated-{seed}.txt").write_text(generate_article(seed)[0], encoding="utf-8")
