"""Counting work instead of timing it. Seconds depend on the machine and on whatever else
runs on it; the number of calls a function makes does not, so a test can assert that the
work grows linearly with the input (twice the input, about twice the calls) and fail only
when it does not. Timings belong in bench/."""

from __future__ import annotations

import sys
from typing import Any, Callable


def calls_made(function: Callable[..., Any], *args: Any) -> tuple[int, Any]:
    """(Python and built-in function calls made while `function(*args)` runs, its result)."""
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    previous = sys.getprofile()
    sys.setprofile(profile)
    try:
        result = function(*args)
    finally:
        sys.setprofile(previous)
    return count, result


def assert_linear(small: int, large: int, calls_small: int, calls_large: int, slack: float = 1.25) -> None:
    """Work on an input `large / small` times the size may grow that much, times `slack`
    (per-call overheads and caches vary): twice the input in four times the work is quadratic."""
    limit = large / small * slack
    assert calls_large <= limit * calls_small, (
        f"{calls_small} calls for size {small}, {calls_large} for size {large}: "
        f"{calls_large / calls_small:.2f}x the work for {large / small:.0f}x the input (allowed {limit:.2f}x)"
    )
