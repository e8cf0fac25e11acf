"""The settings class: one source for the environment variables, their defaults and the README table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from app.settings import Settings

README = Path(__file__).resolve().parents[1] / "README.md"


def _readme_table() -> str:
    text = README.read_text(encoding="utf-8")
    rows = re.findall(r"^\| `ROUTER_[A-Z_]+` \|.*$", text, flags=re.M)
    header = "| variable | default | meaning |\n|---|---|---|"
    return "\n".join([header, *rows[: len(Settings.model_fields)]])


def test_readme_settings_table_is_the_generated_one() -> None:
    """The README's table is what `python -m app.settings` prints."""
    generated = Settings.markdown_table()
    assert "PydanticUndefined" not in generated
    assert _readme_table() == generated, "regenerate the README's settings table: python -m app.settings"


def test_every_setting_is_documented_and_has_an_env_name() -> None:
    for name, field in Settings.model_fields.items():
        assert field.description and len(field.description) > 20, name
    assert "`ROUTER_ALLOWED_HOSTS`" in Settings.markdown_table()


@pytest.mark.parametrize(
    ("field", "value"),
    [("max_batch_tokens", 10), ("allowed_hosts", 5), ("max_queue_size", 0), ("provider", "tpu")],
)
def test_bad_settings_name_the_field(field: str, value: object) -> None:
    with pytest.raises(ValidationError, match=field):
        Settings(**{field: value})  # type: ignore[arg-type]
