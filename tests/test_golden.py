"""The golden-file helper: a missing file fails unless UPDATE_GOLDEN=1 asks for it."""

import pytest

from conftest import check_golden


@pytest.fixture
def golden_dir(tmp_path, monkeypatch):
    monkeypatch.setitem(check_golden.__globals__, "GOLDEN_DIR", tmp_path)
    monkeypatch.delenv("UPDATE_GOLDEN", raising=False)
    return tmp_path


def test_a_missing_golden_file_fails(golden_dir):
    with pytest.raises(pytest.fail.Exception, match="no golden file"):
        check_golden("new.txt", "output")
    assert not (golden_dir / "new.txt").exists()


def test_update_golden_writes_and_a_changed_output_fails(golden_dir, monkeypatch):
    monkeypatch.setenv("UPDATE_GOLDEN", "1")
    check_golden("new.txt", "output")
    monkeypatch.delenv("UPDATE_GOLDEN")
    check_golden("new.txt", "output")
    with pytest.raises(AssertionError):
        check_golden("new.txt", "changed output")

