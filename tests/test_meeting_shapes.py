"""Meetings as real reports name them: national bodies without a 《》 name, sessions of
congresses and CPPCC committees down to townships, and their English composed without a
model (texts written for the project in the shapes real reports take)."""

import pytest
from test_people_shapes import SCRIPTS

from zhbrief.english.meetings import meeting_english
from zhbrief.english.terms import term_english
from zhbrief.extract.event import extract_event
from zhbrief.load import load_text
from zhbrief.pipeline import build_brief

NAMED_IN_TEXT = {
    "新华社北京4月28日电 中共中央政治局4月28日召开会议，分析研究当前经济形势和经济工作。中共中央总书记周建国主持会议。": (
        "中共中央政治局会议",
        "Meeting of the Political Bureau of the CPC Central Committee",
    ),
    "新华社北京10月27日电 中共中央政治局10月27日下午就推进乡村全面振兴进行第三次集体学习。周建国在主持学习时强调，要抓好落实。": (
        "中共中央政治局第三次集体学习",
        "3rd Group Study Session of the Political Bureau of the CPC Central Committee",
    ),
    "国务院总理李明华3月15日主持召开国务院常务会议，研究稳就业政策。": (
        "国务院常务会议",
        "Executive Meeting of the State Council",
    ),
    "十四届全国人大常委会第十二次委员长会议6月20日在北京人民大会堂举行。赵明德委员长主持会议。": (
        "十四届全国人大常委会第十二次委员长会议",
        "12th Meeting of the Council of Chairpersons of the Standing Committee of the 14th National People's Congress",
    ),
    "全国政协第二十次主席会议5月18日在京召开。全国政协主席王明远主持会议。": (
        "全国政协第二十次主席会议",
        "20th Chairpersons' Meeting of the National Committee of the CPPCC",
    ),
    "4月18日，新开地乡第十五届人民代表大会第六次会议胜利召开。乡党委书记孟祥明主持会议。": (
        "新开地乡第十五届人民代表大会第六次会议",
        "6th Session of the 15th Xinkaidi Township People's Congress",
    ),
    "中国人民政治协商会议青川县第七届委员会第三次会议圆满完成各项议程，于4月16日下午胜利闭幕。": (
        "中国人民政治协商会议青川县第七届委员会第三次会议",
        "3rd Session of the 7th Qingchuan County Committee of the CPPCC",
    ),
    "8月18日，为期两天的全省经济工作会议在省城召开。省委书记林振华讲话。": (
        "全省经济工作会议",
        "Provincial Economic Work Conference",
    ),
}


@pytest.mark.parametrize("script", sorted(SCRIPTS))
@pytest.mark.parametrize("text", sorted(NAMED_IN_TEXT))
def test_meeting_named_and_composed(text, script):
    event = build_brief(load_text(SCRIPTS[script](text))).event
    title_zh, title_en = NAMED_IN_TEXT[text]
    assert (event.title_zh, event.title_en) == (title_zh, title_en)
    assert event.kind_en


def test_a_name_never_starts_with_debris():
    assert extract_event(["7月9日，他出席了在京召开的第七次中央深改组会议。"]).title_zh != "的第七次中央深改组会议"
    assert extract_event(["中评社北京3月11日电（记者 卢哲）全国政协十四届四次会议圆满完成各项议程。"]).title_zh == (
        "全国政协十四届四次会议"
    )
    assert extract_event(["“两整两提”专项攻坚行动动员大会召开。"]).title_zh == "“两整两提”专项攻坚行动动员大会"


COMPOSED = {
    "中国人民政治协商会议青川县第七届委员会第三次会议": "3rd Session of the 7th Qingchuan County Committee of the CPPCC",
    "青山镇第二届人民代表大会第六次会议": "6th Session of the 2nd Qingshan Town People's Congress",
    "全市2026年重点项目汇报会": "2026 Municipal Key Projects Briefing",
    "市一季度安全生产工作会议": "Municipal First-Quarter Work Safety Conference",
    "深化开展“四个年”主题活动动员会": "Mobilization Meeting on Deepening “Sigenian” Themed Activities",
    "市政府市政协联席会议": "Joint Meeting of the Municipal People's Government and the Municipal Committee of the CPPCC",
    "市长碰头会": "Mayor's Coordination Meeting",
    "县长办公会议": "County Magistrate's Office Meeting",
    "全县防汛工作会商会": "County Flood Control Joint Consultation Meeting",
    "全市项目建设调度会": "Municipal Project Construction Scheduling Meeting",
    "全区招商引资对接会": "District Matchmaking Meeting on Attracting Investment",
    "全县安全生产情况通报会": "County Work Safety Briefing",
    "全国春季农业生产暨森林草原防火工作会议": (
        "National Work Conference on Spring Farming and Forest and Grassland Fire Prevention"
    ),
    "中央经济工作会议": "Central Economic Work Conference",
    "第四次廉政工作会议": "4th Clean Governance Work Conference",
    "2019年脱贫攻坚誓师大会": "2019 Battle Against Poverty Pledge Rally",
    "乡村振兴工作专题会议": "Rural Revitalization Special Meeting",
    "2023年度农村工作会议": "2023 Rural Work Conference",
    "市十七届人民政府第21次常务会": "21st Executive Meeting of the 17th Municipal People's Government",
    "全市农村工作暨扶贫开发工作会议": "Municipal Rural Work and Poverty Alleviation through Development Conference",
}


@pytest.mark.parametrize("name", sorted(COMPOSED))
def test_english_composed_from_the_parts(name):
    assert meeting_english(name, term_english).title_en == COMPOSED[name]


def test_an_unknown_part_gives_the_kind_only():
    english = meeting_english("全区某某某某工作推进会", term_english)
    assert english.title_en is None
    assert english.kind_en == "district work promotion meeting"
