"""Names to pinyin and titles to English, no model needed."""

import pytest

from zhbrief.english.outlets import outlet_to_english
from zhbrief.english.pinyin import name_to_pinyin
from zhbrief.english.terms import find_terms
from zhbrief.english.titles import titles_to_english


@pytest.mark.parametrize(
    "name, pinyin",
    [
        ("曾军宁", "Zeng Junning"),
        ("单丽萍", "Shan Liping"),
        ("解红军", "Xie Hongjun"),
        ("区志强", "Ou Zhiqiang"),
        ("查俊峰", "Zha Junfeng"),
        ("仇志勇", "Qiu Zhiyong"),
        ("朴海", "Piao Hai"),
        ("盖立", "Ge Li"),
        ("覃海燕", "Qin Haiyan"),
        ("冼秋莲", "Xian Qiulian"),
        ("乐天", "Yue Tian"),
        ("翟立", "Zhai Li"),
        ("缪青", "Miao Qing"),
        ("欧阳修", "Ouyang Xiu"),
        ("司马光明", "Sima Guangming"),
        ("上官文", "Shangguan Wen"),
        ("诸葛亮平", "Zhuge Liangping"),
        ("尉迟恭", "Yuchi Gong"),
        ("吕静娥", "Lü Jing'e"),
        ("王婷安", "Wang Ting'an"),
        ("伊力哈木·沙比尔", "Yilihamu Shabier"),
        ("宝音满都呼", "Baoyinmanduhu"),
        ("钟畅姿", "Zhong Changzi"),
        ("任长霞", "Ren Changxia"),
        ("李长江", "Li Changjiang"),
        ("赵乐际", "Zhao Leji"),
    ],
)
def test_names_to_pinyin(name, pinyin):
    assert name_to_pinyin(name) == pinyin


@pytest.mark.parametrize(
    "titles, english",
    [
        (["市委书记"], ["Secretary of the Municipal Party Committee"]),
        (["市长"], ["Mayor"]),
        (["常务副市长"], ["Executive Vice Mayor"]),
        (["县长"], ["County Magistrate"]),
        (["省长"], ["Governor"]),
        (["市人大常委会副主任"], ["Deputy Director of the Standing Committee of the Municipal People's Congress"]),
        (["市中级人民法院院长"], ["President of the Municipal Intermediate People's Court"]),
        (["市政协主席"], ["Chairman of the Municipal Committee of the CPPCC"]),
        (["县纪委书记"], ["Secretary of the County Commission for Discipline Inspection"]),
        (
            ["市人民检察院党组书记", "检察长"],
            [
                "Secretary of the Leading Party Members' Group of the Municipal People's Procuratorate",
                "Chief Procurator of the Municipal People's Procuratorate",
            ],
        ),
        (
            ["县委常委", "组织部部长"],
            [
                "Member of the Standing Committee of the County Party Committee",
                "Head of the Organization Department of the County Party Committee",
            ],
        ),
        (["万秀区委书记"], ["Secretary of the Wanxiu District Party Committee"]),
        (["自治区主席"], ["Chairman of the Autonomous Region"]),
        (["广西壮族自治区党委书记"], ["Secretary of the Guangxi Zhuang Autonomous Regional Party Committee"]),
        (["省委宣传部部长"], ["Head of the Publicity Department of the Provincial Party Committee"]),
        (["镇党委书记"], ["Secretary of the Town Party Committee"]),
        (["县农业农村局局长"], ["Director of the County Agriculture and Rural Affairs Bureau"]),
        (["市领导"], ["Municipal Leader"]),
        (["市政府常务副市长"], ["Executive Vice Mayor"]),
        (["县人民政府县长"], ["County Magistrate"]),
        (["市长助理"], ["Assistant to the Mayor"]),
        (["市政府秘书长"], ["Secretary-General of the Municipal People's Government"]),
        (["街道党工委书记"], ["Secretary of the Subdistrict Party Working Committee"]),
        (
            ["开发区党工委书记", "管委会主任"],
            ["Secretary of the Development Zone Party Working Committee", "Director of the Development Zone Administrative Committee"],
        ),
    ],
)
def test_titles_to_english(titles, english):
    assert [t.en for t in titles_to_english(titles)] == english


def test_unknown_title_falls_back_visibly():
    (title,) = titles_to_english(["市红十字会会长"])
    assert not title.known
    assert title.en == "[市红十字会会长]"


def test_outlets():
    assert outlet_to_english("梧州日报") == "Wuzhou Daily"
    assert outlet_to_english("新华社") == "Xinhua News Agency"


def test_glossary_terms_longest_first():
    terms = find_terms("动员全市各族干部群众进一步铸牢中华民族共同体意识，推动高质量发展")
    assert [t.zh for t in terms] == ["各族干部群众", "铸牢中华民族共同体意识", "高质量发展"]
    assert terms[1].en == "forging a strong sense of community for the Chinese nation"
