"""Start-up cost every command pays before doing anything: `graphload --help` and `graphload queries`
against a bare `python -c "import click"` (the least a click command can cost)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from . import Result, ms, not_run, timed

TARGET = 4.0  # at most this many times the bare click import
REPEAT = 9


def fastest(commands: list[list[str]]) -> list[float]:
    """Fastest wall time of each command in a fresh process; the commands take turns, so that a busy
    moment on the shared machine slows them all alike."""
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(REPEAT):
        for argv, seen in zip(commands, times, strict=True):
            seen.append(timed(lambda argv=argv: subprocess.run(argv, check=True, capture_output=True))[0])
    return [min(seen) for seen in times]


def run() -> list[Result]:
    graphload = Path(sys.executable).with_name("graphload")
    target = f"within {TARGET:g}x"
    if not graphload.exists():
        return [not_run("startup: graphload --help vs import click", target, f"no {graphload}")]
    commands = [["--help"], ["queries"]]
    baseline, *ours = fastest([[sys.executable, "-c", "import click"]] + [[str(graphload), *c] for c in commands])
    return [Result(f"startup: graphload {' '.join(args)} vs python -c 'import click'", ms(seconds), ms(baseline),
                   baseline / seconds, target, seconds <= TARGET * baseline)
            for args, seconds in zip(commands, ours, strict=True)]
