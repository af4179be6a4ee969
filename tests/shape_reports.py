"""Report texts written for the tests in the shapes real reports take, from township to the
State Council (names invented). Each entry: text, {name: (titles, role)}."""

SHARED_TITLE_THEN_ANOTHER = (
    "省政协主席方志远主持会议。省政协副主席甲明华、乙文军、丙海涛、丁丽萍以及秘书长戊建国出席会议。",
    {
        "方志远": (["省政协主席"], "presided"),
        "甲明华": (["省政协副主席"], "attended"),
        "乙文军": (["省政协副主席"], "attended"),
        "丙海涛": (["省政协副主席"], "attended"),
        "丁丽萍": (["省政协副主席"], "attended"),
        "戊建国": (["秘书长"], "attended"),
    },
)

DEPUTIES_COMMA_SECRETARY = (
    "市人大常委会主任周德明主持会议。副主任钱晓东、孙立平、李红梅，秘书长吴志刚参加会议。",
    {
        "周德明": (["市人大常委会主任"], "presided"),
        "钱晓东": (["副主任"], "attended"),
        "孙立平": (["副主任"], "attended"),
        "李红梅": (["副主任"], "attended"),
        "吴志刚": (["秘书长"], "attended"),
    },
)

_BANNER_LEADERS = "白立新 高志强 韩凤林 程鹏飞 吴青山 孙茹梅 张寒冰 额尔敦夫 李应席 刘国柱 陈万喜 朱同德 倪建华 武乐天 鲁武军 史清华 汪聚才 魏俊峰 陈振国 赵三喜 宝音满都呼 马聪明".split()
LONG_LIST_WITH_ODD_NAMES = (
    "3月9日，旗委召开全旗经济工作会议。旗委书记包海龙出席会议并讲话。旗领导" + "、".join(_BANNER_LEADERS) + "出席会议。",
    {"包海龙": (["旗委书记"], "spoke"), **{name: (["旗领导"], "attended") for name in _BANNER_LEADERS}},
)

ROSTRUM = (
    "县政协十届三次会议开幕。县委书记牛志刚，县委副书记、县长孙奇伟，县人大常委会主任朱永和在主席台前排就座。"
    "县领导王亚军、施平安、李尧天等在主席台就座，主席团成员在主席台就坐。大会由县政协副主席吴标杰主持。",
    {
        "牛志刚": (["县委书记"], "attended"),
        "孙奇伟": (["县委副书记", "县长"], "attended"),
        "朱永和": (["县人大常委会主任"], "attended"),
        "王亚军": (["县领导"], "attended"),
        "施平安": (["县领导"], "attended"),
        "李尧天": (["县领导"], "attended"),
        "吴标杰": (["县政协副主席"], "presided"),
    },
)

PLACE_AND_TIME_BEFORE_THE_VERB = (
    "3月2日上午，区长梁志华在区政府一楼会议室主持召开区政府第16次常务会议。"
    "区人大常委会主任韦建国3月3日在区人大常委会会议室主持召开主任会议。"
    "副区长黄丽、陈海在会上作了发言。",
    {
        "梁志华": (["区长"], "presided"),
        "韦建国": (["区人大常委会主任"], "presided"),
        "黄丽": (["副区长"], "spoke"),
        "陈海": (["副区长"], "spoke"),
    },
)

SPACES_AND_GLUED_NAMES = (
    "市委常委会召开扩大会议\n王忠明主持并讲话 孙述林殷鲁青雷建边祥云出席\n"
    "1月26日下午，市委常委会召开扩大会议。市委书记王忠明主持会议并讲话。",
    {
        "王忠明": (["市委书记"], "presided"),
        "孙述林": ([], "attended"),
        "殷鲁青": ([], "attended"),
        "雷建": ([], "attended"),
        "边祥云": ([], "attended"),
    },
)

