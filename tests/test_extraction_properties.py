"""Hypothesis: what extraction returns is always in the text, and never a piece of the
meeting's own name, whatever the report's shape (texts built from the parts real reports
are made of: titles, names, lists, role verbs, meeting names, units and crawl noise); in
reports whose people are known, it finds each of them in their role."""

from hypothesis import given, settings
from hypothesis import strategies as st

from reach import reached, reaches_assertion
from report_strategies import meeting_reports, to_traditional
from zhbrief.load import load_text
from zhbrief.pipeline import build_brief

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余叶程苏魏吕丁付夏欧阳"
GIVEN = "建国明华伟军宁强志文海平东晓红丽新春立涛斌杰德光正和民方清"
TITLES = ["县委书记", "县长", "副县长", "市人大常委会主任", "副主任", "县政协主席", "镇党委书记", "县领导", "政协委员", "秘书长"]
VERBS = ["主持会议", "出席会议并讲话", "出席", "参加会议", "作政府工作报告", "作关于预算的说明", "作大会发言", "分别发言", "列席会议"]
UNITS = ["交运", "住建", "经贸", "水利", "文旅", "财政", "县人民法院", "县监察委员会", "各乡镇", "相关部门负责同志"]
TOPICS = ["招商引资信息通报", "安全生产", "乡村振兴", "重点项目建设", "“四个年”主题活动", "防汛", "林业", "民生实事"]
TYPES = ["工作会议", "推进会", "动员大会", "汇报会", "调度会", "座谈会"]
SCOPES = ["全县", "全区", "全市", "青山镇", "县"]

name = st.builds(lambda s, g: s + g, st.sampled_from(list(SURNAMES) + ["欧阳"]), st.text(GIVEN, min_size=1, max_size=2))
titled = st.builds(lambda t, n: t + n, st.sampled_from(TITLES + [""]), name)
person_list = st.lists(titled, min_size=1, max_size=5).map("、".join)
unit_list = st.lists(st.sampled_from(UNITS), min_size=1, max_size=4).map("、".join)
meeting = st.builds(lambda s, t, k: s + t + k, st.sampled_from(SCOPES), st.sampled_from(TOPICS), st.sampled_from(TYPES))
clause = st.one_of(
    st.builds(lambda p, v: p + v, person_list, st.sampled_from(VERBS)),
    st.builds(lambda p, u, v: p + "及" + u + "等单位负责人" + v, person_list, unit_list, st.sampled_from(VERBS)),
    st.builds(lambda u: u + "等单位作了发言", unit_list),
    st.builds(lambda p: "会议听取了" + p + "所作的述职报告", person_list),
    st.builds(lambda p: p + "等10名政协委员作了大会发言", person_list),
    st.builds(lambda p: p + ".jpg", name),
)
separators = st.sampled_from(["。", "，", "；", "\n", " "])
noise = st.sampled_from(["", "(huì)", "?bào)", "微信图片_20260305.jpg\n", "E\" P"])


def report(meeting_name: str, parts: list[tuple[str, str, str]]) -> str:
    body = "".join(n + c + s for c, s, n in parts)
    return f"3月2日，{meeting_name}召开。县委书记王建国主持会议。{body}"


@reaches_assertion()
@settings(max_examples=150, deadline=None)
@given(meeting, st.lists(st.tuples(clause, separators, noise), max_size=8))
def test_every_name_is_in_the_text_and_none_comes_from_the_meeting_name(meeting_name, parts):
    text = report(meeting_name, parts)
    brief = build_brief(load_text(text))
    document = load_text(text)
    read = "".join(([document.headline] if document.headline else []) + document.sentences)
    reached()
    assert brief.people, "the presider is always found"
    outside_the_name = read.replace(brief.event.title_zh or meeting_name, "")
    for person in brief.people:
        assert person.name_zh in read
        assert person.name_zh in outside_the_name, f"{person.name_zh} only in the meeting's name {meeting_name}"


@reaches_assertion()
@settings(max_examples=80, deadline=None)
@given(meeting_reports(), st.booleans())
def test_the_people_of_a_report_are_found_each_in_their_role(report, traditional):
    brief = build_brief(load_text(to_traditional(report.text) if traditional else report.text))
    reached()
    assert {p.name_zh: p.role for p in brief.people} == report.roles
    assert all(p.titles_zh for p in brief.people), "every generated name comes with a title"
