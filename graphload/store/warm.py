"""A FalkorDB server kept warm for one store directory, so that a command does not pay for starting
the engine and loading its dump (most of a query's time on a large store).

The first command that needs the engine starts a detached watcher (`python -m graphload.store.warm
DIR`) in its own session; the watcher starts redis-server as its child (which dies with it, by the
parent-death signal), records itself in DIR/server.json and stops the server, and itself, once no
client has sent a command for GRAPHLOAD_IDLE seconds (default 300), when the server dies, or on
SIGTERM (`graphload stop`). A server.json whose watcher is gone or whose socket does not answer is
stale: the next command starts a new server. GRAPHLOAD_WARM=0 gives each command its own server, as
before, which stops with the command.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

STATE = "server.json"
START_LOCK = "start.lock"
IDLE = 300.0  # seconds without a command before the server stops itself


def enabled() -> bool:
    return os.environ.get("GRAPHLOAD_WARM", "1") != "0"


def idle_seconds() -> float:
    return float(os.environ.get("GRAPHLOAD_IDLE", IDLE))


@contextlib.contextmanager
def flocked(path: Path, exclusive: bool) -> Iterator[None]:
    """An flock on `path`, released when the process dies, however it dies."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        yield


def _state(directory: Path) -> dict[str, Any] | None:
    try:
        return json.loads((directory / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def running(directory: Path) -> dict[str, Any] | None:
    """The recorded server if its watcher is alive and its socket answers, else None."""
    from .falkor import _connection

    state = _state(directory)
    if state is None or not _alive(state["pid"]) or not Path(state["socket"]).exists():
        return None
    try:
        _connection(Path(state["socket"])).ping()
    except Exception:  # noqa: BLE001 - any failure to answer makes it stale
        return None
    return state


def connect(directory: Path) -> dict[str, Any]:
    """The running server of `directory`, started (one starter at a time) when there is none or the
    recorded one is stale."""
    from .base import StoreError

    state = running(directory)
    if state is not None:
        return state
    with flocked(directory / START_LOCK, exclusive=True):
        state = running(directory)
        if state is not None:
            return state
        stale = _state(directory)
        if stale is not None:
            if _alive(stale["pid"]):  # a watcher whose server does not answer
                _terminate(stale["pid"])
            runtime = Path(stale["socket"]).parent  # left behind by a watcher killed with SIGKILL
            if runtime.name.startswith("graphload-"):
                shutil.rmtree(runtime, ignore_errors=True)
        (directory / STATE).unlink(missing_ok=True)
        proc = subprocess.Popen([sys.executable, "-m", "graphload.store.warm", str(directory.resolve())],
                                cwd=directory, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, start_new_session=True)  # cwd: not a checkout's graphload/
        assert proc.stdout is not None and proc.stderr is not None
        line = proc.stdout.readline().decode().strip()
        proc.stdout.close()
        if line != "ready":
            proc.wait()
            error = proc.stderr.read().decode(errors="replace").strip().splitlines()[-1:]
            raise StoreError(" ".join(error) or f"{directory}: the embedded graph engine did not start")
        proc.stderr.close()
        state = _state(directory)
        assert state is not None
        return state


def _terminate(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 10
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.01)


def stop(directory: Path) -> bool:
    """Stop the warm server of `directory`, if one runs; True if it did."""
    state = _state(directory)
    if state is None or not _alive(state["pid"]):
        (directory / STATE).unlink(missing_ok=True)
        return False
    _terminate(state["pid"])
    return True


def _activity(conn: Any, last: int) -> tuple[int, bool]:
    """Commands processed so far, and whether a client sent one since `last` (the INFO asking counts 1)
    or is still waiting for one to finish."""
    info = conn.info()
    total = int(info["total_commands_processed"])
    return total, total - last > 1 or int(info.get("blocked_clients", 0)) > 0


def watch(directory: Path) -> None:
    """Run the server of `directory` until it has been idle for idle_seconds()."""
    from .falkor import Server, _connection

    idle = idle_seconds()
    server = Server(directory)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        server.start()
        assert server.proc is not None
        state = {"pid": os.getpid(), "server": server.proc.pid, "socket": str(server.sock)}
        tmp = directory / f".{STATE}.{os.getpid()}"
        tmp.write_text(json.dumps(state), encoding="utf-8")
        tmp.replace(directory / STATE)
        print("ready", flush=True)
        os.dup2(os.open(os.devnull, os.O_RDWR), 1)
        os.dup2(1, 2)
        conn = _connection(server.sock)
        total, used = _activity(conn, 0)
        quiet_since = time.monotonic()
        while server.proc.poll() is None:
            time.sleep(min(1.0, idle / 4))
            total, used = _activity(conn, total)
            if used:
                quiet_since = time.monotonic()
            elif time.monotonic() - quiet_since >= idle:
                break
    finally:
        if _state(directory) == {"pid": os.getpid(), "server": server.proc and server.proc.pid,
                                 "socket": str(server.sock)}:
            (directory / STATE).unlink(missing_ok=True)
        server.stop()


if __name__ == "__main__":
    from .base import StoreError

    try:
        watch(Path(sys.argv[1]))
    except StoreError as exc:
        sys.exit(str(exc))
