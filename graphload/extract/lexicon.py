"""Word lists kept as YAML data, loaded into frozen dataclasses by their field types, so that adding
a list is one YAML key and one annotated field, never a third place to keep in step."""

from __future__ import annotations

import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import yaml

T = TypeVar("T")


def _convert(hint: Any, value: Any) -> Any:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is frozenset:
        return frozenset(value)
    if origin is tuple:
        return tuple(value)
    if origin is dict:
        return {k: _convert(args[1], v) for k, v in value.items()}
    return value


def load_lexicon(cls: type[T], path: Path, derive: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> T:
    """`cls` built from the YAML file at `path`: each field from the key of its name, converted to
    its annotated type, except the fields that `derive` computes from the whole file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    derived = derive(data) if derive else {}
    hints = typing.get_type_hints(cls)
    values = {name: _convert(hint, data[name]) for name, hint in hints.items() if name not in derived}
    return cls(**values, **derived)