DEBRIS_BEFORE_THE_FIRST_TITLE = (
    "4月20日，州人大常委会召开主任会议。\n/ O. _* A- v$ u州人大常委会主任甘德明主持会议。州人大常委会副主任杨光、马文出席会议。",
    {
        "甘德明": (["州人大常委会主任"], "presided"),
        "杨光": (["州人大常委会副主任"], "attended"),
        "马文": (["州人大常委会副主任"], "attended"),
    },
)

TAILS = (
    "区委副书记、区长尤宇明主持会议并讲话，区人大常委会主任周俊华、区政协主席叶山等区四套班子领导，"
    "各乡镇主要负责同志参加会议。县领导杜光明、叶青松、胡献华及全体主席团成员参加会议。",
    {
        "尤宇明": (["区委副书记", "区长"], "presided"),
        "周俊华": (["区人大常委会主任"], "attended"),
        "叶山": (["区政协主席"], "attended"),
        "杜光明": (["县领导"], "attended"),
        "叶青松": (["县领导"], "attended"),
        "胡献华": (["县领导"], "attended"),
    },
)

SEVERAL_SPEAKERS = (
    "8月23日，板桥镇召开换届选举工作动员部署会。会上，镇党委副书记王昌明对换届工作做了详细安排部署；"
    "纪委书记张环宇传达了换届纪律要求；最后，镇党委书记陈守正讲话并提出具体要求，镇长茆龙江进行大会总结。",
    {
        "王昌明": (["镇党委副书记"], "attended"),
        "张环宇": (["纪委书记"], "attended"),
        "陈守正": (["镇党委书记"], "spoke"),
        "茆龙江": (["镇长"], "attended"),
    },
)

MINORITY_AND_RARE_SURNAMES = (
    "自治区政协主席格桑顿珠主持会议。自治区政协副主席帕巴拉·格列朗杰、德哇仓、喇敏杰、蔚振华、禹海、回建军出席会议。",
    {
        "格桑顿珠": (["自治区政协主席"], "presided"),
        "帕巴拉·格列朗杰": (["自治区政协副主席"], "attended"),
        "德哇仓": (["自治区政协副主席"], "attended"),
        "喇敏杰": (["自治区政协副主席"], "attended"),
        "蔚振华": (["自治区政协副主席"], "attended"),
        "禹海": (["自治区政协副主席"], "attended"),
        "回建军": (["自治区政协副主席"], "attended"),
    },
)

STATE_COUNCIL = (
    "新华社北京3月15日电 国务院总理李明华3月15日主持召开国务院常务会议，研究推动经济持续回升向好的政策措施。"
    "会议指出，要加大宏观政策实施力度。"
    "国务院副总理丁文远、张国林、刘国平，国务委员王小军、吴正隆、谌贻芳出席会议。",
    {
        "李明华": (["国务院总理"], "presided"),
        "丁文远": (["国务院副总理"], "attended"),
        "张国林": (["国务院副总理"], "attended"),
        "刘国平": (["国务院副总理"], "attended"),
        "王小军": (["国务委员"], "attended"),
        "吴正隆": (["国务委员"], "attended"),
        "谌贻芳": (["国务委员"], "attended"),
    },
)

POLITBURO = (
    "新华社北京4月28日电 中共中央政治局4月28日召开会议，分析研究当前经济形势和经济工作。"
    "中共中央总书记、国家主席、中央军委主席周建国主持会议并发表重要讲话。"
    "中共中央政治局常委钱文华、孙立新出席会议。"
    "会议强调，要坚持稳中求进工作总基调。",
    {
        "周建国": (["中共中央总书记", "国家主席", "中央军委主席"], "presided"),
        "钱文华": (["中共中央政治局常委"], "attended"),
        "孙立新": (["中共中央政治局常委"], "attended"),
    },
)

