"""How many workers a batch runs: every core, capped by memory and by the work there is;
one per GPU, with larger batches. The device logic is stubbed: no GPU is needed."""

from pathlib import Path

import pytest
from hypothesis import given, strategies as st
from typer.testing import CliRunner

from zhbrief.batch import plan as plan_module
from zhbrief.batch.plan import ARTICLES_PER_LIGHT_WORKER, Machine, ModelChoice, plan_workers
from zhbrief.batch.runner import BatchOptions
from zhbrief.batch.workers import WorkerPool, WorkerSetup, open_local_engine, worker_environment
from zhbrief.cli.app import app
from zhbrief.translate.generate import GPU_BATCH_SIZE, GenerationOptions, for_device

GB = 2**30
MODEL = GB // 2  # what one worker holds


def test_auto_uses_every_core_with_the_cores_shared_out():
    plan = plan_workers(None, groups=100, machine=Machine(16, 64 * GB), worker_bytes=MODEL)
    assert (plan.workers, plan.threads, plan.in_process) == (16, 1, False)
    assert plan_workers(None, 100, Machine(16, 64 * GB), MODEL).gpus == ()
    three = plan_workers(3, 100, Machine(16, 64 * GB), MODEL)
    assert (three.workers, three.threads) == (3, 5)


def test_auto_starts_no_more_workers_than_memory_holds():
    plan = plan_workers(None, groups=100, machine=Machine(16, 2 * GB), worker_bytes=MODEL)
    assert plan.workers == 3 and plan.threads == 5  # 80% of 2 GB holds three 0.5 GB workers
    assert plan.notes == ("3 workers, not 16: each takes about 512 MB and 2,048 MB is free (--jobs N to choose).",)
    assert not plan_workers(None, 3, Machine(16, 2 * GB), MODEL).notes  # the groups cap it anyway
    assert plan_workers(None, 100, Machine(16, GB // 4), MODEL).workers == 1  # never none
    assert plan_workers(None, 100, Machine(16, None), MODEL).workers == 16  # memory unknown: no cap


def test_an_explicit_jobs_is_kept_with_a_note_when_memory_looks_short():
    plan = plan_workers(8, groups=100, machine=Machine(16, 2 * GB), worker_bytes=MODEL)
    assert plan.workers == 8 and "--jobs 8" in plan.notes[0] and "memory may run short" in plan.notes[0]


def test_never_more_workers_than_groups_and_one_group_runs_in_process():
    assert plan_workers(None, groups=3, machine=Machine(16, 64 * GB), worker_bytes=MODEL).workers == 3
    one = plan_workers(None, groups=1, machine=Machine(16, 64 * GB), worker_bytes=MODEL)
    assert one.in_process and one.threads == 16  # one article: every core's threads, as `zhbrief brief`
    assert plan_workers(4, groups=1, machine=Machine(16, 64 * GB), worker_bytes=MODEL).in_process


def test_without_a_model_workers_only_pay_for_many_articles():
    machine = Machine(8, 64 * GB)
    assert plan_workers(None, 2, machine, None, articles=40).in_process
    assert plan_workers(None, 40, machine, None, articles=4 * ARTICLES_PER_LIGHT_WORKER).workers == 4
    assert plan_workers(None, 400, machine, None, articles=100 * ARTICLES_PER_LIGHT_WORKER).workers == 8
    assert plan_workers(2, 2, machine, None, articles=40).workers == 2  # asked for: given


def test_on_gpus_one_worker_per_gpu_not_per_core():
    machine = Machine(64, 512 * GB, gpus=("0", "1"))
    plan = plan_workers(None, groups=100, machine=machine, worker_bytes=MODEL)
    assert (plan.workers, plan.gpus, plan.threads) == (2, ("0", "1"), 32)
    assert plan_workers(16, 100, machine, MODEL).workers == 2  # --jobs cannot put two models on one GPU
    assert plan_workers(None, 100, Machine(64, 512 * GB, gpus=("3",)), MODEL).in_process
    assert plan_workers(None, 1, machine, MODEL).in_process
    assert plan_workers(None, 100, machine, None, articles=10_000).gpus == ()  # no model: the CPU rule


def test_on_a_gpu_batches_are_larger_unless_chosen():
    assert for_device(GenerationOptions(), "cuda").batch_size == GPU_BATCH_SIZE > GenerationOptions().batch_size
    assert for_device(GenerationOptions(), "cpu").batch_size == GenerationOptions().batch_size
    assert for_device(GenerationOptions(batch_size=8), "cuda").batch_size == 8


def test_each_worker_gets_its_gpu_and_its_threads(tmp_path):
    plan = plan_workers(None, 100, Machine(32, 512 * GB, gpus=("4", "6")), MODEL)
    pool = WorkerPool(plan, ModelChoice(translator="none"))
    setups = [pool.setup(slot, BatchOptions(tmp_path)) for slot in range(2)]
    assert [s.gpu for s in setups] == ["4", "6"]
    assert worker_environment(setups[1]) == {"OMP_NUM_THREADS": "16", "CUDA_VISIBLE_DEVICES": "6"}
    cpu = WorkerSetup(ModelChoice(), 2, None, BatchOptions(tmp_path))
    assert worker_environment(cpu) == {"OMP_NUM_THREADS": "2"}


def test_gpus_are_counted_without_torch_and_respect_cuda_visible_devices(monkeypatch):
    ctranslate2 = pytest.importorskip("ctranslate2")
    monkeypatch.setattr(ctranslate2, "get_cuda_device_count", lambda: 2)
    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "5,7")
    assert plan_module.detect_machine("auto").gpus == ("5", "7")
    assert plan_module.detect_machine("cpu").gpus == ()
    monkeypatch.delenv("CUDA_VISIBLE_DEVICES")
    assert plan_module.detect_machine("cuda").gpus == ("0", "1")


def test_the_local_engine_follows_the_plan(monkeypatch, tiny_marian):
    monkeypatch.setattr(plan_module, "available_memory", lambda: 64 * GB)
    import zhbrief.batch.workers as workers

    def machine(gpus):
        return lambda device: Machine(8, 64 * GB, gpus if device in ("auto", "cuda") else ())

    monkeypatch.setattr(workers, "detect_machine", machine(("0", "1")))
    pool = open_local_engine(ModelChoice(translator=str(tiny_marian)), None, 300, 32, print).produce
    assert pool is not None and pool.plan.gpus == ("0", "1") and pool.plan.workers == 2
    monkeypatch.setattr(workers, "detect_machine", machine(()))
    assert open_local_engine(ModelChoice(translator=str(tiny_marian)), None, 300, 32, print).produce.plan.workers == 8
    single = open_local_engine(ModelChoice(translator=str(tiny_marian), device="cpu"), None, 5, 32, print)
    assert single.produce is None and single.engines.translator is not None  # one group: in this process


def test_available_memory_is_read_on_linux():
    if not Path("/proc/meminfo").exists():
        pytest.skip("Linux only")
    assert plan_module.available_memory() > 0


@pytest.mark.parametrize("value", ["0", "-1", "many", "257"])
def test_jobs_is_auto_or_a_number(value, tmp_path):
    result = CliRunner().invoke(app, ["batch", str(tmp_path), "--out", str(tmp_path / "out"), "--jobs", value])
    assert result.exit_code == 2 and "--jobs" in result.output and not (tmp_path / "out").exists()



@given(
    jobs=st.none() | st.integers(1, 256), groups=st.integers(0, 10_000), cores=st.integers(1, 256),
    available=st.none() | st.integers(0, 2**40), worker_bytes=st.none() | st.integers(1, 2**36),
    gpus=st.integers(0, 8), articles=st.integers(0, 10**6),
)
def test_any_plan_fits_the_machine(jobs, groups, cores, available, worker_bytes, gpus, articles):
    machine = Machine(cores, available, tuple(str(i) for i in range(gpus)))
    plan = plan_workers(jobs, groups, machine, worker_bytes, articles)
    assert 1 <= plan.workers <= max(1, groups) and plan.threads >= 1
    if plan.workers <= cores:
        assert plan.workers * plan.threads <= cores  # the cores shared out, none counted twice
    if gpus and worker_bytes is not None:
        assert plan.workers <= gpus and len(plan.gpus) == plan.workers and len(set(plan.gpus)) == plan.workers
    elif jobs is None and worker_bytes is not None and available is not None and plan.workers > 1:
        assert plan.workers * worker_bytes <= 0.8 * available  # auto never plans past memory
    if jobs is not None and not gpus:
        assert plan.workers == max(1, min(jobs, groups))  # asked for: given, up to the groups there are
