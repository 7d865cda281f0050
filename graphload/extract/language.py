"""The per-language layers of extraction, named in languages.yml, so that a second language plugs in beside
English with its own parser, mentions and predicates while reference, resolution and scoring stay shared."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

LANGUAGES_PATH = Path(__file__).with_name("languages.yml")


@dataclass(frozen=True)
class Layers:
    code: str
    models: tuple[str, ...]
    mentions: Callable[..., Any]
    relations: Callable[..., Any]
    without_parser: Callable[..., Any]


def _function(reference: str) -> Callable[..., Any]:
    """"package.module:function" -> the function."""
    module, _, name = reference.partition(":")
    return getattr(importlib.import_module(module), name)


def languages(path: Path = LANGUAGES_PATH) -> dict[str, dict[str, Any]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@cache
def layers(code: str = "en") -> Layers:
    """The layers of the language `code`; a ValueError naming the known ones for any other."""
    known = languages()
    if code not in known:
        raise ValueError(f"no extraction layers for language {code!r}; known: {', '.join(sorted(known))}")
    entry = known[code]
    return Layers(code, tuple(entry["models"]), _function(entry["mentions"]), _function(entry["relations"]),
                  _function(entry["without_parser"]))
