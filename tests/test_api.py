"""The Python API: brief_text, brief_file, Briefer (engines opened once, brief_many batched),
Brief's renderings, errors with the CLI's messages, and the CLI's JSON byte for byte."""

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import zhbrief
from article_generator import generate_article
from zhbrief.cli.app import app

runner = CliRunner()


def test_brief_text_and_brief_file_on_the_example(example_path):
    from_file = zhbrief.brief_file(example_path)
    from_text = zhbrief.brief_text(example_path.read_text(encoding="utf-8"))
    assert isinstance(from_file, zhbrief.Brief) and from_file.people
    assert [p.name_en for p in from_text.people] == [p.name_en for p in from_file.people]
    assert from_file.source.file == example_path.name and from_text.source.file is None
    assert from_text.event.title_en == from_file.event.title_en


def test_the_api_json_is_the_cli_json_byte_for_byte(example_path):
    printed = runner.invoke(app, ["brief", str(example_path), "--format", "json"]).stdout
    assert zhbrief.brief_file(example_path).model_dump_json() + "\n" == printed


def test_renderings_are_the_cli_formats(example_path):
    brief = zhbrief.brief_file(example_path)
    for fmt, rendered in (("markdown", brief.to_markdown()), ("text", brief.to_text())):
        assert runner.invoke(app, ["brief", str(example_path), "--format", fmt]).stdout == rendered
    original = runner.invoke(app, ["brief", str(example_path), "--format", "text", "--script", "original"]).stdout
    assert brief.to_text("original") == original and original != brief.to_text()  # the article is Traditional


def test_briefer_methods_and_brief_many_in_order(example_path):
    texts = [generate_article(500 + i) for i in range(5)]
    with zhbrief.Briefer(group_size=2) as briefer:
        assert briefer.brief_text(texts[0][0]).people and briefer.brief_file(example_path).people
        articles = [texts[0][0], example_path, "not Chinese at all", texts[1][0], Path("/no/such/file.txt")]
        results = list(briefer.brief_many(articles, errors="return"))
    assert [type(r).__name__ for r in results] == ["Brief", "Brief", "ZhbriefError", "Brief", "ZhbriefError"]
    assert {p.name_zh: p.role for p in results[3].people} == texts[1][1]
    with pytest.raises(zhbrief.ZhbriefError, match="closed"):
        briefer.brief_text(texts[0][0])


def test_errors_are_the_cli_messages(tmp_path):
    bad = tmp_path / "english.txt"
    bad.write_text("Nothing Chinese here, only English words about a meeting.", encoding="utf-8")
    with pytest.raises(zhbrief.ZhbriefError) as raised:
        zhbrief.brief_file(bad)
    printed = runner.invoke(app, ["brief", str(bad)]).stderr
    assert printed.strip().splitlines()[-1] == f"Error: {raised.value}"  # after a `note:` on the models
    with pytest.raises(zhbrief.ZhbriefError):
        list(zhbrief.Briefer().brief_many(["hello"]))  # errors="raise" by default
    with pytest.raises(zhbrief.ModelUnavailable):
        zhbrief.brief_text(generate_article(1)[0], translator="no-such-org/no-such-model")
    assert issubclass(zhbrief.ModelUnavailable, zhbrief.ZhbriefError)


def test_a_briefer_opens_its_engines_once_for_100_texts(tiny_marian, monkeypatch):
    import transformers

    loads = []
    original = transformers.PreTrainedModel.from_pretrained.__func__

    def counted(cls, *args, **kwargs):
        loads.append(cls.__name__)
        return original(cls, *args, **kwargs)

    monkeypatch.setattr(transformers.PreTrainedModel, "from_pretrained", classmethod(counted))
    texts = [generate_article(600 + i)[0] for i in range(100)]
    with zhbrief.Briefer(translator=str(tiny_marian), backend="torch", device="cpu") as briefer:
        briefs = list(briefer.brief_many(texts))
    assert len(loads) == 1, loads
    assert len(briefs) == 100 and all(b.models.translator == str(tiny_marian) for b in briefs)


def test_import_zhbrief_stays_light():
    code = ("import sys, zhbrief; zhbrief.ZhbriefError; "
            "print(sorted(m for m in ('torch', 'transformers', 'lxml', 'ray', 'pydantic') if m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "[]"
    assert (Path(zhbrief.__file__).parent / "py.typed").is_file()
    assert {"Brief", "Briefer", "brief_text", "brief_file", "ZhbriefError"} <= set(dir(zhbrief))


def test_people_across_briefs(example_path):
    import zhbrief.people_index  # noqa: F401  (the package beside the function keeps its own name)

    with zhbrief.Briefer() as briefer:
        briefs = [briefer.brief_file(example_path), briefer.brief_text(generate_article(7)[0])]
    index = zhbrief.people(briefs)
    assert {p.name_zh for p in index} == {p.name_zh for b in briefs for p in b.people}
    assert all(p.person_id and p.appearances for p in index)


def test_markdown_shows_article_text_as_written_never_as_markup():
    brief = zhbrief.brief_text("3月2日，县委常委会召开会议。县委书记王明主持会议。会议强调，要**加强**<b>学习</b>[链接](x)。")
    markdown = brief.to_markdown()
    assert "\\*\\*加强\\*\\*\\<b\\>学习\\</b\\>\\[链接\\](x)" in markdown
    assert "<b>" not in markdown and "**加强**" not in markdown