NPC_STANDING_COMMITTEE = (
    "十四届全国人大常委会第五次会议6月26日在北京人民大会堂举行第一次全体会议。赵明德委员长主持会议。"
    "全国人大常委会副委员长李鸿、王东明、肖捷华、郑建国出席会议。"
    "国务院副总理张宏，最高人民法院院长张俊，最高人民检察院检察长应勇刚列席会议。",
    {
        "赵明德": (["委员长"], "presided"),
        "李鸿": (["全国人大常委会副委员长"], "attended"),
        "王东明": (["全国人大常委会副委员长"], "attended"),
        "肖捷华": (["全国人大常委会副委员长"], "attended"),
        "郑建国": (["全国人大常委会副委员长"], "attended"),
        "张宏": (["国务院副总理"], "attended"),
        "张俊": (["最高人民法院院长"], "attended"),
        "应勇刚": (["最高人民检察院检察长"], "attended"),
    },
)

CPPCC_AND_DELEGATION = (
    "全国政协主席王明远出席会议。全国政协副主席石泰和主持会议。全国政协副主席李斌华、陈晓明出席会议。"
    "中共中央政治局常委、全国人大常委会委员长赵明德5日来到他所在的内蒙古代表团，与代表们一起审议政府工作报告。",
    {
        "王明远": (["全国政协主席"], "attended"),
        "石泰和": (["全国政协副主席"], "presided"),
        "李斌华": (["全国政协副主席"], "attended"),
        "陈晓明": (["全国政协副主席"], "attended"),
        "赵明德": (["中共中央政治局常委", "全国人大常委会委员长"], "attended"),
    },
)

REPORTS_AND_LECTURES = (
    "会议听取了省政协秘书长郑文通关于常委会工作报告起草情况的说明，省政协提案委员会主任傅明杰关于提案工作的说明。"
    "市委副书记严明作农业农村工作报告。"
    "学习会上，全国人大代表、市社会科学院党委书记权伟以“学习全会精神”为主题，从会议概况、代表团审议情况等方面作了深入解读。"
    "区领导谈上伟、杭春芳围绕主题作研讨交流。"
    "省人大常委会副主任甘道明、郭永祥，秘书长袁本朴和委员共68人出席会议。省级老同志孟富林等参加会议。"
    "市政协主席赵树国，市人大常委会党组书记、第一副主任陈民，市政府副市长、市委特邀咨询、市公安局局长及市直有关部门负责人列席会议。",
    {
        "郑文通": (["省政协秘书长"], "spoke"),
        "傅明杰": (["省政协提案委员会主任"], "spoke"),
        "严明": (["市委副书记"], "spoke"),
        "权伟": (["全国人大代表", "市社会科学院党委书记"], "attended"),
        "谈上伟": (["区领导"], "attended"),
        "杭春芳": (["区领导"], "attended"),
        "甘道明": (["省人大常委会副主任"], "attended"),
        "郭永祥": (["省人大常委会副主任"], "attended"),
        "袁本朴": (["秘书长"], "attended"),
        "孟富林": (["省级老同志"], "attended"),
        "赵树国": (["市政协主席"], "attended"),
        "陈民": (["市人大常委会党组书记", "第一副主任"], "attended"),
    },
)


# Congress, CPPCC and standing-committee sessions: report givers speak.
REPORT_GIVERS = (
    "3月5日上午，青山镇第三届人民代表大会第五次会议在镇政府会议室召开。镇党委书记何建国出席会议并讲话。"
    "会议听取并审议了镇长周文涛同志代表镇人民政府所作的《政府工作报告》、人大主席吴海平同志代表镇人大主席团所作的"
    "《人大主席团工作报告》，听取了副镇长郑晓东和钱立新两位同志所作的述职报告。",
    {
        "何建国": (["镇党委书记"], "spoke"),
        "周文涛": (["镇长"], "spoke"),
        "吴海平": (["人大主席"], "spoke"),
        "郑晓东": (["副镇长"], "spoke"),
        "钱立新": (["副镇长"], "spoke"),
    },
)

