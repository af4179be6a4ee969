"""The helper that makes property tests prove their assertions ran (reach.py)."""

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reach import reached, reaches_assertion

# No database: a replayed example would change the counts these tests are about.
quiet = settings(max_examples=50, database=None, deadline=None)


def test_a_property_that_seldom_reaches_its_assertion_fails():
    @reaches_assertion(min_share=0.5)
    @quiet
    @given(st.integers(0, 1000))
    def seldom(number):
        if number % 10 == 7:
            reached()

    with pytest.raises(AssertionError, match=r"of 50 examples .* reached the assertion, under 50%"):
        seldom()


def test_rejected_examples_are_not_counted():
    @reaches_assertion(min_share=1.0)
    @quiet
    @given(st.integers(0, 1000))
    def even_only(number):
        assume(number % 2 == 0)
        reached()

    even_only()


def test_a_failing_property_reports_its_own_failure():
    @reaches_assertion()
    @quiet
    @given(st.integers())
    def fails(number):
        assert number < 10, "the property's own failure"

    with pytest.raises(AssertionError, match="the property's own failure"):
        fails()


def test_misuse_is_an_error():
    with pytest.raises(RuntimeError):
        reached()
    with pytest.raises(TypeError, match="above @given"):
        reaches_assertion()(lambda: None)
