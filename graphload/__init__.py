"""graphload: news documents -> an entity network with evidence, in networkx or Neo4j."""

from .api import LoadResult, evaluate, extract, gazetteer, load, query, render, stats
from .store import open_store

__all__ = ["LoadResult", "evaluate", "extract", "gazetteer", "load", "open_store", "query", "render", "stats"]
__version__ = "0.1.0"
