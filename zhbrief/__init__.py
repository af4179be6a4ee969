"""zhbrief: Chinese meeting reports in, English structured briefs out.

    import zhbrief
    brief = zhbrief.brief_file("report.html")    # or brief_text(text); a Briefer for many
    print(brief.to_text())

The names below are imported when first used, so `import zhbrief` (and the CLI's
`--help`) stays light: no torch, transformers, lxml or ray until a brief needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from zhbrief.errors import ZhbriefError

__version__ = "0.1.0"

_LAZY = {
    "Brief": "zhbrief.brief",
    "Briefer": "zhbrief.api",
    "BrieferOptions": "zhbrief.api",
    "brief_text": "zhbrief.api",
    "brief_file": "zhbrief.api",
    "people": "zhbrief.api",
    "ModelUnavailable": "zhbrief.models.loader",
}

__all__ = ["ZhbriefError", "__version__", *_LAZY]

if TYPE_CHECKING:  # what type checkers and editors see
    from zhbrief.api import Briefer, BrieferOptions, brief_file, brief_text, people
    from zhbrief.brief import Brief
    from zhbrief.models.loader import ModelUnavailable


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'zhbrief' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
