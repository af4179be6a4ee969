"""Frequent political terms with their established English, for the translator to enforce."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

TERMS: dict[str, str] = {
    "铸牢中华民族共同体意识": "forging a strong sense of community for the Chinese nation",
    "中华民族共同体意识": "sense of community for the Chinese nation",
    "中华民族共同体": "community for the Chinese nation",
    "民族团结进步示范市": "model city for ethnic unity and progress",
    "民族团结进步示范区": "model area for ethnic unity and progress",
    "民族团结进步": "ethnic unity and progress",
    "民族团结": "ethnic unity",
    "民族工作": "ethnic affairs work",
    "高质量发展": "high-quality development",
    "政治站位": "political stance",
    "提高政治站位": "raise political awareness",
    "以人民为中心": "people-centered",
    "新时代": "the new era",
    "新发展理念": "new development philosophy",
    "新发展格局": "new development paradigm",
    "全面从严治党": "exercising full and rigorous governance over the Party",
    "党风廉政建设": "improving Party conduct and building integrity",
    "两个确立": "the Two Establishes",
    "两个维护": "the Two Upholds",
    "四个意识": "the Four Consciousnesses",
    "四个自信": "the Four Confidences",
    "乡村振兴": "rural revitalization",
    "共同富裕": "common prosperity",
    "脱贫攻坚": "the battle against poverty",
    "生态文明建设": "ecological civilization building",
    "营商环境": "business environment",
    "安全生产": "workplace safety",
    "疫情防控": "epidemic prevention and control",
    "扫黑除恶": "the campaign against organized crime",
    "基层治理": "community-level governance",
    "社会治理格局": "social governance model",
    "共建共治共享": "collaboration, participation and common interests",
    "习近平新时代中国特色社会主义思想": "Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era",
    "中国特色社会主义": "socialism with Chinese characteristics",
    "中国特色解决民族问题的正确道路": "the right path of handling ethnic issues with Chinese characteristics",
    "党中央": "the Party Central Committee",
    "自治区党委": "the Regional Party Committee",
    "十九届六中全会": "the Sixth Plenary Session of the 19th CPC Central Committee",
    "二十大": "the 20th CPC National Congress",
    "党的二十大": "the 20th CPC National Congress",
    "主题教育": "theme education campaign",
    "五个一": "the Five Ones",
    "干部群众": "officials and the public",
    "各族干部群众": "officials and people of all ethnic groups",
    "少数民族干部": "ethnic minority officials",
    "决策部署": "decisions and plans",
    "责任感和使命感": "sense of responsibility and mission",
    "落实落地": "fully implemented",
    "贯彻落实": "implement",
    "示范单位": "model units",
}


@dataclass(frozen=True)
class TermMatch:
    start: int
    end: int
    zh: str
    en: str


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return re.compile("|".join(sorted(map(re.escape, TERMS), key=len, reverse=True)))


def find_terms(text: str) -> list[TermMatch]:
    """Glossary terms in `text`, longest first at each position, never overlapping."""
    return [TermMatch(m.start(), m.end(), m.group(0), TERMS[m.group(0)]) for m in _pattern().finditer(text)]
