"""Generation with CTranslate2, behind the same contract as the torch generator: the same
batching, length limits and repetition guard; fed the tokenizer's tokens, end token included
(CTranslate2 does not add `</s>` for Transformers models by itself)."""

from __future__ import annotations

from zhbrief.models.ct2 import CT2Model
from zhbrief.models.loader import LoadedModel
from zhbrief.translate.generate import BatchedGenerator, GenerationOptions


class CT2Generator(BatchedGenerator):
    def __init__(self, loaded: LoadedModel, ct2: CT2Model, options: GenerationOptions = GenerationOptions()):
        super().__init__(loaded.tokenizer, loaded.max_input_tokens, loaded.label, options)
        self.ct2 = ct2
        self.target_prefix = loaded.target_lang  # NLLB: eng_Latn starts the output
        self.default_beams = loaded.default_beams
        self.backend = f"ctranslate2 {ct2.compute_type}"
        self._special = set(loaded.tokenizer.all_special_tokens)

    def _run(self, ids: list[list[int]], options: GenerationOptions, retry: bool) -> list[str]:
        tokens = [self.tokenizer.convert_ids_to_tokens(i) for i in ids]
        kwargs = {
            "beam_size": options.beams or self.default_beams,
            "max_batch_size": max(1, options.batch_size),
            "repetition_penalty": 1.3 if retry else 1.0,
        }
        if (new_tokens := self.max_new_tokens(max(len(i) for i in ids), options)) is not None:
            kwargs["max_decoding_length"] = new_tokens + (1 if self.target_prefix else 0)
        if options.min_new_tokens:
            kwargs["min_decoding_length"] = options.min_new_tokens
        if options.no_repeat_ngram_size and options.scale_to_source:
            kwargs["no_repeat_ngram_size"] = options.no_repeat_ngram_size
        prefix = [[self.target_prefix]] * len(tokens) if self.target_prefix else None
        results = self.ct2.translator.translate_batch(tokens, target_prefix=prefix, **kwargs)
        outputs = []
        for result in results:
            pieces = [t for t in result.hypotheses[0] if t not in self._special]
            outputs.append(self.tokenizer.convert_tokens_to_string(pieces).strip())
        return outputs
