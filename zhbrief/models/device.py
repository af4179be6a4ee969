"""`--device auto|cpu|cuda|mps`, decided in one place; half precision on a GPU."""

from __future__ import annotations

from zhbrief.errors import ZhbriefError

DEVICES = ("auto", "cpu", "cuda", "mps")


def resolve_device(choice: str = "auto") -> str:
    import torch

    if choice not in DEVICES:
        raise ZhbriefError(f"unknown device {choice!r}: use one of {', '.join(DEVICES)}.")
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


def dtype_for(device: str):
    import torch

    return torch.float16 if device in ("cuda", "mps") else torch.float32
