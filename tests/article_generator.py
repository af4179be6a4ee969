"""Generated meeting reports for batch tests and benchmarks: names, titles, places and list
lengths vary; each article comes with the participants a correct brief must hold."""

from __future__ import annotations

import random
from pathlib import Path

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾覃蓝韦莫黎冼欧阳"
GIVEN = "建国立军文华志刚丽萍海燕志强红军俊峰明辉永福晓东伟平春梅秋莲健勇振饶惠强永超新华东福广勇洪亮明月彤华"
PLACES = [("梧州", "市", "万秀区"), ("南宁", "市", "青秀区"), ("桂林", "市", "秀峰区"), ("岑溪", "市", "归义镇"), ("藤县", "县", "藤州镇")]
TOPICS = ["民族工作", "乡村振兴工作", "安全生产工作", "经济工作", "防汛工作", "营商环境建设", "党风廉政建设"]
DIRECTIVES = ["要提高政治站位，切实扛起责任", "要突出重点，加快补齐短板", "必须守住安全底线", "要强化保障，营造良好氛围", "要压实责任，确保各项任务落到实处"]


def _name(rng: random.Random, used: set[str]) -> str:
    while True:
        surname = "欧阳" if rng.random() < 0.03 else rng.choice(SURNAMES.replace("欧阳", ""))
        given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
        if surname + given not in used:
            used.add(surname + given)
            return surname + given


def generate_article(seed: int) -> tuple[str, dict[str, str]]:
    """(article text, {participant: role})."""
    rng = random.Random(seed)
    used: set[str] = set()
    city, level, branch = rng.choice(PLACES)
    topic = rng.choice(TOPICS)
    secretary, head = _name(rng, used), _name(rng, used)
    head_title = "市长" if level == "市" else "县长"
    leaders = [_name(rng, used) for _ in range(rng.randint(2, 14))]
    deputy = _name(rng, used)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    directives = "".join(f"{d}。" for d in rng.sample(DIRECTIVES, rng.randint(1, 4)))
    text = (
        f"{city}日报讯（记者 {_name(rng, used)}）{month}月{day}日，{level}委、{level}政府召开全{level}{topic}会议。"
        f"{level}委书记{secretary}出席会议并讲话，{level}委副书记、{head_title}{head}主持会议。\n"
        f"{secretary}强调，{directives}\n"
        f"{level}领导{'、'.join(leaders)}在主会场参加会议。{level}人大常委会副主任{deputy}在{branch}分会场参会。\n"
    )
    roles = {secretary: "spoke", head: "presided", deputy: "attended", **{n: "attended" for n in leaders}}
    return text, roles


def generated_folder(parent: Path, count: int) -> Path:
    """`parent/in` holding `a000.txt` ... : `count` generated articles."""
    folder = parent / "in"
    folder.mkdir()
    for i in range(count):
        (folder / f"a{i:03d}.txt").write_text(generate_article(i)[0], encoding="utf-8")
    return folder
