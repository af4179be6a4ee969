"""`gs://` on a machine without Google Cloud credentials or network: one line in seconds,
never the 15 minutes of retries pyarrow's GCS client makes by default. Each run is a child
process with an environment that reaches nothing: no credentials of the developer's, the
metadata server and the storage endpoint on a port where nothing listens."""

import os
import subprocess
import sys
import time

import pytest

pytest.importorskip("pyarrow._gcsfs")  # a pyarrow built with GCS

from zhbrief.load.remote import GCS_RETRY_SECONDS, open_location  # noqa: E402

CASES = {
    "no credentials": {},
    "a credentials file that is gone": {"GOOGLE_APPLICATION_CREDENTIALS": "{tmp}/gone.json"},
    "an endpoint that does not answer": {"CLOUD_STORAGE_EMULATOR_ENDPOINT": "http://127.0.0.1:9"},
}
COMMANDS = {"brief": ["brief", "gs://bucket/x.txt"], "batch": ["batch", "gs://bucket/in/", "--out", "o"],
            "batch to gs": ["batch", ".", "--out", "gs://bucket/briefs"]}


def _offline(tmp_path, extra: dict[str, str]) -> dict[str, str]:
    prefixes = ("GOOGLE_", "GCE_", "CLOUDSDK_", "CLOUD_STORAGE_", "ZHBRIEF_GCS_")
    env = {key: value for key, value in os.environ.items() if not key.startswith(prefixes)}
    env.update({
        "GOOGLE_GCLOUD_ADC_PATH_OVERRIDE": str(tmp_path / "no-adc.json"),  # not the developer's `gcloud auth` login
        "GCE_METADATA_ROOT": "127.0.0.1:9",  # the metadata server a Google VM would ask
        "HOME": str(tmp_path),
    })
    env.update({key: value.format(tmp=tmp_path) for key, value in extra.items()})
    return env


@pytest.mark.parametrize(("case", "command"), [(case, "brief") for case in CASES] + [("no credentials", "batch"), ("a credentials file that is gone", "batch to gs")])
def test_gs_without_credentials_or_network_fails_in_seconds_in_one_line(case, command, tmp_path):
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "zhbrief", *COMMANDS[command]], cwd=tmp_path,
                            env=_offline(tmp_path, CASES[case]), capture_output=True, text=True, timeout=120)
    seconds = time.monotonic() - started
    errors = [line for line in result.stderr.splitlines() if not line.startswith("note:")]
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert len(errors) == 1 and "bucket/" in errors[0] and "access token" in errors[0], result.stderr
    assert seconds < 10, f"{seconds:.1f} s: {errors}"


def test_gs_gets_a_short_retry_limit_unless_one_is_given(monkeypatch):
    monkeypatch.delenv("ZHBRIEF_GCS_RETRY_SECONDS", raising=False)

    def retry_seconds(uri: str) -> float:
        filesystem, path = open_location(uri)
        assert path == "bucket/in/x.txt"
        return filesystem.__reduce__()[1][0]["retry_time_limit"].total_seconds()

    assert retry_seconds("gs://bucket/in/x.txt") == GCS_RETRY_SECONDS
    assert retry_seconds("gs://bucket/in/x.txt?retry_limit_seconds=30") == 30
    monkeypatch.setenv("ZHBRIEF_GCS_RETRY_SECONDS", "45")
    assert retry_seconds("gs://bucket/in/x.txt") == 45
