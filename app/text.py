"""How a task's ``input`` and ``context`` become the one text the router reads.

Defined once: the trainer, the evaluator and the service all call :func:`task_text`.
"""

from __future__ import annotations

_END_PUNCT = (".", "!", "?", ":", ";")


def task_text(input_text: str, context: str | None = None) -> str:
    """``input`` then ``context``, joined as two sentences (whitespace collapsed)."""
    head = " ".join(input_text.split())
    tail = " ".join((context or "").split())
    if not tail:
        return head
    if not head:
        return tail
    sep = " " if head.endswith(_END_PUNCT) else ". "
    return f"{head}{sep}{tail}"
