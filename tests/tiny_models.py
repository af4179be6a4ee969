"""Tiny models of the real models' classes, built offline in a folder and loaded through the
normal path: MarianMTModel + MarianTokenizer (opus-mt), M2M100 + NllbTokenizer (NLLB),
MT5ForConditionalGeneration + T5Tokenizer (mT5 XLSum), Qwen3ForCausalLM + a byte-level BPE
tokenizer with a chat template (the chat LLMs). Random weights; nothing committed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

ZH = [
    "市委书记蒋连生出席会议并讲话。", "市长钟畅姿主持会议。", "要加强党对民族工作的全面领导。",
    "会议以电视电话会议形式召开。", "全市民族工作会议召开。", "要强化责任，逐项工作抓落实。",
    "[0]指出，要[1]。", "一是要压实责任；二是要突出重点。",
]
EN = [
    "Secretary Jiang Liansheng attended the meeting and spoke.", "The mayor presided over the meeting.",
    "We must strengthen the Party's leadership over ethnic work.", "The meeting was held by teleconference.",
    "The city ethnic work meeting was held.", "We must strengthen responsibility.", "[0] pointed out [1].",
]


def _train_spm(lines: list[str], prefix: Path, size: int, **ids) -> None:
    import sentencepiece as spm

    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines * 3), model_prefix=str(prefix), vocab_size=size, character_coverage=1.0,
        hard_vocab_limit=False, minloglevel=2, **ids,
    )


def build_marian(folder: Path, d_model: int = 64, vocab_size: int | None = None) -> Path:
    """opus-mt's layout: source.spm, target.spm, one vocab.json with <pad> last (as CTranslate2 expects).
    `vocab_size` pads the vocabulary with unused entries (opus-mt-zh-en has 65,001)."""
    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    folder.mkdir(parents=True, exist_ok=True)
    ids = dict(bos_id=-1, eos_id=1, unk_id=2, pad_id=-1)
    _train_spm(ZH, folder / "source", 120, **ids)
    _train_spm(EN, folder / "target", 100, **ids)
    for side in ("source", "target"):
        (folder / f"{side}.model").rename(folder / f"{side}.spm")
        (folder / f"{side}.vocab").unlink()
    vocab = {"</s>": 0, "<unk>": 1}
    for side in ("source", "target"):
        processor = spm.SentencePieceProcessor(model_file=str(folder / f"{side}.spm"))
        for i in range(processor.get_piece_size()):
            vocab.setdefault(processor.id_to_piece(i), len(vocab))
    while vocab_size and len(vocab) < vocab_size - 1:
        vocab[f"<unused{len(vocab)}>"] = len(vocab)
    vocab["<pad>"] = len(vocab)
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tokenizer = MarianTokenizer(
        source_spm=str(folder / "source.spm"), target_spm=str(folder / "target.spm"),
        vocab=str(folder / "vocab.json"), source_lang="zh", target_lang="en",
    )
    tokenizer.save_pretrained(folder)
    config = MarianConfig(
        vocab_size=len(vocab), d_model=d_model, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2,
        decoder_attention_heads=2, encoder_ffn_dim=d_model, decoder_ffn_dim=d_model, max_position_embeddings=256,
        pad_token_id=vocab["<pad>"], eos_token_id=0, decoder_start_token_id=vocab["<pad>"], forced_eos_token_id=0,
    )
    torch.manual_seed(0)
    MarianMTModel(config).save_pretrained(folder, safe_serialization=True)
    return folder


def build_nllb(folder: Path) -> Path:
    import torch
    from transformers import AutoTokenizer, M2M100Config, M2M100ForConditionalGeneration

    folder.mkdir(parents=True, exist_ok=True)
    _train_spm(ZH + EN, folder / "sentencepiece.bpe", 150, bos_id=0, pad_id=1, eos_id=2, unk_id=3)
    (folder / "sentencepiece.bpe.vocab").unlink()
    (folder / "tokenizer_config.json").write_text(json.dumps({"tokenizer_class": "NllbTokenizer"}))
    tokenizer = AutoTokenizer.from_pretrained(folder)
    tokenizer.add_special_tokens({"additional_special_tokens": ["zho_Hans", "eng_Latn"]})
    tokenizer.save_pretrained(folder)
    config = M2M100Config(
        vocab_size=len(tokenizer), d_model=32, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2,
        decoder_attention_heads=2, encoder_ffn_dim=64, decoder_ffn_dim=64, max_position_embeddings=256,
        pad_token_id=tokenizer.pad_token_id, eos_token_id=tokenizer.eos_token_id, bos_token_id=tokenizer.bos_token_id,
        decoder_start_token_id=tokenizer.eos_token_id,
    )
    torch.manual_seed(0)
    M2M100ForConditionalGeneration(config).save_pretrained(folder, safe_serialization=True)
    return folder


def build_mt5(folder: Path) -> Path:
    import torch
    from transformers import AutoTokenizer, MT5Config, MT5ForConditionalGeneration

    folder.mkdir(parents=True, exist_ok=True)
    _train_spm(ZH + EN, folder / "spiece", 120, pad_id=0, eos_id=1, unk_id=2, bos_id=-1)
    (folder / "spiece.vocab").unlink()
    (folder / "tokenizer_config.json").write_text(json.dumps({"tokenizer_class": "T5Tokenizer", "extra_ids": 0}))
    tokenizer = AutoTokenizer.from_pretrained(folder)
    tokenizer.save_pretrained(folder)
    config = MT5Config(
        vocab_size=len(tokenizer), d_model=32, d_kv=8, d_ff=64, num_layers=1, num_decoder_layers=1, num_heads=2,
        decoder_start_token_id=0, pad_token_id=0, eos_token_id=1,
    )
    torch.manual_seed(0)
    model = MT5ForConditionalGeneration(config)
    model.generation_config.max_length = 24
    model.generation_config.num_beams = 2
    model.save_pretrained(folder, safe_serialization=True)
    return folder


# A chat template in Qwen's shape, with its switch for the thinking block.
QWEN_TEMPLATE = (
    "{% for message in messages %}<|im_start|>{{ message['role'] }}\n{{ message['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n"
    "{% if enable_thinking is defined and enable_thinking is false %}<think>\n\n</think>\n\n{% endif %}{% endif %}"
)


def build_qwen3(folder: Path, hidden_size: int = 64) -> Path:
    """Qwen3ForCausalLM with a byte-level BPE tokenizer trained here and a chat template."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast, Qwen3Config, Qwen3ForCausalLM

    folder.mkdir(parents=True, exist_ok=True)
    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>", "<think>", "</think>"]
    trainer = trainers.BpeTrainer(vocab_size=600, special_tokens=specials, initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tokenizer.train_from_iterator((ZH + EN) * 3, trainer)
    fast = PreTrainedTokenizerFast(tokenizer_object=tokenizer, eos_token="<|im_end|>", pad_token="<|endoftext|>")
    fast.chat_template = QWEN_TEMPLATE
    fast.save_pretrained(folder)
    config = Qwen3Config(
        vocab_size=len(fast), hidden_size=hidden_size, intermediate_size=2 * hidden_size, num_hidden_layers=2,
        num_attention_heads=4, num_key_value_heads=2, head_dim=hidden_size // 4, max_position_embeddings=4096,
        tie_word_embeddings=True, eos_token_id=fast.eos_token_id, pad_token_id=fast.pad_token_id, bos_token_id=None,
    )
    torch.manual_seed(0)
    Qwen3ForCausalLM(config).save_pretrained(folder, safe_serialization=True)
    return folder


def copy_model(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target
