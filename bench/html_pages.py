"""Saved web pages through zhbrief's loader: what is kept, and whether known junk remains.

    python bench/html_pages.py [--folder .realhtml] [--reference]

For each page (the real pages of ../shared/realhtml/pages.tsv, collected into the
git-ignored .realhtml/ as README explains): Chinese characters kept in the body, the
headline, the page's date, site and URL as zhbrief reads them, and the junk strings
(share widgets, related news, comment prompts, editor and copyright lines) still in the
body. With --reference, the same from trafilatura (when installed) for comparison.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Text that is never article text on these sites.
JUNK = ("用微信扫描二维码", "分享至好友和朋友圈", "分享让更多人看到", "证券要闻", "相关新闻", "相关阅读", "推荐阅读",
        "重点推荐", "责任编辑", "版权所有", "Copyright", "返回顶部", "上一篇", "下一篇", "打印本页", "关闭窗口",
        "网友评论", "发表评论", "跟贴", "扫一扫", "加载更多", "免责声明")


def han(text: str | None) -> int:
    return len(re.findall(r"[\u4e00-\u9fff]", text or ""))


def _page_number(path: Path) -> tuple[int, str]:
    return (int(path.stem), "") if path.stem.isdigit() else (10**6, path.stem)


def zhbrief_row(path: Path) -> dict:
    from zhbrief.errors import ZhbriefError
    from zhbrief.load import load_bytes

    try:
        document = load_bytes(path.read_bytes(), path.name)
    except ZhbriefError as exc:
        return {"body": 0, "headline": f"ERROR {exc}", "date": None, "site": None, "url": None, "junk": []}
    return {
        "body": han(document.text),
        "headline": document.headline,
        "date": document.source.page_date,
        "site": getattr(document.source, "site", None) or document.source.outlet,
        "url": getattr(document.source, "url", None),
        "junk": [j for j in JUNK if j in document.text],
    }


def reference_row(path: Path) -> dict | None:
    try:
        import trafilatura
    except ImportError:
        return None
    from zhbrief.load.decode import decode_bytes

    result = trafilatura.bare_extraction(decode_bytes(path.read_bytes(), path.name).text, with_metadata=True)
    if result is None:
        return {"body": 0, "headline": None, "date": None, "site": None, "url": None, "junk": []}
    return {"body": han(result.text), "headline": result.title, "date": result.date, "site": result.sitename,
            "url": result.url, "junk": [j for j in JUNK if j in (result.text or "")]}


def _line(label: str, row: dict) -> str:
    return (f"  {label:<11} body {row['body']:>5} han | date {row['date'] or '-':<10} | site {str(row['site'] or '-')[:14]:<14} "
            f"| junk {','.join(row['junk']) or '-'}\n  {'':<11} headline {str(row['headline'] or '-')[:70]}\n"
            f"  {'':<11} url {row['url'] or '-'}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", default=str(ROOT / ".realhtml"))
    parser.add_argument("--reference", action="store_true", help="also trafilatura's reading, when installed")
    args = parser.parse_args()
    pages = sorted(Path(args.folder).glob("*.htm*"), key=_page_number)
    if not pages:
        print(f"no pages in {args.folder}: collect them first (see bench/realdev/README.md)")
        return 1
    totals = {"pages": 0, "dated": 0, "headline": 0, "junk": 0}
    for path in pages:
        row = zhbrief_row(path)
        totals["pages"] += 1
        totals["dated"] += bool(row["date"])
        totals["headline"] += bool(row["headline"])
        totals["junk"] += bool(row["junk"])
        print(path.name)
        print(_line("zhbrief", row))
        if args.reference and (reference := reference_row(path)) is not None:
            print(_line("trafilatura", reference))
    print(f"\n{totals['pages']} pages: headline on {totals['headline']}, page date on {totals['dated']}, "
          f"junk left on {totals['junk']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