EXPLANATIONS = (
    "6月18日，省十四届人大常委会第九次会议在省人民会堂开幕。省人大常委会主任林振华主持会议。"
    "会议听取了省发改委主任丁宏伟作的关于《某省促进就业条例（草案）》的说明，"
    "听取了省人大常委会副主任宋立华作的关于2025年省级预算执行情况初步审查的报告。孟凡林作关于人事安排的说明。"
    "省人大常委会副主任宋立华、韩文斌、褚国强，秘书长付学方出席会议。"
    "副省长夏立民，省监委主任郑宏远，省高级人民法院院长冯建设列席会议。",
    {
        "林振华": (["省人大常委会主任"], "presided"),
        "丁宏伟": (["省发改委主任"], "spoke"),
        "宋立华": (["省人大常委会副主任"], "spoke"),
        "孟凡林": ([], "spoke"),
        "韩文斌": (["省人大常委会副主任"], "attended"),
        "褚国强": (["省人大常委会副主任"], "attended"),
        "付学方": (["秘书长"], "attended"),
        "夏立民": (["副省长"], "attended"),
        "郑宏远": (["省监委主任"], "attended"),
        "冯建设": (["省高级人民法院院长"], "attended"),
    },
)

# Speakers in turn all speak, with the group's title; units that speak are not people.
SPEAKERS_IN_TURN = (
    "1月20日，政协青川县第九届委员会第三次会议举行第二次全体会议。县政协主席王立平主持会议。"
    "赵明远、钱国栋、孙丽华等10名政协委员围绕乡村振兴、营商环境作了大会发言。"
    "交运、住建、经贸、水利、文旅等单位作了发言。县委书记陈光明在听取发言后讲话。"
    "县领导付建方、夏和民、韩正清出席会议。相关部门负责同志应邀列席会议。",
    {
        "王立平": (["县政协主席"], "presided"),
        "赵明远": (["政协委员"], "spoke"),
        "钱国栋": (["政协委员"], "spoke"),
        "孙丽华": (["政协委员"], "spoke"),
        "陈光明": (["县委书记"], "spoke"),
        "付建方": (["县领导"], "attended"),
        "夏和民": (["县领导"], "attended"),
        "韩正清": (["县领导"], "attended"),
    },
)

# Captions between picture file names; a file name is never a person.
CAPTIONS = (
    "青山镇第三届人民代表大会第五次会议\n微信图片_20260305153306.jpg\n人大主席吴海平所作《人大主席团工作报告》\n"
    "周文涛.jpg\n镇长周文涛作政府工作报告\n李明.png\n主任科员郑孝文作《青山镇总体规划》报告",
    {
        "吴海平": (["人大主席"], "spoke"),
        "周文涛": (["镇长"], "spoke"),
        "郑孝文": (["主任科员"], "spoke"),
    },
)

# The meeting's own name holds no one; a verb never sticks to a name; titles as written.
NAMES_AND_TITLES_AS_WRITTEN = (
    "3月2日，全区招商引资信息通报工作会议召开。区委副书记、区长孟浩然主持会议，区委书记梁正清出席并讲话。"
    "孟浩然作关于全区招商引资工作情况的通报。正省级老同志钱国平，十三届全国人大财政经济委员会副主任委员陈思远出席会议。"
    "区委常委兼统战部部长郑海涛参加会议。该镇党委书记吕文华列席会议。",
    {
        "孟浩然": (["区委副书记", "区长"], "presided"),
        "梁正清": (["区委书记"], "spoke"),
        "钱国平": (["正省级老同志"], "attended"),
        "陈思远": (["十三届全国人大财政经济委员会副主任委员"], "attended"),
        "郑海涛": (["区委常委", "统战部部长"], "attended"),
        "吕文华": (["党委书记"], "attended"),
    },
)

