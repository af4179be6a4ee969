"""Benchmark (not a test): zhbrief's Translator against the naive way, side by side.

    python bench/translate.py [--sentences 500] [--naive-sentences 100] [--beams 1 4]

The model is random-weight with opus-mt-zh-en's exact configuration (6+6
layers, d_model 512, 8 heads, FFN 2048, vocabulary 65,001), built offline from
MarianConfig and loaded through zhbrief's normal loading path. Output length is
fixed (min_new_tokens = max_new_tokens = 40, greedy) so random weights do not
decide it. Inputs: the sample's sentences repeated to --sentences, each made
distinct (a numbered prefix) so that caching cannot help; a last row shows the
same run with the repeats left as they are, where the cache does help.

(a) naive: what transformers' translation pipeline did before v5 removed it:
    tokenizer + model.generate, one sentence at a time.
(b) zhbrief Translator, torch backend: length-sorted batches of 32, same decoding settings.
(c) zhbrief Translator, CTranslate2 backend, float32 and int8 (converted once, outside the timing).
Each approach runs in its own process, so peak memory is its own. The naive way
runs on the first --naive-sentences of the same list (it is slow; its rate per
sentence is what the ratios use).

The chat LLM rows (--llm-sentences, 0 to skip) use a random-weight Qwen3 of
Qwen3-1.7B's exact shape (28 layers, hidden 2048, 16 heads with 8 KV heads, FFN
6144, vocabulary 151,936), built offline and loaded through zhbrief's normal
path: the chat engine on torch float32 against CTranslate2 int8, numbered
prompts of 8 sentences, a fixed output length per prompt.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
SAMPLES = [ROOT.parent / "shared/samples/wuzhou-ethnic-work.txt", ROOT / "examples/county-meeting-traditional.txt"]
NEW_TOKENS = 40
LLM_NEW_TOKENS = 128  # per prompt of 8 sentences, fixed (about half a real answer)


def build_opus_sized_model(folder: Path) -> Path:
    """Tiny tokenizer files (trained here) with opus-mt-zh-en's architecture and vocabulary size."""
    import torch
    from tiny_models import build_marian
    from transformers import MarianConfig, MarianMTModel

    build_marian(folder, vocab_size=65001)
    config = MarianConfig(
        vocab_size=65001, d_model=512, encoder_layers=6, decoder_layers=6, encoder_attention_heads=8,
        decoder_attention_heads=8, encoder_ffn_dim=2048, decoder_ffn_dim=2048, max_position_embeddings=512,
        activation_function="swish", scale_embedding=True, share_encoder_decoder_embeddings=True,
        pad_token_id=65000, eos_token_id=0, decoder_start_token_id=65000, forced_eos_token_id=0,
    )
    torch.manual_seed(0)
    MarianMTModel(config).save_pretrained(folder, safe_serialization=True)
    return folder


def build_qwen3_sized_model(folder: Path) -> Path:
    """Tiny tokenizer files (trained here) with Qwen3-1.7B's architecture and vocabulary size."""
    import torch
    from tiny_models import build_qwen3
    from transformers import AutoTokenizer, Qwen3Config, Qwen3ForCausalLM

    build_qwen3(folder)
    tokenizer = AutoTokenizer.from_pretrained(folder)
    config = Qwen3Config(
        vocab_size=151936, hidden_size=2048, intermediate_size=6144, num_hidden_layers=28, num_attention_heads=16,
        num_key_value_heads=8, head_dim=128, max_position_embeddings=40960, tie_word_embeddings=True,
        eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id, bos_token_id=None,
    )
    torch.manual_seed(0)
    Qwen3ForCausalLM(config).save_pretrained(folder, safe_serialization=True)
    return folder


def run_llm(approach: str, folder: str, count: int) -> dict:
    from zhbrief.translate.chat_engine import open_ct2_chat, open_torch_chat
    from zhbrief.translate.chat_translator import ChatOptions, _batches, numbered_prompt

    engine = open_torch_chat(folder, "cpu") if approach == "llm-torch" else open_ct2_chat(folder, "cpu", "int8")
    texts = sentences(count, distinct=True)
    prompts = [engine.render(numbered_prompt(batch, {})) for batch in _batches(texts, ChatOptions())]
    with PeakRss() as memory:
        start = time.perf_counter()
        answers = engine.complete(prompts, LLM_NEW_TOKENS, LLM_NEW_TOKENS)
        seconds = time.perf_counter() - start
    assert len(answers) == len(prompts)
    return {"approach": approach, "beams": 1, "sentences": len(texts), "seconds": seconds,
            "per_second": len(texts) / seconds, "peak_rss_mb": memory.peak / 2**20,
            "delta_rss_mb": (memory.peak - memory.start) / 2**20, "torch_imported": "torch" in sys.modules,
            "prompts": len(prompts)}


