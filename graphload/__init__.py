"""graphload: news documents -> an entity network with evidence, in networkx or Neo4j."""

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
    queries,
    query,
    render,
    show,
    stats,
    view,
)
from .store import StoreError, open_store

__all__ = [
    "LoadResult", "StoreError", "View", "aliases_add", "aliases_list", "aliases_merge", "documents", "evaluate",
    "export", "extract", "forget", "gazetteer", "load", "open_store", "queries", "query", "render", "show",
    "stats", "view",
]
__version__ = "0.1.0"
