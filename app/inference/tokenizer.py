"""Batch tokenisation to numpy arrays for onnxruntime."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
from tokenizers import Tokenizer

#: texts are cut to ``max_length`` times this many characters before tokenising: far more than the first
#: ``max_length`` tokens ever span (after whitespace is collapsed, a word piece covers a few characters), so
#: the ids are unchanged, and a 20,000-character task no longer costs the tokenizer 20,000 characters of work
CHARS_PER_TOKEN_BOUND = 24


class BatchTokenizer:
    """Wraps a configured ``tokenizers.Tokenizer``: pads to the longest text, truncates."""

    def __init__(self, path: Path, max_length: int) -> None:
        tok = Tokenizer.from_file(str(path))
        pad_id = tok.token_to_id("[PAD]")
        tok.enable_truncation(max_length=max_length)
        tok.enable_padding(pad_id=0 if pad_id is None else pad_id, pad_token="[PAD]")
        self._tok = tok
        unpadded = Tokenizer.from_file(str(path))
        unpadded.enable_truncation(max_length=max_length)
        unpadded.no_padding()
        self._unpadded = unpadded
        self.max_length = max_length
        self.max_chars = max_length * CHARS_PER_TOKEN_BOUND

    def _cut(self, texts: Sequence[str]) -> list[str]:
        return [t[: self.max_chars] for t in texts]

    def __call__(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        encodings = self._tok.encode_batch(self._cut(texts))
        ids = np.asarray([e.ids for e in encodings], dtype=np.int64)
        mask = np.asarray([e.attention_mask for e in encodings], dtype=np.int64)
        return ids, mask

    def encode_unpadded(self, texts: Sequence[str]) -> list[list[int]]:
        """Token ids per text, truncated but not padded (for length-grouped batching)."""
        return [e.ids for e in self._unpadded.encode_batch(self._cut(texts))]
