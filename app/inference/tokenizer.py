"""Batch tokenisation to numpy arrays for onnxruntime."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
from tokenizers import Tokenizer


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

    def __call__(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        encodings = self._tok.encode_batch(list(texts))
        ids = np.asarray([e.ids for e in encodings], dtype=np.int64)
        mask = np.asarray([e.attention_mask for e in encodings], dtype=np.int64)
        return ids, mask

    def encode_unpadded(self, texts: Sequence[str]) -> list[list[int]]:
        """Token ids per text, truncated but not padded (for length-grouped batching)."""
        return [e.ids for e in self._unpadded.encode_batch(list(texts))]
