"""The tables of the title grammar: levels, bodies, posts, government posts and groups,
each with its English (national offices: `national_titles.py`). Data only; `titles.py`
holds the grammar."""

from __future__ import annotations

from zhbrief.extract.national_titles import NATIONAL_BODIES

LEVELS: dict[str, tuple[str, str]] = {
    # zh: (adjective without a place name, noun after a place name)
    "自治区": ("Regional", "Autonomous Regional"),
    "自治州": ("Prefectural", "Autonomous Prefecture"),
    "自治县": ("County", "Autonomous County"),
    "省": ("Provincial", "Provincial"),
    "市": ("Municipal", "Municipal"),
    "州": ("Prefectural", "Prefectural"),
    "县": ("County", "County"),
    "区": ("District", "District"),
    "镇": ("Town", "Town"),
    "乡": ("Township", "Township"),
    "街道": ("Subdistrict", "Subdistrict"),
    "开发区": ("Development Zone", "Development Zone"),
    "高新区": ("High-tech Zone", "High-tech Zone"),
    "旗": ("Banner", "Banner"),
    "盟": ("League", "League"),
    "全国": ("National", "National"),
    "国家": ("National", "National"),
    "国务院": ("State Council", "State Council"),
}

# Bodies, `{L}` standing for the level's English.
BODIES: dict[str, str] = {
    "委": "{L} Party Committee",
    "党委": "{L} Party Committee",
    "委组织部": "Organization Department of the {L} Party Committee",
    "委宣传部": "Publicity Department of the {L} Party Committee",
    "委统战部": "United Front Work Department of the {L} Party Committee",
    "委政法委": "Political and Legal Affairs Commission of the {L} Party Committee",
    "委办公室": "General Office of the {L} Party Committee",
    "委政策研究室": "Policy Research Office of the {L} Party Committee",
    "委编办": "Institutional Organization Commission Office of the {L} Party Committee",
    "委党校": "{L} Party School",
    # Departments named without the level, after a title that gave it (市委常委、组织部部长).
    "组织部": "Organization Department of the {L} Party Committee",
    "宣传部": "Publicity Department of the {L} Party Committee",
    "统战部": "United Front Work Department of the {L} Party Committee",
    "政法委": "Political and Legal Affairs Commission of the {L} Party Committee",
    "党工委": "{L} Party Working Committee",
    "工委": "{L} Working Committee",
    "管委会": "{L} Administrative Committee",
    "政府": "{L} People's Government",
    "政府办公室": "General Office of the {L} People's Government",
    "人民政府": "{L} People's Government",
    "人大常委会": "Standing Committee of the {L} People's Congress",
    "人大": "{L} People's Congress",
    "政协": "{L} Committee of the CPPCC",
    "纪委监委": "{L} Commission for Discipline Inspection and Supervisory Commission",
    "纪委": "{L} Commission for Discipline Inspection",
    "监委": "{L} Supervisory Commission",
    "高级人民法院": "{L} Higher People's Court",
    "中级人民法院": "{L} Intermediate People's Court",
    "中院": "{L} Intermediate People's Court",
    "人民法院": "{L} People's Court",
    "法院": "{L} People's Court",
    "人民检察院": "{L} People's Procuratorate",
    "检察院": "{L} People's Procuratorate",
    "公安局": "{L} Public Security Bureau",
    "公安厅": "{L} Department of Public Security",
    "军分区": "{L} Military Sub-district",
    "军区": "{L} Military District",  # 省军区司令员: a province's military district
    "警备区": "{L} Garrison Command",
    "武警总队": "{L} Armed Police Corps",
    "武警支队": "{L} Armed Police Detachment",
    "人武部": "{L} People's Armed Forces Department",
    "民宗委": "{L} Ethnic and Religious Affairs Commission",
    "民族宗教事务委员会": "{L} Ethnic and Religious Affairs Commission",
    "民委": "{L} Ethnic Affairs Commission",
    "发展改革委": "{L} Development and Reform Commission",
    "发改委": "{L} Development and Reform Commission",
    "卫生健康委": "{L} Health Commission",
    "卫健委": "{L} Health Commission",
    "教育局": "{L} Education Bureau",
    "财政局": "{L} Finance Bureau",
    "民政局": "{L} Civil Affairs Bureau",
    "司法局": "{L} Justice Bureau",
    "审计局": "{L} Audit Bureau",
    "统计局": "{L} Statistics Bureau",
    "商务局": "{L} Commerce Bureau",
    "水利局": "{L} Water Resources Bureau",
    "林业局": "{L} Forestry Bureau",
    "信访局": "{L} Letters and Calls Bureau",
    "应急管理局": "{L} Emergency Management Bureau",
    "交通运输局": "{L} Transport Bureau",
    "自然资源局": "{L} Natural Resources Bureau",
    "生态环境局": "{L} Ecology and Environment Bureau",
    "农业农村局": "{L} Agriculture and Rural Affairs Bureau",
    "乡村振兴局": "{L} Rural Revitalization Bureau",
    "住房城乡建设局": "{L} Housing and Urban-Rural Development Bureau",
    "住建局": "{L} Housing and Urban-Rural Development Bureau",
    "人力资源社会保障局": "{L} Human Resources and Social Security Bureau",
    "人社局": "{L} Human Resources and Social Security Bureau",
    "市场监管局": "{L} Market Regulation Administration",
    "工业和信息化局": "{L} Industry and Information Technology Bureau",
    "工信局": "{L} Industry and Information Technology Bureau",
    "科技局": "{L} Science and Technology Bureau",
    "文化广电体育和旅游局": "{L} Culture, Radio, Television, Sports and Tourism Bureau",
    "文化和旅游局": "{L} Culture and Tourism Bureau",
    "退役军人事务局": "{L} Veterans Affairs Bureau",
    "总工会": "{L} Federation of Trade Unions",
    "妇联": "{L} Women's Federation",
    "工商联": "{L} Federation of Industry and Commerce",
    "科协": "{L} Association for Science and Technology",
    "文联": "{L} Federation of Literary and Art Circles",
    "残联": "{L} Disabled Persons' Federation",
    "团委": "{L} Committee of the Communist Youth League",
    "安委会": "{L} Work Safety Committee",
    "安全生产委员会": "{L} Work Safety Committee",
    **NATIONAL_BODIES,
}

