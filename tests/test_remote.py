"""Remote inputs and `--out` (s3://) on an S3-compatible server started here (moto), through
pyarrow's filesystem: the local engine in this process, the Ray engine in a child process."""

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from article_generator import generate_article
from zhbrief.cli.app import app

pytest.importorskip("pyarrow.fs")
moto_server = pytest.importorskip("moto.server")
boto3 = pytest.importorskip("boto3")

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def s3():
    port = _free_port()
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    env = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1",
           "AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}", "AWS_EC2_METADATA_DISABLED": "true"}
    saved = {key: os.environ.get(key) for key in env}
    os.environ.update(env)
    client = boto3.client("s3")
    client.create_bucket(Bucket="news")
    yield client
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    server.stop()


ARTICLES = {f"county/a{i}.txt": generate_article(400 + i)[0].encode() for i in range(4)}
ARTICLES["city/report.txt"] = generate_article(410)[0].encode("gbk")
ARTICLES["city/empty.txt"] = b""


@pytest.fixture(scope="module")
def reference(s3, tmp_path_factory):
    """The same files uploaded, and briefed from a local folder by the local engine."""
    folder = tmp_path_factory.mktemp("in")
    for name, data in ARTICLES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
        s3.put_object(Bucket="news", Key=f"in/{name}", Body=data)
    out = tmp_path_factory.mktemp("out")
    assert runner.invoke(app, ["batch", str(folder), "--out", str(out), "--format", "both"]).exit_code == 1
    return _outputs({p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()})


def _outputs(files: dict[str, bytes]) -> dict[str, bytes]:
    """The briefs alone: not the index, nor the hidden lock or lease of the run."""
    return {name: data for name, data in files.items() if name != "index.jsonl" and not name.startswith(".")}


def _remote(s3, prefix: str) -> dict[str, bytes]:
    listing = s3.list_objects_v2(Bucket="news", Prefix=f"{prefix}/").get("Contents", [])
    return {o["Key"][len(prefix) + 1:]: s3.get_object(Bucket="news", Key=o["Key"])["Body"].read() for o in listing}


def _index(files: dict[str, bytes]) -> list[dict]:
    return [json.loads(line) for line in files.pop("index.jsonl").decode().splitlines()]


def test_local_engine_reads_and_writes_s3(s3, reference):
    arguments = ["batch", "s3://news/in/", "--out", "s3://news/out", "--format", "both"]
    result = runner.invoke(app, arguments)
    assert result.exit_code == 1, result.output
    written = _remote(s3, "out")
    records = {r["name"]: r for r in _index(written)}
    assert _outputs(written) == reference
    assert records["city/empty.txt"]["status"] == "error" and "empty" in records["city/empty.txt"]["error"]
    assert records["county/a0.txt"]["path"] == "s3://news/in/county/a0.txt"
    assert records["county/a0.txt"]["outputs"] == ["county/a0.txt.json", "county/a0.txt.md"]

    resumed = runner.invoke(app, arguments + ["--resume"])
    assert resumed.exit_code == 1 and "skipped" in resumed.stderr
    after = _index(_remote(s3, "out"))
    assert [r["name"] for r in after] == list(records)  # one line per input still
    assert sorted(r["status"] for r in after) == ["error"] + ["ok"] * 5


def test_missing_bucket_is_one_line(s3, tmp_path):
    result = runner.invoke(app, ["batch", "s3://no-such-bucket/in/", "--out", str(tmp_path / "o")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "no such file" in result.output
    result = runner.invoke(app, ["batch", "s3://news/in/", "--out", "s3://no-such-bucket/out"])
    assert result.exit_code == 1 and "Error: cannot write" in result.output and "Traceback" not in result.output


def test_ray_engine_reads_and_writes_s3(s3, reference):
    pytest.importorskip("ray")
    command = [sys.executable, "-m", "zhbrief", "batch", "s3://news/in/", "--out", "s3://news/rayout",
               "--format", "both", "--engine", "ray", "--actors", "2", "--batch-size", "2"]
    result = subprocess.run(command, env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr
    written = _remote(s3, "rayout")
    records = _index(written)
    assert _outputs(written) == reference
    assert sorted(r["status"] for r in records) == ["error"] + ["ok"] * 5


def test_inputs_with_one_name_in_two_folders_each_keep_their_output(s3, tmp_path):
    from test_batch_outputs import assert_every_input_has_its_output, colliding_folders

    colliding_folders(tmp_path)
    for path in sorted(p for p in tmp_path.rglob("*") if p.is_file()):
        s3.put_object(Bucket="news", Key=f"twice/{path.relative_to(tmp_path).as_posix()}", Body=path.read_bytes())
    result = runner.invoke(app, ["batch", "s3://news/twice/a/news/", "s3://news/twice/b/news/", "--out", "s3://news/twiceout"])
    assert result.exit_code == 0, result.output
    written = _remote(s3, "twiceout")
    assert_every_input_has_its_output(_index(written), lambda output: written[output].decode("utf-8"))
    assert set(written) == {".zhbrief-lease.json", "a/news/x.txt.json", "b/news/x.txt.json", "a/news/a%3Ab.txt.json", "a/news/a_b.txt.json",
                            "b/news/Y.txt.json", "b/news/y~2.txt.json"}


def test_a_live_lease_on_a_remote_out_makes_a_second_run_exit_2(s3):
    from zhbrief.batch.lock import LEASE_NAME, RunId

    s3.put_object(Bucket="news", Key=f"leased/{LEASE_NAME}", Body=RunId(host="elsewhere", pid=7).to_json().encode())
    result = runner.invoke(app, ["batch", "s3://news/in/", "--out", "s3://news/leased"])
    assert result.exit_code == 2 and "pid 7 on elsewhere" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert set(_remote(s3, "leased")) == {LEASE_NAME}  # nothing written, the other run's lease kept