# A list that ends in groups and units still gives its people.
LIST_ENDING_IN_UNITS = (
    "市领导陈生华、林传金、林泓及市人民法院、市人民检察院等相关领导，各镇人大主席、街道联系人大工作的党工委副书记列席会议。"
    "副市长章月明、李昌华，市中级人民法院院长周庆林，市监察委员会、市中级人民法院有关负责人列席会议。",
    {
        "陈生华": (["市领导"], "attended"),
        "林传金": (["市领导"], "attended"),
        "林泓": (["市领导"], "attended"),
        "章月明": (["副市长"], "attended"),
        "李昌华": (["副市长"], "attended"),
        "周庆林": (["市中级人民法院院长"], "attended"),
    },
)

# A list under the post its members hold; minority names without a dot; a lecture given.
LABELLED_AND_MINORITY = (
    "1月5日，县第十八届人民代表大会第三次会议开幕，来自全县各战线、各行业的180名代表和30余名列席代表出席会议。"
    "本次大会执行主席是：刘洪明、唐立新、何健文。"
    "县委常委、县纪委书记、索南旦正，县委常委、常务副县长丹正昂杰，县法院院长郭永明列席会议。"
    "听取和审议县人大常委会主任尹长林作的《县人大常委会工作报告》。"
    "全国人大常委会委员、民族委员会副主任委员王万宾应邀作专题讲座。",
    {
        "刘洪明": (["大会执行主席"], "attended"),
        "唐立新": (["大会执行主席"], "attended"),
        "何健文": (["大会执行主席"], "attended"),
        "索南旦正": ([], "attended"),
        "丹正昂杰": (["县委常委", "常务副县长"], "attended"),
        "郭永明": (["县法院院长"], "attended"),
        "尹长林": (["县人大常委会主任"], "spoke"),
        "王万宾": (["全国人大常委会委员", "民族委员会副主任委员"], "spoke"),
    },
)

# Speaking in other words (谈了看法, 提了建议, 作宣讲报告, 作了补充点评); a post is no name;
# a pronoun's objects are not participants; a crawler's bullet is a name's middle dot.
OTHER_WORDS_FOR_SPEAKING = (
    "民盟中央主席丁文礼就加强环境治理谈了看法。民革中央主席万明湘就减轻学生负担提了建议。"
    "中央宣讲团成员、中央办公厅分管日常工作的副主任孟祥东作宣讲报告。余建华书记作了补充点评。"
    "严建国董事长参加座谈会并做发言。同时，他对不再担任省政协领导的孔玉华、王训明等同志表示崇高的敬意。"
    "自治区政协副主席司马义•铁力瓦尔江出席会议。",
    {
        "丁文礼": (["民盟中央主席"], "spoke"),
        "万明湘": (["民革中央主席"], "spoke"),
        "孟祥东": (["中央宣讲团成员", "中央办公厅分管日常工作的副主任"], "spoke"),
        "余建华": (["书记"], "spoke"),
        "严建国": (["董事长"], "spoke"),
        "司马义·铁力瓦尔江": (["自治区政协副主席"], "attended"),
    },
)

# Lists across `；`, under `由…担任`, `8名委员` without `等`, groups described by a verb, a
# topic full of verbs before the speaking verb, a date word between a name and its verb.
LISTS_ACROSS_CLAUSES = (
    "大会执行主席由向明东、隆文波、周华荣担任。"
    "县领导秦立明、谭精华以及县人大常委会正副主任，县政府副县长；县人武部、县人民法院担任副处以上实职的领导等在主席台就座。"
    "会上，杨红英、吴斌新、马春华3名委员围绕铸牢中华民族共同体意识、拓宽就业渠道作大会发言。"
    "县委书记杨明中、县政协主席施立昌，受表彰的先进个人及教体局全体干部职工共240余人参加了会议。"
    "国务院副总理李明强近日主持召开国务院食品安全委员会全体会议并讲话。",
    {
        "向明东": (["大会执行主席"], "attended"),
        "隆文波": (["大会执行主席"], "attended"),
        "周华荣": (["大会执行主席"], "attended"),
        "秦立明": (["县领导"], "attended"),
        "谭精华": (["县领导"], "attended"),
        "杨红英": (["委员"], "spoke"),
        "吴斌新": (["委员"], "spoke"),
        "马春华": (["委员"], "spoke"),
        "杨明中": (["县委书记"], "attended"),
        "施立昌": (["县政协主席"], "attended"),
        "李明强": (["国务院副总理"], "presided"),
    },
)