def sentences(count: int, distinct: bool) -> list[str]:
    from zhbrief.load import load_document

    base = load_document(next(p for p in SAMPLES if p.exists())).sentences
    repeated = [base[i % len(base)] for i in range(count)]
    return [f"第{i}条，{s}" for i, s in enumerate(repeated)] if distinct else repeated


class PeakRss:
    """Samples resident memory while a block runs (torch's allocations included)."""

    def __enter__(self):
        self.start = self.peak = self._rss()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()
        return self

    def _rss(self) -> int:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * resource.getpagesize()

    def _watch(self):
        while not self._stop.wait(0.01):
            self.peak = max(self.peak, self._rss())

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._rss())


def _zhbrief_translator(approach: str, folder: str, beams: int, cached: bool):
    from zhbrief.translate.backends import BackendOptions, open_translator
    from zhbrief.translate.generate import CachedGenerator, GenerationOptions
    from zhbrief.translate.translator import Translator

    options = GenerationOptions(
        beams=beams, batch_size=32, max_new_tokens=NEW_TOKENS, min_new_tokens=NEW_TOKENS, no_repeat_ngram_size=0, guard=False,
    )
    backend = BackendOptions("torch") if approach == "torch" else BackendOptions("ct2", approach.split("-")[1])
    choice = open_translator(folder, "cpu", options, required=True, backend=backend)
    assert choice.warning is None, choice.warning
    generator = choice.translator.generator
    return Translator(CachedGenerator(generator) if cached else generator)


def run_one(approach: str, folder: str, count: int, distinct: bool, beams: int) -> dict:

    texts = sentences(count, distinct)
    fixed = dict(max_new_tokens=NEW_TOKENS, min_new_tokens=NEW_TOKENS, num_beams=beams)
    if approach == "naive":
        from zhbrief.models.loader import load_model

        loaded = load_model(folder, "translation", "cpu")
    else:
        translator = _zhbrief_translator(approach, folder, beams, cached=not distinct)
    with PeakRss() as memory:
        start = time.perf_counter()
        if approach == "naive":
            import torch

            with torch.inference_mode():
                for text in texts:
                    batch = loaded.tokenizer(text, return_tensors="pt")
                    output = loaded.model.generate(**batch, **fixed)
                    loaded.tokenizer.decode(output[0], skip_special_tokens=True)
        else:
            pairs = translator.translate_sentences(texts)
            assert sum(len(p) for p in pairs) == len(texts)
        seconds = time.perf_counter() - start
    return {"approach": approach, "beams": beams, "sentences": len(texts), "seconds": seconds,
            "per_second": len(texts) / seconds, "peak_rss_mb": memory.peak / 2**20,
            "delta_rss_mb": (memory.peak - memory.start) / 2**20, "torch_imported": "torch" in sys.modules}


LABELS = {"llm-torch": "chat LLM, torch float32", "llm-ct2": "chat LLM, ct2 int8", "naive": "naive (one at a time)", "torch": "zhbrief torch (batched)", "ct2-float32": "zhbrief ct2 float32",
          "ct2-int8": "zhbrief ct2 int8", "torch-cached": "zhbrief torch, repeats left in (cache)"}


def _prepare_ct2(folder: Path, env: dict) -> None:
    """Convert once for each compute type in a process of its own, so that the timed
    CTranslate2 runs load the converted copy and never import torch."""
    for compute_type in ("float32", "int8"):
        code = (f"from zhbrief.translate.backends import BackendOptions, open_translator; "
                f"c = open_translator({str(folder)!r}, 'cpu', required=True, backend=BackendOptions('ct2', {compute_type!r})); "
                f"assert c.backend == 'ctranslate2 {compute_type}', c.warning")
        subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True)


