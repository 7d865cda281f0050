"""python -m bench [--docs N] [--scale 1000,10000,100000] [--query-docs 20000,100000] [--only stage,...]: one table
of every stage."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable

from . import Result, compliance, cypher, embedded_store, extraction, neo4j_writes, query, rendering, scaling, startup

COLUMNS = ("stage", "ours", "baseline", "ratio", "target", "ok")


def stages(args: argparse.Namespace) -> dict[str, Callable[[], list[Result]]]:
    return {
        "extraction": lambda: extraction.run(args.docs),
        "neo4j": lambda: neo4j_writes.run(args.relationships),
        "store": lambda: embedded_store.run(args.edges),
        "cypher": lambda: cypher.run(args.cypher_edges),
        "compliance": compliance.run,
        "query": lambda: query.run(args.query_docs),
        "rendering": lambda: rendering.run(2000, 8000),
        "scaling": lambda: scaling.run(args.scale, "none"),
        "startup": startup.run,
    }


def table(rows: list[Result]) -> str:
    cells = [COLUMNS] + [
        (r.stage, r.ours, r.baseline, f"{r.ratio:.2f}x" if r.ratio is not None else "-", r.target, r.verdict)
        for r in rows
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(COLUMNS))]
    lines = [" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--docs", type=int, default=500, help="documents for the extraction stage")
    parser.add_argument("--scale", default="1000,10000",
                        help="corpus sizes for the scaling table (100000 adds about 5 minutes)")
    parser.add_argument("--only", help=f"comma-separated stages: {', '.join(stages(parser.parse_args([])))}")
    parser.add_argument("--relationships", type=int, default=100_000, help="relationships for the Neo4j load")
    parser.add_argument("--edges", type=int, default=100_000, help="edges for the store save + load")
    parser.add_argument("--query-docs", default="20000,100000",
                        help="store sizes for the who_penalized_whom query, wall time and peak memory "
                             "(100000 takes about 2 minutes here)")
    parser.add_argument("--cypher-edges", type=int, default=20_000, help="edges for the Cypher query")
    args = parser.parse_args(argv)
    args.scale = [int(n) for n in args.scale.split(",") if n]
    args.query_docs = [int(n) for n in args.query_docs.split(",") if n]
    logging.basicConfig(level=logging.ERROR)
    chosen = stages(args)
    wanted = args.only.split(",") if args.only else list(chosen)
    unknown = set(wanted) - set(chosen)
    if unknown:
        parser.error(f"unknown stage(s): {', '.join(sorted(unknown))}")
    rows: list[Result] = []
    started = time.perf_counter()
    for name in wanted:
        print(f"bench: {name} ...", file=sys.stderr, flush=True)
        rows += chosen[name]()
    print(table(rows))
    print(f"\n{len(rows)} rows in {time.perf_counter() - started:.0f} s on {os.cpu_count()} cores; "
          f"ratio = ours relative to the baseline, bigger is better")
    failed = [r.stage for r in rows if r.ok is False]
    if failed:
        print("targets not met: " + "; ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
