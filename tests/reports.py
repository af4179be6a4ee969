"""Report texts written for the tests, in the shapes of real meeting reports (names invented)."""

COUNTY = """县委副书记、县长王立军县人大常委会主任李文华县政协主席陈志刚出席
本报讯（记者 张晓燕 通讯员 刘一鸣）3月5日，县委、县政府召开全县乡村振兴工作推进会，总结2023年工作，部署2024年重点任务。县委书记欧阳明辉出席会议并讲话，县委副书记、县长王立军主持会议。县人大常委会主任李文华，县政协主席陈志刚，县委常委、组织部部长单丽萍，副县长覃海燕、区志强等在家县领导出席会议。
欧阳明辉强调，一是要压实责任，确保各项任务落到实处；二是要突出重点，加快补齐短板；三是要强化保障，营造良好氛围。
王立军要求，各乡镇各部门必须把思想统一到县委的决策部署上来。
会上，县农业农村局局长解红军作工作报告，大兴镇党委书记查俊峰作表态发言，县财政局局长仇志勇作交流发言。
会议以视频会议形式召开，各乡镇设分会场。
责任编辑：周小红
"""

COUNTY_PEOPLE = {
    "欧阳明辉": (["县委书记"], "spoke", None, "Ouyang Minghui"),
    "王立军": (["县委副书记", "县长"], "presided", None, "Wang Lijun"),
    "李文华": (["县人大常委会主任"], "attended", None, "Li Wenhua"),
    "陈志刚": (["县政协主席"], "attended", None, "Chen Zhigang"),
    "单丽萍": (["县委常委", "组织部部长"], "attended", None, "Shan Liping"),
    "覃海燕": (["副县长"], "attended", None, "Qin Haiyan"),
    "区志强": (["副县长"], "attended", None, "Ou Zhiqiang"),
    "解红军": (["县农业农村局局长"], "spoke", None, "Xie Hongjun"),
    "查俊峰": (["大兴镇党委书记"], "spoke", None, "Zha Junfeng"),
    "仇志勇": (["县财政局局长"], "spoke", None, "Qiu Zhiyong"),
}

REGION = """6月12日，全区安全生产电视电话会议在南宁召开。会议深入学习贯彻习近平总书记关于安全生产的重要论述。自治区党委书记吴建华作出批示。自治区主席蓝天明出席会议并讲话。会议由自治区副主席韦国平主持。自治区政府秘书长黎志远通报了全区安全生产形势。
蓝天明指出，要坚决扛起安全生产政治责任，必须守住不发生重特大事故的底线。
各市、县（市、区）设分会场。
"""

REGION_PEOPLE = {
    "蓝天明": (["自治区主席"], "spoke", None, "Lan Tianming"),
    "韦国平": (["自治区副主席"], "presided", None, "Wei Guoping"),
    "黎志远": (["自治区政府秘书长"], "attended", None, "Li Zhiyuan"),
}

DISTRICT = """4月20日下午，万秀区召开2024年区委理论学习中心组学习会。区委书记梁建国主持会议并讲话。区领导甘永福、莫晓东、苏丽等参加会议。区人大常委会主任黄伟在城东镇分会场参会。
梁建国强调，要把学习成果转化为推动工作的实际行动。
"""

DISTRICT_PEOPLE = {
    "梁建国": (["区委书记"], "presided", None, "Liang Jianguo"),
    "甘永福": (["区领导"], "attended", None, "Gan Yongfu"),
    "莫晓东": (["区领导"], "attended", None, "Mo Xiaodong"),
    "苏丽": (["区领导"], "attended", None, "Su Li"),
    "黄伟": (["区人大常委会主任"], "attended", "城东镇分会场", "Huang Wei"),
}

PREFECTURE = """州委书记阿不都·热合曼同志出席会议并讲话。州长买买提·艾力主持会议。州领导曾凡强、诸葛亮平、翟立、缪青出席会议。
阿不都·热合曼强调，各县市要切实担负起主体责任。
记者 马小军 摄
"""

PREFECTURE_PEOPLE = {
    "阿不都·热合曼": (["州委书记"], "spoke", None, "Abudu Reheman"),
    "买买提·艾力": (["州长"], "presided", None, "Maimaiti Aili"),
    "曾凡强": (["州领导"], "attended", None, "Zeng Fanqiang"),
    "诸葛亮平": (["州领导"], "attended", None, "Zhuge Liangping"),
    "翟立": (["州领导"], "attended", None, "Zhai Li"),
    "缪青": (["州领导"], "attended", None, "Miao Qing"),
}

GLUED = """市委书记李明华市长赵卫东市人大常委会主任孙海涛出席全市经济工作会议
12月28日，全市经济工作会议召开。市委书记李明华出席会议并讲话，会议由市委副书记、市长赵卫东主持。
李明华指出，要坚持稳中求进工作总基调。
市领导孙海涛周建平吴晓明郑丽华出席会议。
"""

GLUED_PEOPLE = {
    "李明华": (["市委书记"], "spoke", None, "Li Minghua"),
    "赵卫东": (["市长", "市委副书记"], "presided", None, "Zhao Weidong"),
    "孙海涛": (["市人大常委会主任", "市领导"], "attended", None, "Sun Haitao"),
    "周建平": (["市领导"], "attended", None, "Zhou Jianping"),
    "吴晓明": (["市领导"], "attended", None, "Wu Xiaoming"),
    "郑丽华": (["市领导"], "attended", None, "Zheng Lihua"),
}

REPORTS = {
    "county": (COUNTY, COUNTY_PEOPLE),
    "region": (REGION, REGION_PEOPLE),
    "district": (DISTRICT, DISTRICT_PEOPLE),
    "prefecture": (PREFECTURE, PREFECTURE_PEOPLE),
    "glued": (GLUED, GLUED_PEOPLE),
}