def _measure(approach: str, folder: Path, count: int, beams: int, repeats: bool, env: dict) -> dict:
    run = {"llm-ct2": "llm-ct2"}.get(approach, approach.removesuffix("-cached"))
    command = [sys.executable, __file__, "--run", run, "--model", str(folder),
               "--sentences", str(count), "--beams", str(beams)] + (["--repeats"] if repeats else [])
    output = subprocess.run(command, check=True, capture_output=True, text=True, env=env).stdout
    row = json.loads(output.strip().splitlines()[-1])
    row["approach"] = approach
    return row


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sentences", type=int, default=500)
    parser.add_argument("--naive-sentences", type=int, default=100)
    parser.add_argument("--beams", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--llm-sentences", type=int, default=16, help="sentences for the chat LLM rows (0: skip them)")
    parser.add_argument("--marian", action=argparse.BooleanOptionalAction, default=True, help="the Marian rows")
    parser.add_argument("--run", help=argparse.SUPPRESS)
    parser.add_argument("--model", help=argparse.SUPPRESS)
    parser.add_argument("--repeats", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        run = run_llm(args.run, args.model, args.sentences) if args.run.startswith("llm") else run_one(
            args.run, args.model, args.sentences, not args.repeats, args.beams[0])
        print(json.dumps(run))
        return
    if args.marian:
        _marian_rows(args)
    if args.llm_sentences:
        _llm_rows(args.llm_sentences)


def _llm_rows(count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = build_qwen3_sized_model(Path(tmp) / "qwen3-1.7b-sized")
        env = dict(os.environ, ZHBRIEF_CACHE=str(Path(tmp) / "cache"))
        code = f"from zhbrief.translate.chat_engine import open_ct2_chat; open_ct2_chat({str(folder)!r}, 'cpu', 'int8')"
        subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True)  # convert once
        rows = [_measure(a, folder, count, 1, False, env) for a in ("llm-torch", "llm-ct2")]
    torch_row, ct2_row = rows
    print(f"\nchat LLM (Qwen3-1.7B shape, random weights), {LLM_NEW_TOKENS} output tokens per prompt of 8 sentences, "
          f"CPU threads {os.cpu_count()}")
    print(f"{'approach':<40}{'sentences':>10}{'sent/s':>9}{'vs torch':>10}{'peak RSS MB':>13}{'+RSS MB':>9}")
    for row in rows:
        print(f"{LABELS[row['approach']]:<40}{row['sentences']:>10}{row['per_second']:>9.2f}"
              f"{row['per_second'] / torch_row['per_second']:>9.2f}x{row['peak_rss_mb']:>13.0f}{row['delta_rss_mb']:>9.0f}")
    print(f"ct2 int8 against torch float32: {ct2_row['per_second'] / torch_row['per_second']:.2f}x the speed at "
          f"{ct2_row['peak_rss_mb'] / torch_row['peak_rss_mb']:.2f} of the peak memory (target: >= 3x at <= 0.5)")


def _marian_rows(args) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = build_opus_sized_model(Path(tmp) / "opus-sized")
        env = dict(os.environ, ZHBRIEF_CACHE=str(Path(tmp) / "cache"))
        _prepare_ct2(folder, env)
        for beams in args.beams:
            rows = [_measure("naive", folder, args.naive_sentences, beams, False, env)]
            rows += [_measure(a, folder, args.sentences, beams, False, env) for a in ("torch", "ct2-float32", "ct2-int8")]
            if beams == 1:
                rows.append(_measure("torch-cached", folder, args.sentences, beams, True, env))
            _print_table(rows, beams)


def _print_table(rows: list[dict], beams: int) -> None:
    naive, torch_rate = rows[0], rows[1]
    print(f"\nbeam {beams}, {NEW_TOKENS} output tokens, CPU threads {os.cpu_count()}")
    print(f"{'approach':<40}{'sentences':>10}{'sent/s':>9}{'vs naive':>10}{'vs torch':>10}{'peak RSS MB':>13}{'+RSS MB':>9}")
    for row in rows:
        label = LABELS[row["approach"]] + ("" if row["torch_imported"] else " *")
        print(f"{label:<40}{row['sentences']:>10}{row['per_second']:>9.1f}"
              f"{row['per_second'] / naive['per_second']:>9.1f}x{row['per_second'] / torch_rate['per_second']:>9.2f}x"
              f"{row['peak_rss_mb']:>13.0f}{row['delta_rss_mb']:>9.0f}")
    print("* torch and transformers not imported in that process")


if __name__ == "__main__":
    main()
