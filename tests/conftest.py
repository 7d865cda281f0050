"""Shared fixtures; backend- and browser-specific ones live in their own plugin modules."""

pytest_plugins: list[str] = ["tests.neo4j_server"]
