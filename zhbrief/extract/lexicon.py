"""Word lists that several stages read, each kept here once so their copies cannot drift.

A leaf module: it imports nothing from zhbrief, so loading, extraction and the English rules
may all import it. A stage that needs a difference adds a named extension where it is used.
"""

from __future__ import annotations

import re


def alternation(words) -> str:
    """A regex alternative of the words, longest first."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# What a speaker says: a leader cited (`习近平总书记指出`) or someone speaking here (`他强调，`,
# `…作具体布置，明确…`); a directive's lead (`他希望，…`).
SPEECH_VERBS = ("指出", "强调", "要求", "表示", "提出", "说", "希望", "明确")

# `在万秀区分会场参会`: the venue in the adverbial before the verb.
VENUE = re.compile(r"在(?P<venue>[^，。；、在]{1,20}?会场)")

# How the name of a newspaper, site or station ends (`梧州日报`, `梧州新闻网`, `XX融媒体中心`);
# a suffix that ends another (`网` of `新闻网`, `报` of `日报`) comes after it.
OUTLET_SUFFIXES = ("广播电视台", "融媒体中心", "电视台", "新闻网", "日报", "晚报", "早报", "时报", "报", "网", "新闻")
