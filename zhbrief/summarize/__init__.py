"""Summarizers: `extractive` (no weights) here; model-based ones plug in beside it."""

from zhbrief.summarize.extractive import ExtractiveOptions, summarize_extractive

__all__ = ["ExtractiveOptions", "summarize_extractive"]
