"""The people index (`zhbrief.people_index`, `zhbrief people`): who is who across briefs, titles
over time, filters, the changes view. Briefs are made up here, built as Brief objects."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from reach import reached, reaches_assertion
from zhbrief.brief import Brief, Event, Person as BriefPerson, Source
from zhbrief.cli.app import app
from zhbrief.people_index import BriefRef, build_people, brief_date, find_changes, read_briefs
from zhbrief.people_index.table import COLUMNS, to_csv

runner = CliRunner()


def _brief(date: str | None, place: str | None, *people: tuple, page_date: str | None = None,
           place_en: str | None = None, title: str = "executive meeting") -> Brief:
    """`people`: (name_zh, name_en, [titles_zh], [titles_en], role) tuples, in protocol order."""
    return Brief(
        source=Source(page_date=page_date),
        event=Event(date=date, place_zh=place, place_en=place_en, title_en=title),
        people=[BriefPerson(name_zh=zh, name_en=en, titles_zh=tz, titles_en=te, role=role)
                for zh, en, tz, te, role in people],
    )


def _refs(*briefs: Brief) -> list[BriefRef]:
    return [BriefRef(f"b{i:02}.json", b, brief_date(b)) for i, b in enumerate(briefs)]


def _write(folder: Path, *briefs: Brief) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, brief in enumerate(briefs):
        (folder / f"b{i:02}.json").write_text(brief.model_dump_json(), encoding="utf-8")
    return folder


WANG_WENSHANG = ("王明", "Wang Ming", ["汶上县长"], ["Wenshang County head"], "presided")
WANG_WUZHOU = ("王明", "Wang Ming", ["梧州市副市长"], ["Wuzhou vice mayor"], "spoke")
XI = ("习近平", "Xi Jinping", [], [], "attended")


def _by_id(people):
    return {p.person_id: p for p in people}


def test_same_name_in_two_places_is_two_people():
    people = build_people(_refs(_brief("2024-03-01", "汶上县", WANG_WENSHANG), _brief("2024-04-01", "梧州市", WANG_WUZHOU)))
    found = _by_id(people)
    assert set(found) == {"王明@汶上县", "王明@梧州市"}
    assert "kept apart" in found["王明@汶上县"].rule
    assert found["王明@梧州市"].places == ["梧州市"]


def test_a_title_naming_the_other_place_ties_them():
    county = ("王明", "Wang Ming", ["汶上县委书记"], ["Wenshang party secretary"], "spoke")
    city = ("王明", "Wang Ming", ["济宁市委常委", "汶上县委书记"], ["", ""], "attended")
    people = build_people(_refs(_brief("2024-03-01", "汶上县", county), _brief("2024-04-01", "济宁市", city)))
    assert [p.person_id for p in people] == ["王明@汶上县"]
    assert people[0].places == ["汶上县", "济宁市"]
    assert "tied across places by the title 汶上县委书记" in people[0].rule


def test_a_title_change_is_one_person_with_both_titles_latest_first():
    march = ("王明", "Wang Ming", ["县长"], ["county head"], "presided")
    september = ("王明", "Wang Ming", ["县委书记"], ["county party secretary"], "presided")
    people = build_people(_refs(_brief("2024-09-10", "汶上县", september), _brief("2024-03-05", "汶上县", march),
                                _brief("2024-04-01", "汶上县", march)))
    assert len(people) == 1
    person = people[0]
    assert [(t.title_zh, t.first_seen, t.last_seen) for t in person.titles] == [
        ("县委书记", "2024-09-10", "2024-09-10"), ("县长", "2024-03-05", "2024-04-01")]
    assert person.titles[0].first_brief == "b00.json" and person.titles[1].first_brief == "b01.json"
    assert (person.first_seen, person.last_seen, person.presided) == ("2024-03-05", "2024-09-10", 3)
    assert [a.date for a in person.appearances] == ["2024-03-05", "2024-04-01", "2024-09-10"]


def test_a_national_leader_in_ten_places_is_one_person():
    places = ["汶上县", "梧州市", "济宁市", "北京市", "广州市", "长沙县", "兰州市", "拉萨市", "三亚市", "大理市"]
    people = build_people(_refs(*(_brief(f"2024-05-{i + 1:02}", p, XI) for i, p in enumerate(places))))
    assert len(people) == 1
    assert (people[0].person_id, people[0].rule, people[0].name_en) == ("习近平@national", "national leader", "Xi Jinping")
    assert sorted(people[0].places) == sorted(places)


def test_protocol_order_is_kept_as_rank():
    first = ("李强华", "Li Qianghua", ["县委书记"], [], "presided")
    second = ("张伟", "Zhang Wei", ["县长"], [], "spoke")
    people = _by_id(build_people(_refs(_brief("2024-01-02", "汶上县", first, second, XI))))
    assert people["李强华@汶上县"].appearances[0].rank == 1
    assert people["张伟@汶上县"].appearances[0].rank == 2
    assert people["习近平@national"].appearances[0].rank == 3


def test_no_place_joins_the_only_placed_person_with_a_shared_title():
    placed = _brief("2024-03-01", "汶上县", WANG_WENSHANG)
    unplaced = _brief("2024-03-02", None, WANG_WENSHANG)
    other = _brief("2024-03-03", None, ("王明", "Wang Ming", ["主任"], [], "attended"))
    people = _by_id(build_people(_refs(placed, unplaced, other)))
    assert len(people["王明@汶上县"].appearances) == 2
    assert len(people["王明@unknown"].appearances) == 1


def test_a_date_without_its_year_takes_the_page_year():
    assert brief_date(_brief("11-17", "汶上县", page_date="2024-11-18")) == "2024-11-17"
    assert brief_date(_brief("11-17", "汶上县")) is None
    assert brief_date(_brief("2024-11", "汶上县")) == "2024-11"


def test_read_briefs_skips_what_is_not_a_brief(tmp_path):
    folder = _write(tmp_path / "out", _brief("2024-03-01", "汶上县", WANG_WENSHANG))
    (folder / "index.json").write_text('{"schema": "other"}', encoding="utf-8")
    (folder / "broken.json").write_text("{", encoding="utf-8")
    assert [ref.path for ref in read_briefs(folder)] == ["b00.json"]


def _csv_rows(text: str) -> list[dict]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def test_people_csv_opens_in_pythons_csv(tmp_path):
    march = ("王明", "Wang Ming", ["县长"], ["county head"], "presided")
    september = ("王明", "Wang Ming", ["县委书记"], ["county party secretary"], "presided")
    folder = _write(tmp_path / "out", _brief("2024-03-05", "汶上县", march, XI), _brief("2024-09-10", "汶上县", september))
    result = runner.invoke(app, ["people", str(folder)])
    assert result.exit_code == 0, result.output
    rows = _csv_rows(result.stdout)
    for column in ["person_id", "name_zh", "name_en", "titles_zh", "titles_en", "places", "appearances",
                   "presided", "spoke", "attended", "first_seen", "last_seen", "briefs"]:
        assert column in rows[0]
    wang = next(r for r in rows if r["person_id"] == "王明@汶上县")
    assert wang["titles_zh"] == "县委书记 | 县长" and wang["titles_en"] == "county party secretary | county head"
    assert (wang["appearances"], wang["presided"], wang["briefs"]) == ("2", "2", "b00.json | b01.json")
    written = tmp_path / "people.csv"
    assert runner.invoke(app, ["people", str(folder), "--out", str(written)]).exit_code == 0
    with open(written, encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 2


def test_people_json_markdown_and_errors(tmp_path):
    odd = ("王*明", "Wang | Ming", ["[县长]"], ["<b>head</b>"], "spoke")
    folder = _write(tmp_path / "out", _brief("2024-03-05", "汶上县", odd))
    data = json.loads(runner.invoke(app, ["people", str(folder), "--format", "json"]).stdout)
    assert data[0]["titles"][0]["title_zh"] == "[县长]" and data[0]["spoke"] == 1
    lines = runner.invoke(app, ["people", str(folder), "--format", "jsonl"]).stdout.splitlines()
    assert len(lines) == 1
    markdown = runner.invoke(app, ["people", str(folder), "--format", "markdown"]).stdout
    assert "王\\*明" in markdown and "Wang \\| Ming" in markdown and "\\[县长\\]" in markdown and "\\<b\\>" in markdown
    assert runner.invoke(app, ["people", str(tmp_path / "none")]).exit_code == 1
    assert runner.invoke(app, ["people", str(folder), "--since", "March"]).exit_code == 2


def _three_places(tmp_path: Path) -> Path:
    return _write(tmp_path / "out",
                  _brief("2024-03-01", "汶上县", WANG_WENSHANG, place_en="Wenshang County"),
                  _brief("2024-06-01", "梧州市", WANG_WUZHOU, place_en="Wuzhou"),
                  _brief(None, "济宁市", ("赵刚", "Zhao Gang", [], [], "attended"), place_en="Jining"))


def test_since_until_and_place(tmp_path):
    folder = _three_places(tmp_path)

    def ids(*args: str) -> list[str]:
        result = runner.invoke(app, ["people", str(folder), *args])
        assert result.exit_code == 0, result.output
        return sorted(r["person_id"] for r in _csv_rows(result.stdout))

    assert ids() == ["王明@梧州市", "王明@汶上县", "赵刚@济宁市"]
    assert ids("--since", "2024-04-01") == ["王明@梧州市"]
    assert ids("--until", "2024-04-01") == ["王明@汶上县"]
    assert ids("--since", "2024-01-01", "--until", "2024-12-31") == ["王明@梧州市", "王明@汶上县"]
    assert ids("--place", "汶上") == ["王明@汶上县"]
    assert ids("--place", "wuzhou") == ["王明@梧州市"]
    assert ids("--place", "济宁") == ["赵刚@济宁市"]


def test_find_changes():
    people = build_people(_refs(*_career_briefs()))
    changes = find_changes(people, "2024-06-01")
    assert [(p.person_id, t.title_zh, t.first_brief) for p, t in changes.new_titles] == [("王明@汶上县", "县委书记", "b01.json")]
    assert [p.person_id for p in changes.first_seen] == ["陈军@汶上县"]
    assert [p.person_id for p in changes.stopped] == ["刘芳@汶上县"]


def _career_briefs() -> list[Brief]:
    march = ("王明", "Wang Ming", ["县长"], ["county head"], "presided")
    september = ("王明", "Wang Ming", ["县委书记"], ["county party secretary"], "presided")
    return [_brief("2024-03-05", "汶上县", march, ("刘芳", "Liu Fang", ["副县长"], [], "attended")),
            _brief("2024-09-10", "汶上县", september, ("陈军", "Chen Jun", ["副县长"], [], "attended"))]


def test_people_changes_command(tmp_path):
    folder = _write(tmp_path / "out", *_career_briefs())
    markdown = runner.invoke(app, ["people", str(folder), "--changes", "--since", "2024-06-01"])
    assert markdown.exit_code == 0, markdown.output
    text = markdown.stdout
    assert "县委书记" in text and "b01.json" in text and "陈军" in text and "刘芳" in text
    data = json.loads(runner.invoke(app, ["people", str(folder), "--changes", "--since", "2024-06-01", "--format", "json"]).stdout)
    assert data["new_titles"][0]["brief"] == "b01.json" and data["new_titles"][0]["title_zh"] == "县委书记"
    assert [p["name_zh"] for p in data["first_seen"]] == ["陈军"]
    assert [p["name_zh"] for p in data["stopped"]] == ["刘芳"]
    # By default: the 30 days before the newest date, 2024-08-11 here.
    default = json.loads(runner.invoke(app, ["people", str(folder), "--changes", "--format", "json"]).stdout)
    assert default["since"] == "2024-08-11" and default["stopped"] == data["stopped"]
    assert runner.invoke(app, ["people", str(folder), "--changes", "--format", "csv"]).exit_code == 2


_NAMES = st.sampled_from(["王明", "李强华", "习近平", "张伟", "a,\"b", "陈|军"])
_PLACES = st.one_of(st.none(), st.sampled_from(["汶上县", "梧州市", "national", "unknown", ""]))
_DATES = st.one_of(st.none(), st.sampled_from(["2024-03-01", "2024-09", "11-17", "March"]))
_TITLES = st.lists(st.sampled_from(["县长", "汶上县委书记", "梧州市副市长", "", "a\nb"]), max_size=3)
_PEOPLE = st.lists(st.tuples(_NAMES, st.sampled_from(["", "Wang Ming"]), _TITLES, st.just([]),
                             st.sampled_from(["presided", "spoke", "attended"])), max_size=4)
_BRIEFS = st.lists(st.builds(lambda d, p, people, page: _brief(d, p, *people, page_date=page),
                             _DATES, _PLACES, _PEOPLE, st.sampled_from([None, "2024-11-18"])), max_size=5)


@reaches_assertion()
@settings(max_examples=60, deadline=None)
@given(_BRIEFS, st.booleans())
def test_any_briefs_give_a_csv_with_one_row_per_person(briefs, duplicated):
    refs = _refs(*briefs)
    refs = refs + refs if duplicated else refs
    people = build_people(refs)
    rows = list(csv.DictReader(io.StringIO(to_csv(people).removeprefix("\ufeff"), newline="")))
    reached()
    assert list(rows[0]) == COLUMNS if rows else True
    assert len(rows) == len(people)
    ids = [r["person_id"] for r in rows]
    assert len(set(ids)) == len(ids)
    assert sum(int(r["appearances"]) for r in rows) == sum(len(ref.brief.people) for ref in refs)
    assert build_people(list(reversed(refs))) == people  # ids and order never depend on input order


def test_a_placeless_mention_joins_by_the_placed_persons_own_titles_whatever_the_order():
    # Found by the property above: the third mention's titles once let the first join.
    briefs = [_brief(None, None, ("王明", "", ["县长"], [], "presided")),
              _brief(None, "汶上县", ("王明", "", ["汶上县委书记"], [], "presided")),
              _brief(None, None, ("王明", "", ["县长", "汶上县委书记"], [], "presided"))]
    refs = _refs(*briefs)
    people = build_people(refs)
    assert build_people(list(reversed(refs))) == people
    assert sorted((p.person_id, len(p.appearances)) for p in people) == [("王明@unknown", 1), ("王明@汶上县", 2)]
