"""Command line: ``claude-task-router`` (also ``python -m app``).

Subcommands: ``dataset generate|stats|validate``, ``train``, ``eval``, ``serve``, ``route``.
User errors print one line to stderr and exit non-zero; no traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

EXIT_USAGE = 2
EXIT_FAILURE = 1


class CliError(Exception):
    """A user-facing error: printed as one line, exit code 2."""


class OneLineParser(argparse.ArgumentParser):
    """argparse, but an argument error is one line (``prog: error: ...; see --help``), not the usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _describe_settings_error(exc: Exception) -> str:
    """A pydantic ValidationError of a config built from arguments, as one line naming the option."""
    parts = []
    for err in exc.errors(include_url=False):  # type: ignore[attr-defined]
        field = str(err["loc"][0]) if err["loc"] else "argument"
        parts.append(f"--{field.replace('_', '-')}: {err['msg']}")
    return "; ".join(parts)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {value}")
    return value


def _formats(text: str) -> list[str]:
    from app.dataset.export import Format

    names = [p.strip().lower() for p in text.split(",") if p.strip()]
    valid = [f.value for f in Format]
    bad = [n for n in names if n not in valid]
    if bad or not names:
        shown = ", ".join(bad) if bad else repr(text)
        raise argparse.ArgumentTypeError(f"unknown format {shown}; choose from {', '.join(valid)}")
    return names


def _writable_dir(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CliError(f"cannot create output folder {path}: {exc.strerror}") from None
    if not os.access(path, os.W_OK):
        raise CliError(f"output folder {path} is not writable")
    return path


# ---------------------------------------------------------------------------
# dataset


def _cmd_dataset_generate(args: argparse.Namespace) -> int:
    from app.dataset.export import Format, write_dataset
    from app.dataset.generator import MAX_EXAMPLES_PER_CATEGORY, DatasetConfig

    if args.examples_per_category > MAX_EXAMPLES_PER_CATEGORY:
        raise CliError(f"--examples-per-category must be at most {MAX_EXAMPLES_PER_CATEGORY}")
    out = _writable_dir(Path(args.out))
    config = DatasetConfig(
        examples_per_category=args.examples_per_category,
        enable_augmentation=not args.no_augmentation,
        seed=args.seed,
    )
    progress = None
    if config.expected_size >= 20_000 and not args.quiet:
        from tqdm import tqdm

        def progress(it):  # type: ignore[no-untyped-def]
            return tqdm(it, total=config.expected_size, unit="rec", unit_scale=True, file=sys.stderr)

    stats = write_dataset(
        config,
        out,
        [Format(f) for f in args.formats],
        strict=args.strict,
        splits=not args.no_splits,
        progress=progress,
    )
    if not args.quiet:
        print(
            f"wrote {stats['total']} records to {out} "
            f"(distinct inputs {stats['distinct_inputs']}, models {stats['by_expected_model']})"
        )
    return 0


def _cmd_dataset_stats(args: argparse.Namespace) -> int:
    from app.dataset.export import stats_of
    from app.dataset.loader import load_records

    records = load_records(args.file)
    print(json.dumps(stats_of(records), indent=2))
    return 0


def _cmd_dataset_validate(args: argparse.Namespace) -> int:
    from app.dataset.loader import load_records

    records = load_records(args.file)
    print(f"{args.file}: {len(records)} valid records")
    return 0


# ---------------------------------------------------------------------------
# parser


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="claude-task-router",
        description="Route software tasks to an agent and a Claude model tier.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    ds = sub.add_parser("dataset", help="generate, inspect and validate the Claude Task Dataset")
    ds_sub = ds.add_subparsers(dest="dataset_command", metavar="ACTION", required=True)

    gen = ds_sub.add_parser("generate", help="generate the dataset and write every file")
    gen.add_argument("--out", required=True, help="output folder (created if missing)")
    gen.add_argument("--examples-per-category", type=_positive_int, default=100, metavar="N")
    gen.add_argument("--seed", type=_non_negative_int, default=42, metavar="S")
    gen.add_argument("--no-augmentation", action="store_true", help="base records only")
    gen.add_argument(
        "--formats", type=_formats, default=["jsonl", "json", "parquet"], help="comma list of jsonl,json,parquet"
    )
    gen.add_argument("--strict", action="store_true", help="write only the spec's fields (no id/provenance)")
    gen.add_argument("--no-splits", action="store_true", help="skip the train/val/test files")
    gen.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    gen.set_defaults(func=_cmd_dataset_generate)

    st = ds_sub.add_parser("stats", help="print statistics of a dataset file")
    st.add_argument("file")
    st.set_defaults(func=_cmd_dataset_stats)

    va = ds_sub.add_parser("validate", help="validate a dataset file; non-zero exit on errors")
    va.add_argument("file")
    va.set_defaults(func=_cmd_dataset_validate)

    for register in _optional_commands():
        register(sub)
    return parser


#: modules that add subcommands (train, eval, serve, route); each exposes ``register(subparsers)``.
_COMMAND_MODULES = ("app.training.cli", "app.evaluation.cli", "app.api.cli", "app.integrations.cli")


def _optional_commands() -> list[Callable[[argparse._SubParsersAction], None]]:  # type: ignore[type-arg]
    import importlib

    out = []
    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        out.append(module.register)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    from pydantic import ValidationError

    from app.dataset.loader import DatasetFileError

    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ValidationError as exc:  # a config built from the arguments (e.g. DatasetConfig) refused a value
        print(f"error: {_describe_settings_error(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except DatasetFileError as exc:
        sep = " " if len(exc.problems) == 1 else "\n"
        print(f"error: invalid dataset file:{sep}{exc}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
