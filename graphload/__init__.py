"""graphload: news documents -> an entity network with evidence, in networkx or Neo4j."""

import sys
import types
from typing import Any

from .api import (
    LoadResult,
    View,
    aliases_add,
    aliases_list,
    aliases_merge,
    documents,
    evaluate,
    export,
    extract,
    forget,
    gazetteer,
    load,
    open_store,
    queries,
    query,
    render,
    show,
    stats,
    to_networkx,
    view,
)

__all__ = [
    "LoadResult", "StoreError", "View", "aliases_add", "aliases_list", "aliases_merge", "documents", "evaluate",
    "export", "extract", "forget", "gazetteer", "load", "open_store", "queries", "query", "render", "show",
    "stats", "to_networkx", "view",
]
__version__ = "0.1.0"


class _Package(types.ModuleType):
    """The API functions extract, export, evaluate and render share their names with submodules that
    are imported on first use; that import must not replace the function the user calls next."""

    def __setattr__(self, name: str, value: Any) -> None:
        if not (isinstance(value, types.ModuleType) and name in __all__):
            super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    """StoreError lives with the stores, which import networkx and a Cypher engine: only when asked for."""
    if name == "StoreError":
        from .store import StoreError

        return StoreError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
