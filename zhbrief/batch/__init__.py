"""Batch mode: folders of articles briefed safely, resumably, with one model load."""

from zhbrief.batch.inputs import DEFAULT_GLOBS, BatchInput, discover
from zhbrief.batch.names import output_path, safe_name
from zhbrief.batch.runner import BatchOptions, BatchSummary, run_batch

__all__ = ["DEFAULT_GLOBS", "BatchInput", "BatchOptions", "BatchSummary", "discover", "output_path", "run_batch", "safe_name"]
