"""Known models with short names; anything else is a hub id or a local folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Task = Literal["translation", "summarization"]
# chat: an instruction-tuned decoder with a chat template; prompt: a decoder that
# translates a fixed completion prompt (`spec.prompt`), one text at a time.
Family = Literal["marian", "nllb", "mt5", "extractive", "seq2seq", "chat", "prompt"]


@dataclass(frozen=True)
class ModelSpec:
    name: str
    hub_id: str | None
    revision: str | None
    task: Task
    family: Family
    max_input_tokens: int
    license: str
    approx_size: str
    notes: str = ""
    source_lang: str | None = None  # NLLB language codes
    target_lang: str | None = None
    prompt: str | None = None  # family `prompt`: the completion prompt, `{text}` for the Chinese
    # family `chat`: options of the chat template (Qwen3: `enable_thinking` off, no reasoning text)
    chat_options: tuple[tuple[str, object], ...] = ()

    @property
    def needs_weights(self) -> bool:
        return self.hub_id is not None


KNOWN_MODELS: dict[str, ModelSpec] = {
    spec.name: spec
    for spec in (
        ModelSpec(
            name="opus-mt",
            hub_id="Helsinki-NLP/opus-mt-zh-en",
            revision="main",
            task="translation",
            family="marian",
            max_input_tokens=512,
            license="Apache-2.0 (weights CC-BY 4.0)",
            approx_size="300 MB",
            notes="default translator; Marian, about 77M parameters, sentencepiece",
        ),
        ModelSpec(
            name="nllb-600m",
            hub_id="facebook/nllb-200-distilled-600M",
            revision="main",
            task="translation",
            family="nllb",
            max_input_tokens=512,
            license="CC-BY-NC 4.0 (non-commercial use only)",
            approx_size="2.5 GB",
            notes="zho_Hans -> eng_Latn; better on long sentences, slower",
            source_lang="zho_Hans",
            target_lang="eng_Latn",
        ),
        ModelSpec(
            name="mt5-xlsum",
            hub_id="csebuetnlp/mT5_multilingual_XLSum",
            # main holds only a pickle checkpoint; the safetensors conversion is on this ref.
            revision="refs/pr/7",
            task="summarization",
            family="mt5",
            max_input_tokens=512,
            license="CC-BY-NC-SA 4.0 (non-commercial use only)",
            approx_size="2.3 GB",
            notes="Chinese summarizer, one-sentence news summaries",
        ),
        ModelSpec(
            name="qwen3-1.7b",
            hub_id="Qwen/Qwen3-1.7B",
            revision="main",
            task="translation",
            family="chat",
            max_input_tokens=4096,
            license="Apache-2.0",
            approx_size="4.1 GB",
            notes="chat LLM, 1.7B; translator or English summarizer; thinking turned off",
            chat_options=(("enable_thinking", False),),
        ),
        ModelSpec(
            name="qwen3-4b",
            hub_id="Qwen/Qwen3-4B-Instruct-2507",
            revision="main",
            task="translation",
            family="chat",
            max_input_tokens=4096,
            license="Apache-2.0",
            approx_size="8.1 GB",
            notes="chat LLM, 4B, instruct (no thinking mode); better English, slower",
        ),
        ModelSpec(
            name="gemmax2-2b",
            hub_id="ModelSpace/GemmaX2-28-2B-v0.1",
            revision="main",
            task="translation",
            family="prompt",
            max_input_tokens=1024,
            license="Gemma Terms of Use (commercial use allowed, under Google's prohibited use policy)",
            approx_size="5.2 GB",
            notes="translation LLM (Gemma 2 2B tuned for 28 languages); one sentence per prompt",
            prompt="Translate this from Chinese to English:\nChinese: {text}\nEnglish:",
        ),
        ModelSpec(
            name="extractive",
            hub_id=None,
            revision=None,
            task="summarization",
            family="extractive",
            max_input_tokens=0,
            license="part of zhbrief",
            approx_size="0",
            notes="no weights: lead position + centrality",
        ),
    )
}

DEFAULT_TRANSLATOR = "opus-mt"
DEFAULT_SUMMARIZER = "extractive"


@dataclass(frozen=True)
class ModelRef:
    """What the user named, resolved: a known spec, a local folder, or a bare hub id."""

    label: str  # what to show and record in the brief's `models` field
    source: str  # hub id or folder path passed to from_pretrained
    revision: str | None
    spec: ModelSpec | None
    is_local: bool


def resolve_model(name_or_path: str, task: Task) -> ModelRef:
    spec = KNOWN_MODELS.get(name_or_path)
    if spec is not None:
        return ModelRef(spec.hub_id or spec.name, spec.hub_id or spec.name, spec.revision, spec, False)
    path = Path(name_or_path).expanduser()
    if path.is_dir():
        return ModelRef(str(path), str(path), None, None, True)
    by_hub_id = next((s for s in KNOWN_MODELS.values() if s.hub_id == name_or_path), None)
    return ModelRef(name_or_path, name_or_path, by_hub_id.revision if by_hub_id else None, by_hub_id, False)