# A provincial congress closing: executive chairs named before their post, a rostrum of
# group titles (garrison, military district, veterans); 也 inside a name, 让 ending one.
PROVINCIAL_SESSION_ROSTRUM = (
    "1月20日，某省第十四届人民代表大会第三次会议闭幕。省委书记、省人大常委会主任严正东主持会议并讲话。"
    "大会由主席团常务主席严正东、韦立新、葛也平、骆克让担任执行主席。"
    "在主席台就座的有：省委副书记、省长焦明远，省领导潘海云、邵文杰，驻豫部队领导方卫国、易少，"
    "省军区司令员聂振华，老同志温向阳、席德海，省人大常委会秘书长鲍宏伟等。全场以热烈的掌声表示祝贺。",
    {
        "严正东": (["省委书记", "省人大常委会主任", "主席团常务主席"], "presided"),
        "韦立新": (["主席团常务主席"], "attended"),
        "葛也平": (["主席团常务主席"], "attended"),
        "骆克让": (["主席团常务主席"], "attended"),
        "焦明远": (["省委副书记", "省长"], "attended"),
        "潘海云": (["省领导"], "attended"),
        "邵文杰": (["省领导"], "attended"),
        "方卫国": (["驻豫部队领导"], "attended"),
        "易少": (["驻豫部队领导"], "attended"),
        "聂振华": (["省军区司令员"], "attended"),
        "温向阳": (["老同志"], "attended"),
        "席德海": (["老同志"], "attended"),
        "鲍宏伟": (["省人大常委会秘书长"], "attended"),
    },
)

# A CPPCC session: chairs named without a colon, the standing committee's report given on
# its behalf after a comma, an adverb after a name (`还主持`).
CPPCC_REPORT_ON_BEHALF = (
    "3月5日，某市政协十五届四次会议开幕。开幕会的执行主席是市政协主席蔡文良和市政协副主席喻国华。"
    "市政协主席蔡文良代表政协第十五届某市委员会常务委员会，向大会报告工作。市政协副主席喻国华还主持了大会。",
    {"蔡文良": (["市政协主席"], "spoke"), "喻国华": (["市政协副主席"], "presided")},
)

# A township congress: an opening address, a nominee (`镇长人选`) giving the work report,
# and the leadership group (`领导班子`) that is nobody's name.
TOWNSHIP_NOMINEES = (
    "镇第十八届人民代表大会第一次会议召开。县政协副主席梅立群作开幕致辞。"
    "大会听取和审议了镇党委副书记、镇长人选柯玉兰作的《政府工作报告》。镇三套领导班子、全镇人大代表参加会议。",
    {"梅立群": (["县政协副主席"], "spoke"), "柯玉兰": (["镇党委副书记", "镇长人选"], "spoke")},
)

# A provincial CPPCC opening: a rostrum under group titles of the Party, government and
# army, the armed police, and former holders written with their term first.
PROVINCIAL_CPPCC_ROSTRUM = (
    "1月19日，政协某省第十二届委员会第二次会议开幕。省政协副主席罗文涛主持会议。"
    "省党政军领导林海生、钱卫东，省武警总队司令员冯国栋、政委梁家宝，十一届省政协副主席包明远、熊少华出席会议。"
    "会议要求，要积极组织社区党员、热心居民参与建设。",
    {
        "罗文涛": (["省政协副主席"], "presided"),
        "林海生": (["省党政军领导"], "attended"),
        "钱卫东": (["省党政军领导"], "attended"),
        "冯国栋": (["省武警总队司令员"], "attended"),
        "梁家宝": (["政委"], "attended"),
        "包明远": (["十一届省政协副主席"], "attended"),
        "熊少华": (["十一届省政协副主席"], "attended"),
    },
)