# Posts held in a body.
POSTS: dict[str, str] = {
    "书记": "Secretary",
    "副书记": "Deputy Secretary",
    "常务副书记": "Executive Deputy Secretary",
    "常委": "Member of the Standing Committee",
    "委员": "Member",
    "党组书记": "Secretary of the Leading Party Members' Group",
    "党组副书记": "Deputy Secretary of the Leading Party Members' Group",
    "党组成员": "Member of the Leading Party Members' Group",
    "党委书记": "Party Secretary",
    "党工委书记": "Secretary of the Party Working Committee",
    "主任": "Director",
    "副主任": "Deputy Director",
    "第一副主任": "First Deputy Director",
    "第一副书记": "First Deputy Secretary",
    "常务副主任": "Executive Deputy Director",
    "主席": "Chairman",
    "副主席": "Vice Chairman",
    "院长": "President",
    "副院长": "Vice President",
    "检察长": "Chief Procurator",
    "副检察长": "Deputy Chief Procurator",
    "部长": "Head",
    "副部长": "Deputy Head",
    "常务副部长": "Executive Deputy Head",
    "秘书长": "Secretary-General",
    "副秘书长": "Deputy Secretary-General",
    "常务副秘书长": "Executive Deputy Secretary-General",
    "总经理": "General Manager",
    "副总经理": "Deputy General Manager",
    "局长": "Director",
    "副局长": "Deputy Director",
    "厅长": "Director",
    "副厅长": "Deputy Director",
    "司令员": "Commander",
    "政治委员": "Political Commissar",
    "政委": "Political Commissar",
    "校长": "President",
    "一级巡视员": "First-level Inspector",
    "二级巡视员": "Second-level Inspector",
    "巡视员": "Inspector",
    "调研员": "Researcher",
    "委员长": "Chairman",
    "副委员长": "Vice Chairman",
    # Members of a township Party committee by portfolio.
    "组织委员": "Organization Committee Member",
    "宣传委员": "Publicity Committee Member",
    "纪检委员": "Discipline Inspection Committee Member",
    "统战委员": "United Front Committee Member",
    "政法委员": "Political and Legal Affairs Committee Member",
    "武装部长": "Head of the People's Armed Forces Department",
    "组织部长": "Head of the Organization Department",
    "宣传部长": "Head of the Publicity Department",
    "统战部长": "Head of the United Front Work Department",
    "主任委员": "Chairman",
    "代表": "Deputy",
    "主委": "Chairman",
    "副主委": "Vice Chairman",
    "副主任委员": "Vice Chairman",
    "行长": "Governor",
    "副行长": "Deputy Governor",
    "署长": "Commissioner",
    "审计长": "Auditor General",
    "社长": "President",
    # Posts of a congress or CPPCC session, held without a body (大会主席团成员).
    "主席团常务主席": "Executive Chairman of the Presidium",
    "主席团常务主席召集人": "Convener of the Executive Chairmen of the Presidium",
    "召集人": "Convener",
    "大会主席团常务主席召集人": "Convener of the Executive Chairmen of the Presidium",
    "大会主席团常务主席": "Executive Chairman of the Presidium",
    "主席团成员": "Member of the Presidium",
    "大会主席团成员": "Member of the Presidium",
    "执行主席": "Executive Chairman",
    "大会执行主席": "Executive Chairman",
    "大会秘书长": "Secretary-General of the Session",
}

