"""`--device auto|cpu|cuda|mps`, decided in one place; half precision on a GPU."""

from __future__ import annotations

import os

from zhbrief.errors import ZhbriefError

DEVICES = ("auto", "cpu", "cuda", "mps")


def usable_cores() -> int:
    """The cores this process may run on (its affinity, which a container or `taskset` narrows)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _resolve_for_ct2(choice: str) -> str:
    import ctranslate2

    has_cuda = ctranslate2.get_cuda_device_count() > 0
    if choice == "cuda" and not has_cuda:
        raise ZhbriefError("--device cuda was asked for, but CTranslate2 sees no CUDA GPU here.")
    return "cuda" if choice in ("auto", "cuda") and has_cuda else "cpu"  # CTranslate2 has no mps


def resolve_device(choice: str = "auto", backend: str = "torch") -> str:
    if choice not in DEVICES:
        raise ZhbriefError(f"unknown device {choice!r}: use one of {', '.join(DEVICES)}.")
    if backend == "ct2":
        return _resolve_for_ct2(choice)
    import torch

    if choice == "auto":
        if torch.cuda.is_available():
            return "cuda"
        mps = getattr(torch.backends, "mps", None)
        return "mps" if mps is not None and mps.is_available() else "cpu"
    if choice == "cuda" and not torch.cuda.is_available():
        raise ZhbriefError("--device cuda was asked for, but torch sees no CUDA GPU here.")
    if choice == "mps" and not (getattr(torch.backends, "mps", None) and torch.backends.mps.is_available()):
        raise ZhbriefError("--device mps was asked for, but this machine has no Apple GPU available to torch.")
    return choice


def dtype_for(device: str, causal: bool = False):
    """Half precision on a GPU: bfloat16 for an LLM where the GPU has it (float16 overflows
    in some of their layers), float16 otherwise; float32 on a CPU."""
    import torch

    if device == "cuda" and causal and torch.cuda.is_bf16_supported():
        return torch.bfloat16
    return torch.float16 if device in ("cuda", "mps") else torch.float32
