"""Shared fixtures; backend- and browser-specific ones live in their own plugin modules."""

import os

import pytest

from graphload.extract import Extractor
from graphload.resolve import Gazetteer

pytest_plugins: list[str] = ["tests.neo4j_server"]

# The embedded store's warm query servers stop 5 s after a test's last query, not 5 minutes.
os.environ.setdefault("GRAPHLOAD_IDLE", "5")


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The default English extractor with an empty gazetteer, loaded once for every test that reads text."""
    return Extractor(Gazetteer())
