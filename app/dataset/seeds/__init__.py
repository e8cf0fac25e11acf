"""Hand-written base tasks, one JSON Lines file per category (``coder.jsonl``, ``security.jsonl``, ...).

Each line is one base task: ``{"input", "context", "complexity", "domain", "tags", "variant"?}``
where ``variant`` is the same task rewritten by hand at another complexity level. The file a line
lives in is its category. Texts may hold slots such as ``{framework}`` that the generator fills from
``app.dataset.vocab``. The files are data a person reviews and extends; they are validated here
(errors name file, line and field) before the generator sees them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from app.dataset.loader import iter_jsonl_models
from app.dataset.seeds._types import Seed, SeedModel, Variant
from app.labels import Category

__all__ = ["SEED_DIR", "Seed", "Variant", "load_seed_file", "seed_file", "seeds_for"]

SEED_DIR = Path(__file__).resolve().parent


def seed_file(category: Category) -> Path:
    return SEED_DIR / f"{category.agent.value}.jsonl"


def load_seed_file(path: Path) -> tuple[Seed, ...]:
    """Every base task of a seed file, validated (raises ``DatasetFileError`` naming line and field)."""
    return tuple(m.to_seed() for m in iter_jsonl_models(path, SeedModel))


@cache
def seeds_for(category: Category) -> tuple[Seed, ...]:
    """The base tasks of a category, in file order (their index is their stable id)."""
    return load_seed_file(seed_file(category))
