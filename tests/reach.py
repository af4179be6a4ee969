"""Property tests that prove their assertions ran.

A property whose strategy rarely builds what the property is about passes without
checking anything. `reaches_assertion` counts the examples Hypothesis ran and those
that called `reached()`, and fails the test when the share is under `min_share`:

    from reach import reached, reaches_assertion

    @reaches_assertion(min_share=0.5)   # outermost, above @settings and @given
    @settings(max_examples=100, deadline=None)
    @given(reports_with_people)
    def test_x(text):
        brief = build_brief(load_text(text))
        if not brief.people:
            return
        reached()                        # hypothesis.event("assertion reached"), counted
        assert ...

`reached()` also records a Hypothesis event, so `pytest --hypothesis-show-statistics`
prints the share per phase (of all test cases there, rejected ones included, so lower).

What is counted: examples whose body returned. Examples that Hypothesis rejects
(`assume`, filters, overruns) never return, so they are left out. Shrinking and the
final replay run only after a failure, and then the failure is what the test reports.
Examples replayed from the database (.hypothesis/) or given by `@example` run before
the generated ones and count like them: a handful against a hundred generated.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Callable

from hypothesis import event

__all__ = ["reached", "reaches_assertion"]

REACHED = "assertion reached"


@dataclass
class _Tally:
    examples: int = 0
    reached: int = 0
    reached_now: bool = False


_running: _Tally | None = None  # the tally of the example being run (tests run one at a time)


def reached() -> None:
    """Mark the running example as one that reached the property's assertion."""
    if _running is None:
        raise RuntimeError("reached() is called from a test decorated with @reaches_assertion")
    event(REACHED)
    _running.reached_now = True


def _counting(inner: Callable, tally: _Tally) -> Callable:
    """The test body, counting the examples that returned and those that reached."""

    @functools.wraps(inner)
    def body(*args, **kwargs):
        global _running
        tally.reached_now, _running = False, tally
        try:
            result = inner(*args, **kwargs)
        finally:
            _running = None
        tally.examples += 1
        tally.reached += tally.reached_now
        return result

    return body


def reaches_assertion(min_share: float = 0.5) -> Callable[[Callable], Callable]:
    """Fail a Hypothesis test whose examples reach `reached()` less than `min_share` of the time."""

    def decorate(test: Callable) -> Callable:
        if not getattr(test, "is_hypothesis_test", False):
            raise TypeError(f"@reaches_assertion goes above @given (on {test.__name__})")
        tally = _Tally()
        # `inner_test` is Hypothesis's documented hook for wrapping the body of each example.
        test.hypothesis.inner_test = _counting(test.hypothesis.inner_test, tally)

        @functools.wraps(test)
        def run(*args, **kwargs):
            tally.examples = tally.reached = 0
            test(*args, **kwargs)
            share = tally.reached / tally.examples if tally.examples else 0.0
            assert share >= min_share, (
                f"{tally.reached} of {tally.examples} examples ({share:.0%}) reached the assertion, "
                f"under {min_share:.0%}: the strategy does not build what the property is about"
            )

        return run

    return decorate
