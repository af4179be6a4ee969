"""The HTML digest (the dashboard) in a real browser: headless Chromium through Selenium.
Briefs come from the real pipeline (`zhbrief batch`) on texts written for the project; a
property over made-up briefs checks the page with a parser, and a few in the browser."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html
from typer.testing import CliRunner

from browser import chromium, console_errors, missing, open_page
from dashboard_reports import MEETINGS, build_reports
from reach import reached, reaches_assertion
from zhbrief.brief import Brief
from zhbrief.cli.app import app

runner = CliRunner()

def dashboard(briefs: Path, page: Path) -> Path:
    result = runner.invoke(app, ["digest", str(briefs), "--format", "html", "--out", str(page)])
    assert result.exit_code == 0, result.output
    return page


@pytest.fixture(scope="module")
def briefs(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("dashboard")
    build_reports(root / "in")
    result = runner.invoke(app, ["batch", str(root / "in"), "--out", str(root / "out"), "--format", "both"])
    assert result.exit_code == 0, result.output
    return root / "out"


@pytest.fixture(scope="module")
def page(briefs) -> Path:
    return dashboard(briefs, briefs.parent / "digest.html")


def test_markdown_digest_has_the_same_facts_as_tables(briefs):
    markdown = runner.invoke(app, ["digest", str(briefs)]).stdout
    meetings = markdown.split("## Meetings by date")[1].split("##")[0]
    assert meetings.count("](") - meetings.count("copies:") == MEETINGS and "(2 copies: [2](" in meetings
    row = next(line for line in markdown.splitlines() if line.startswith("| Wang Ming | 王明 |"))
    assert "County Magistrate (2026-03-12" in row and "Secretary of the County Party Committee (2026-09-20" in row
    changes = markdown.split("## Changes since 2026-08-21")[1]
    assert "| new title | Wang Ming | 王明 | Secretary of the County Party Committee 县委书记" in changes


@pytest.fixture(scope="module")
def driver():
    reason = missing()
    if reason:
        pytest.skip(f"no browser for the dashboard checks: {reason}")
    with chromium() as browser:
        yield browser


def _visible_people(driver) -> list[str]:
    return [row.text for row in driver.find_elements("css selector", "#people-index tbody tr") if row.is_displayed()]


def test_page_opens_without_console_errors_one_mark_per_meeting(driver, page):
    assert open_page(driver, page) == []
    marks = driver.find_elements("css selector", "#timeline .mark")
    assert len(marks) == MEETINGS
    assert len({m.get_attribute("data-meeting") for m in marks}) == MEETINGS
    assert all(m.find_element("tag name", "title").get_attribute("textContent") for m in marks)
    assert "咸宁" in page.read_text(encoding="utf-8") or "2 copies" in page.read_text(encoding="utf-8")


@pytest.mark.parametrize("typed", ["wang ming", "WangMing", "王明"])
def test_typing_a_name_filters_the_index_to_that_person(driver, page, typed):
    open_page(driver, page)
    everyone = len(_visible_people(driver))
    box = driver.find_element("id", "people-filter")
    box.send_keys(typed)
    shown = _visible_people(driver)
    assert everyone > 1 and len(shown) == 1 and "王明" in shown[0]
    assert driver.find_element("id", "people-shown").text == "1"
    assert console_errors(driver) == []


def test_a_persons_row_lists_both_titles_after_a_title_change(driver, page):
    open_page(driver, page)
    driver.find_element("id", "people-filter").send_keys("wangming")
    (row,) = _visible_people(driver)
    assert "County Magistrate" in row and "Secretary of the County Party Committee" in row
    assert row.index("Secretary of the County Party Committee") < row.index("County Magistrate")  # latest first


# Made-up briefs: markup in every text field, dates with and without a year, or none.
_TEXT = st.sampled_from(["通山县", "王明", "</script><b>x</b>", 'a"b\'c&d', "<!--", "Wang Ming", ""])
_PERSON = st.fixed_dictionaries({
    "name_zh": st.sampled_from(["王明", "周建明", "李<i>强</i>", "</script>"]),
    "name_en": st.sampled_from(["Wang Ming", "Zhou Jianming", "<b>Li</b>", ""]),
    "titles_zh": st.lists(st.sampled_from(["县长", "县委书记", "<县领导>"]), max_size=2),
    "titles_en": st.lists(st.sampled_from(["County Magistrate", "Secretary", "</title>"]), max_size=2),
    "role": st.sampled_from(["presided", "spoke", "attended"]),
})
_BRIEF = st.builds(
    lambda date, place, title, people, topics, summary: {
        "event": {"date": date, "place_zh": place, "place_en": place and f"{place} (en)", "title_zh": title,
                  "kind_en": title and "county work conference"},
        "source": {"page_date": "2026-05-01" if date == "11-17" else None, "outlet_zh": title},
        "summary": {"zh": summary, "en": summary}, "people": people, "topics_en": topics,
    },
    st.one_of(st.none(), st.sampled_from(["2026-03-12", "2025-11-17", "11-17", "03-05", "2026-02", "02-30"])),
    st.one_of(st.none(), st.sampled_from(["通山县", "广西壮族自治区", "中国", "梧州市", "<i>x</i>镇"])),
    st.one_of(st.none(), _TEXT), st.lists(_PERSON, max_size=4),
    st.lists(st.sampled_from(["business environment", "</script>", "a&b"]), max_size=2), _TEXT,
)
_BATCHES = st.tuples(st.lists(_BRIEF, max_size=5), st.booleans()).map(lambda t: t[0] + t[0][:1] if t[1] else t[0])


def _write_batch(folder: Path, briefs: list[dict]) -> None:
    folder.mkdir()
    for n, data in enumerate(briefs):
        (folder / f"b{n}.json").write_text(Brief.model_validate(data).model_dump_json(), encoding="utf-8")


def _meetings(folder: Path) -> int:
    from zhbrief.batch.digest import collect

    return len(collect(folder, folder, allow_empty=True).entries)


def check_page(page: Path, meetings: int) -> None:
    """What a parser can tell: one mark per meeting, one filter key per person row, no injected markup."""
    tree = lxml_html.fromstring(page.read_bytes())
    assert len(tree.xpath("//svg[@id='timeline']//rect[@class='mark']")) == meetings
    keys = json.loads(tree.xpath("//script[@id='people-keys']")[0].text)
    assert len(keys) == len(tree.xpath("//table[@id='people-index']/tbody/tr"))
    assert not tree.xpath("//b | //i") and len(tree.xpath("//script")) == 2


@reaches_assertion()
@settings(max_examples=40, deadline=None)
@given(_BATCHES)
def test_any_briefs_give_a_well_formed_page(batch):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "out"
        _write_batch(folder, batch)
        page = dashboard(folder, Path(tmp) / "digest.html")
        reached()
        check_page(page, _meetings(folder))


@reaches_assertion()
@settings(max_examples=8, deadline=None)
@given(_BATCHES)
def test_any_briefs_give_a_page_without_console_errors(driver, batch):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "out"
        _write_batch(folder, batch)
        page = dashboard(folder, Path(tmp) / "digest.html")
        errors = open_page(driver, page)
        reached()
        assert errors == []
        assert len(driver.find_elements("css selector", "#timeline .mark")) == _meetings(folder)


def test_a_mark_is_coloured_by_level_and_shaped_by_the_organ_holding_the_meeting():
    from zhbrief.batch.digest import DigestEntry
    from zhbrief.render.dashboard_svg import LEVEL_COLOURS, organ_of, timeline_svg

    kinds = ["standing committee meeting of the county Party committee", "State Council executive meeting",
             "standing committee meeting of the people's congress", "CPPCC plenary session", "work conference"]
    assert [organ_of(k) for k in kinds] == ["Party", "government", "people's congress", "CPPCC", "other"]
    fields = DigestEntry.__dataclass_fields__
    entries = [DigestEntry(**{name: "" for name in ("date", "title", "place", "outlet", "summary", "link") if name in fields},
                           kind=kind, level="county") for kind in kinds]
    marks = lxml_html.fromstring(f"<div>{timeline_svg(entries)}</div>").xpath("//*[@class='mark']")
    assert [m.tag for m in marks] == ["rect", "circle", "polygon", "polygon", "rect"]
    assert {m.get("fill") for m in marks} == {LEVEL_COLOURS["county"]}


def test_a_meetings_level_is_what_the_division_table_says():
    from zhbrief.batch.digest import place_level

    levels = {name: place_level(name) for name in ("中国", "北京市", "广西壮族自治区", "梧州市", "大理白族自治州",
                                                   "汶上县", "义乌市", "青山镇", "")}
    assert levels == {"中国": "national", "北京市": "provincial", "广西壮族自治区": "provincial", "梧州市": "city",
                      "大理白族自治州": "city", "汶上县": "county", "义乌市": "county", "青山镇": "township", "": "other"}
