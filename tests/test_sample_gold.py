"""The real sample against its hand-checked gold answer."""

from zhbrief.pipeline import brief_file


def test_every_participant_matches_gold(sample_path, gold):
    brief = brief_file(sample_path)
    got = {p.name_zh: p for p in brief.people}
    expected = {p["name_zh"]: p for p in gold["people"]}
    assert set(got) == set(expected), (set(got) - set(expected), set(expected) - set(got))
    for name, want in expected.items():
        person = got[name]
        assert person.name_en == want["name_en"], name
        assert person.titles_zh == want["titles_zh"], name
        assert person.role == want["role"], name
        assert person.venue_zh == want["venue_zh"], name


def test_people_only_mentioned_are_left_out(sample_path, gold):
    names = {p.name_zh for p in brief_file(sample_path).people}
    assert not names & set(gold["not_people"])


def test_event_and_source_match_gold(sample_path, gold):
    brief = brief_file(sample_path)
    assert brief.event.date == gold["date"]
    assert brief.event.title_zh == gold["meeting"]
    assert brief.event.format_zh == gold["format_zh"]
    assert brief.source.outlet_zh == gold["source"]["outlet_zh"]
    assert brief.source.reporters == gold["source"]["reporters"]
    assert brief.source.photographers == gold["source"]["photographers"]
    assert brief.source.outlet_en == "Wuzhou Daily"


def test_sample_directives_attributed_in_order(sample_path):
    directives = brief_file(sample_path).directives
    speakers = [d.speaker_zh for d in directives]
    assert speakers == ["蒋连生"] * 6 + ["钟畅姿"] * 3
    assert directives[0].text_zh.startswith("全市上下要提高政治站位")
    assert len({d.text_zh for d in directives}) == len(directives)
    assert not any("习近平总书记在中央民族工作会议上的重要讲话" in d.text_zh for d in directives)


def test_sample_english_titles(sample_path):
    people = {p.name_zh: p for p in brief_file(sample_path).people}
    assert people["蒋连生"].titles_en == ["Secretary of the Municipal Party Committee"]
    assert people["钟畅姿"].titles_en == ["Mayor"]
    assert people["陈影"].titles_en == ["President of the Municipal Intermediate People's Court"]
    assert people["曾健勇"].titles_en == ["Deputy Director of the Standing Committee of the Municipal People's Congress"]