# Government posts that carry their level (市长 = mayor): English without and with a place.
GOVERNMENT_POSTS: dict[str, tuple[str, str]] = {}
for _zh, _en, _place in (
    ("省长", "Governor", "Governor of {P}"),
    ("市长", "Mayor", "Mayor of {P}"),
    ("州长", "Prefect", "Prefect of {P}"),
    ("县长", "County Magistrate", "Magistrate of {P} County"),
    ("区长", "District Mayor", "Mayor of {P} District"),
    ("镇长", "Town Mayor", "Mayor of {P} Town"),
    ("乡长", "Township Head", "Head of {P} Township"),
    ("旗长", "Banner Head", "Head of {P} Banner"),
    ("盟长", "League Head", "Head of {P} League"),
):
    _vice = "Vice" if _en in ("Governor", "Mayor") or _en.endswith("Mayor") else "Deputy"
    GOVERNMENT_POSTS[_zh] = (_en, _place)
    GOVERNMENT_POSTS["副" + _zh] = (f"{_vice} {_en}", f"{_vice} {_place}")
    GOVERNMENT_POSTS["常务副" + _zh] = (f"Executive {_vice} {_en}", f"Executive {_vice} {_place}")
    GOVERNMENT_POSTS["代" + _zh] = (f"Acting {_en}", f"Acting {_place}")
    GOVERNMENT_POSTS[_zh + "候选人"] = (f"{_en} Candidate", f"Candidate for {_place}")
    GOVERNMENT_POSTS[_zh + "人选"] = (f"{_en} Nominee", f"Nominee for {_place}")  # 镇长人选: before the vote
    GOVERNMENT_POSTS[_zh + "助理"] = (f"Assistant to the {_en}", f"Assistant to the {_place}")

# The chair of an autonomous region's government is 主席, not 长.
GOVERNMENT_POSTS.update(
    {
        "自治区主席": ("Chairman of the Autonomous Region", "Chairman of {P} Autonomous Region"),
        "自治区副主席": ("Vice Chairman of the Autonomous Region", "Vice Chairman of {P} Autonomous Region"),
        "自治区常务副主席": ("Executive Vice Chairman of the Autonomous Region", "Executive Vice Chairman of {P} Autonomous Region"),
    }
)

# `市领导A、B` labels a group; `在家市领导` (those not travelling) likewise.
GROUP_TITLES: dict[str, str] = {
    f"{prefix}{level}{suffix}": f"{LEVELS[level][0]} {english}"
    for level in ("省", "自治区", "市", "州", "县", "区", "镇", "乡", "旗", "盟", "街道")
    for prefix in ("", "在家")
    for suffix, english in (
        ("领导", "Leader"),
        ("级领导", "Leader"),
        ("四家班子领导", "Leader"),
        ("四大班子领导", "Leader"),
        ("四套班子领导", "Leader"),
        ("老领导", "Former Leader"),
        ("离退休老领导", "Retired Leader"),
        ("党政军领导", "Party, Government and Military Leader"),
        ("党政领导", "Party and Government Leader"),
    )
}
GROUP_TITLES.update(
    {
        "党和国家领导人": "Party and State Leader",
        "驻军领导": "Garrison Leader",
        "中央领导同志": "Central Leader",
        "老同志": "Veteran Official",
        "省级老同志": "Provincial-level Veteran Official",
        "市级老同志": "Municipal-level Veteran Official",
        "县级老同志": "County-level Veteran Official",
        # `正省级老同志`: veterans of full or deputy provincial rank
        "正省级老同志": "Veteran Official of Full Provincial Rank",
        "副省级老同志": "Veteran Official of Deputy Provincial Rank",
        "正部级老同志": "Veteran Official of Full Ministerial Rank",
        "副部级老同志": "Veteran Official of Deputy Ministerial Rank",
    }
)
# `驻苏部队领导`, `驻豫部队领导`: the commanders of the troops stationed in a province.
GROUP_TITLES.update({f"驻{short}部队领导": "Garrison Leader" for short in "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川黔贵滇云陕甘青蒙桂藏宁新港澳"})
# `旗政协领导`, `市人大常委会领导`: the leaders of one body.
GROUP_TITLES.update(
    {
        f"{level}{body}领导": f"Leader of the {english.replace('{L}', LEVELS[level][0])}"
        for level in ("省", "自治区", "市", "州", "县", "区", "旗", "盟", "镇", "乡")
        for body, english in (
            ("人大常委会", BODIES["人大常委会"]),
            ("人大", BODIES["人大"]),
            ("政协", BODIES["政协"]),
            ("政府", BODIES["政府"]),
            ("委", BODIES["委"]),
        )
    }
)
