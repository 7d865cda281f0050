"""Benchmarks: every stage against the obvious alternative measured side by side in the same run.

The machine is shared, so absolute figures drift; ratios of two measurements taken moments apart
are what the targets are about, and the absolute numbers are printed alongside."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


@dataclass
class Result:
    """One table row. `ratio` is ours relative to the baseline, oriented so that bigger is better."""

    stage: str
    ours: str
    baseline: str = "-"
    ratio: float | None = None
    target: str = "-"
    ok: bool | None = None

    @property
    def verdict(self) -> str:
        return {True: "yes", False: "NO", None: "-"}[self.ok]


def not_run(stage: str, target: str, why: str) -> Result:
    """A row for what could not be measured here; never a made-up figure."""
    return Result(stage, f"not run: {why}", target=target)


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    value = fn()
    return time.perf_counter() - started, value


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    """Fastest of several runs: the least disturbed by the machine's other work."""
    return min(timed(fn)[0] for _ in range(repeat))


def rate(count: float, seconds: float, unit: str) -> str:
    return f"{count / seconds:,.0f} {unit}/s" if seconds else "-"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the forking parent, VmHWM starts afresh at exec.
PEAK_REPORT = ("\nimport re, sys\n"
               "sys.stderr.write('\\npeak_kb=' + re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read())[1])")


def in_child(code: str) -> tuple[float, float, str]:
    """Run Python code in a fresh interpreter: (seconds, peak resident MB, its stdout). A fresh
    process makes the peak that of this step alone, not of whatever ran before it."""
    script = code + PEAK_REPORT
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False,
                          cwd=Path(__file__).resolve().parent.parent)
    seconds = time.perf_counter() - started
    if done.returncode:
        raise RuntimeError(f"benchmark step failed:\n{done.stderr[-2000:]}")
    peak_kb = int(done.stderr.rsplit("peak_kb=", 1)[1])
    return seconds, peak_kb / 1024, done.stdout