# A township's year-start meeting: a given name ending in 会 alone after its title, the
# head of the town reviewing the year (a report), a portfolio title (政法委员).
TOWNSHIP_YEAR_REVIEW = (
    "2月27日，镇政府召开年度经济工作会，会议由党委副书记邱建会同志主持，首先镇长严翔飞同志回顾总结了去年的工作。"
    "镇党委副书记、政法委员温立新出席会议。",
    {
        "邱建会": (["党委副书记"], "presided"),
        "严翔飞": (["镇长"], "spoke"),
        "温立新": (["镇党委副书记", "政法委员"], "attended"),
    },
)

# A national gathering: the leaders listed under a group title, joined by others.
NATIONAL_GATHERING = (
    "党和国家领导人严正华、焦明宇、潘海东等同各民主党派中央负责人欢聚一堂，喜迎新年。",
    {name: (["党和国家领导人"], "attended") for name in ("严正华", "焦明宇", "潘海东")},
)

SHAPES = {
    "reports and lectures": REPORTS_AND_LECTURES,
    "shared title then another": SHARED_TITLE_THEN_ANOTHER,
    "deputies, comma, secretary": DEPUTIES_COMMA_SECRETARY,
    "long list with odd names": LONG_LIST_WITH_ODD_NAMES,
    "rostrum seats": ROSTRUM,
    "place and time before the verb": PLACE_AND_TIME_BEFORE_THE_VERB,
    "spaces and glued names": SPACES_AND_GLUED_NAMES,
    "debris before the first title": DEBRIS_BEFORE_THE_FIRST_TITLE,
    "tails": TAILS,
    "several speakers": SEVERAL_SPEAKERS,
    "minority and rare surnames": MINORITY_AND_RARE_SURNAMES,
    "state council": STATE_COUNCIL,
    "politburo": POLITBURO,
    "npc standing committee": NPC_STANDING_COMMITTEE,
    "cppcc and delegation": CPPCC_AND_DELEGATION,
    "report givers": REPORT_GIVERS,
    "explanations": EXPLANATIONS,
    "speakers in turn": SPEAKERS_IN_TURN,
    "captions": CAPTIONS,
    "names and titles as written": NAMES_AND_TITLES_AS_WRITTEN,
    "list ending in units": LIST_ENDING_IN_UNITS,
    "labelled list, minority names, a lecture": LABELLED_AND_MINORITY,
    "other words for speaking": OTHER_WORDS_FOR_SPEAKING,
    "lists across clauses": LISTS_ACROSS_CLAUSES,
    "provincial session rostrum": PROVINCIAL_SESSION_ROSTRUM,
    "cppcc report on behalf": CPPCC_REPORT_ON_BEHALF,
    "township nominees": TOWNSHIP_NOMINEES,
    "provincial cppcc rostrum": PROVINCIAL_CPPCC_ROSTRUM,
    "township year review": TOWNSHIP_YEAR_REVIEW,
    "national gathering": NATIONAL_GATHERING,
}

# Leaders named but not taking part: cited, instructing, appointed.
MENTIONS = (
    "6月3日，市委召开常委会会议，传达学习习近平总书记重要讲话精神。习近平总书记指出，要坚持人民至上。"
    "会议传达了省委书记王志明在全省会议上的讲话精神。省长许海作出批示。"
    "受市委书记李光明委托，市委副书记、市长张建华主持会议。会议决定，任命赵文为市发展改革委主任。"
    "省委书记陈光明对会议作出重要批示，要求各地要抓好落实。在贾庆林同志主持下，工作取得新进展。"
    "去年，省委书记周光华曾到我市视察并作出重要指示。",
    {"张建华": (["市委副书记", "市长"], "presided")},
)
