"""The interface every backend offers: write claims, forget documents, read the graph, run Cypher."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, Any

from ..model import Extraction

if TYPE_CHECKING:  # networkx is imported by the commands that build the graph, not by every query
    import networkx as nx

Row = dict[str, Any]


class StoreError(Exception):
    """A problem a user can act on (server down, wrong password, locked store); one clear line."""


class Store(ABC):
    @abstractmethod
    def write(self, extractions: Sequence[Extraction], force: bool = False) -> dict[str, int]:
        """Store documents' claims all-or-nothing. A document already stored with the same id is
        left as it is (replaced with `force`); one stored from the same path with other text is replaced.
        Returns counts: added, replaced, unchanged."""

    @abstractmethod
    def forget(self, doc: str) -> list[str]:
        """Remove documents matching an id, id prefix or path, and what only they supported."""

    @abstractmethod
    def documents(self) -> list[Row]:
        """What is loaded: id, path, title, loaded_at, words, entities, relations."""

    @abstractmethod
    def merge_entities(self, merged: str, into: str, name: str, type_: str) -> int:
        """Fold entity `merged` into entity `into` (ids; `into` may be known only from the alias file,
        hence its name and type) in every stored document: relations and mentions move over, the old
        name becomes an alias. Returns how many documents changed."""

    def stats(self) -> dict[str, dict[str, int]]:
        """Nodes by label and relationships by type; a server backend answers with count queries."""
        graph = self.graph()
        labels = Counter(label for _, d in graph.nodes(data=True) for label in d.get("__labels__", ()))
        types = Counter(d.get("type", "?") for _, _, d in graph.edges(data=True))
        return {"nodes": dict(labels), "relationships": dict(types)}

    @abstractmethod
    def graph(self) -> nx.MultiDiGraph:
        """The merged property graph, for rendering and export."""

    @abstractmethod
    def run(self, cypher: str, params: dict[str, Any] | None = None) -> list[Row]:
        """Rows of a Cypher query, each a dict of column -> value."""

    def transaction(self) -> AbstractContextManager[None]:
        """Group the write() calls of one load. The embedded store commits them all at once;
        a server backend commits each batch and returns a no-op here."""
        return nullcontext()

    def close(self) -> None:  # noqa: B027 - optional for backends without connections
        """Release connections."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
