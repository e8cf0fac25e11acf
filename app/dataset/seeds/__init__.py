"""Hand-written base tasks, one module per category (``coder.py``, ``security.py``, ...)."""

from __future__ import annotations

import importlib
from functools import cache

from app.dataset.seeds._types import Seed, Variant
from app.labels import Category

__all__ = ["Seed", "Variant", "seeds_for"]


@cache
def seeds_for(category: Category) -> tuple[Seed, ...]:
    """The base tasks of a category, in file order (their index is their stable id)."""
    module = importlib.import_module(f"app.dataset.seeds.{category.agent.value}")
    return tuple(module.SEEDS)
