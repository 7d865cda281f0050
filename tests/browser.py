"""A real headless Chromium driven over the DevTools protocol, with the network off.

Small on purpose: start the browser, open a file:// page with traps installed before any of its
scripts run, evaluate JavaScript, click, and take screenshots."""

from __future__ import annotations

import base64
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import websocket

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    "--host-resolver-rules=MAP * ~NOTFOUND", "--remote-debugging-port=0", "--window-size=1400,900",
]

# Runs before the page's own scripts: any dialog or injected handler records itself instead of blocking.
TRAPS = """
window.__xss = [];
for (const name of ["alert", "confirm", "prompt"]) {
  window[name] = (...args) => { window.__xss.push([name, String(args[0])]); };
}
"""


def chromium_path() -> str | None:
    """Debian's chromium, or GRAPHLOAD_CHROMIUM for another build of it (only that one when set)."""
    chosen = os.environ.get("GRAPHLOAD_CHROMIUM")
    if chosen:
        return chosen if os.access(chosen, os.X_OK) else None
    return shutil.which("chromium") or shutil.which("chromium-browser")


class Page:
    """One tab, attached through the browser's websocket with a flat session id."""

    def __init__(self, browser: Browser, session: str) -> None:
        self.browser, self.session = browser, session
        self.requests: list[str] = []  # every URL the page asked for
        self.dialogs: list[str] = []  # native dialogs that got past the traps
        self.csp_violations: list[str] = []
        self.loaded = False

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.browser.send(method, params, self.session)

    def evaluate(self, expression: str, timeout: float = 30.0) -> Any:
        """The JSON value of an expression; promises are awaited, page exceptions raise."""
        reply = self.send("Runtime.evaluate", {
            "expression": expression, "awaitPromise": True, "returnByValue": True, "timeout": timeout * 1000,
        })
        if "exceptionDetails" in reply:
            raise RuntimeError(f"page error: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def wait_for(self, condition: str, timeout: float = 30.0) -> Any:
        """Poll a JavaScript expression in the page until it is truthy; returns its value."""
        return self.evaluate(f"""new Promise((resolve, reject) => {{
            const start = performance.now(), what = {json.dumps(condition)};
            (function poll() {{
                let value; try {{ value = ({condition}); }} catch (e) {{ value = undefined; }}
                if (value) resolve(value);
                else if (performance.now() - start > {timeout * 1000}) reject(new Error("timed out: " + what));
                else setTimeout(poll, 20);
            }})();
        }})""", timeout + 5)

    def node_point(self, label_start: str) -> list[float]:
        """Where on screen (DOM pixels) the graphload view draws the first node so labelled."""
        return self.evaluate(f"""(() => {{
            const view = graphloadView, r = document.getElementById("graph").getBoundingClientRect();
            const id = view.nodes.get({{filter: (n) => n.label.startsWith({json.dumps(label_start)})}})[0].id;
            const p = view.network.canvasToDOM(view.network.getPosition(id));
            return [r.left + p.x, r.top + p.y];
        }})()""")

    def edge_point(self, label_start: str) -> list[float]:
        """The middle of the first edge so labelled, checked to be that edge and not something on top."""
        return self.evaluate(f"""(() => {{
            const net = graphloadView.network, r = document.getElementById("graph").getBoundingClientRect();
            const id = graphloadView.edges.get({{filter: (e) => e.label.startsWith({json.dumps(label_start)})}})[0].id;
            const p = net.canvasToDOM(net.body.edges[id].edgeType.getPoint(0.5));
            if (net.getEdgeAt(p) !== id) throw new Error("edge middle is covered");
            return [r.left + p.x, r.top + p.y];
        }})()""")

    def click(self, x: float, y: float) -> None:
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})

    def screenshot(self, path: str | Path) -> Path:
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        out = Path(path)
        out.write_bytes(base64.b64decode(data))
        return out

    def handle(self, method: str, params: dict[str, Any]) -> None:
        if method == "Page.loadEventFired":
            self.loaded = True
        elif method == "Network.requestWillBeSent":
            self.requests.append(params["request"]["url"])
        elif method == "Page.javascriptDialogOpening":
            self.dialogs.append(params["message"])
            self.send("Page.handleJavaScriptDialog", {"accept": True})
        elif method == "Log.entryAdded" and "Content Security Policy" in params["entry"].get("text", ""):
            self.csp_violations.append(params["entry"]["text"])


class Browser:
    """Headless Chromium in a fresh profile; the DevTools port is read from DevToolsActivePort."""

    def __init__(self, executable: str) -> None:
        self.profile = tempfile.mkdtemp(prefix="graphload-chromium-")
        self.process = subprocess.Popen(
            [executable, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        port_file = Path(self.profile) / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and len(port_file.read_text().splitlines()) >= 2):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise RuntimeError("chromium did not start its DevTools endpoint")
            time.sleep(0.05)
        port, ws_path = port_file.read_text().splitlines()[:2]
        self.ws = websocket.create_connection(f"ws://127.0.0.1:{port}{ws_path}", timeout=60)
        self.ids = itertools.count(1)
        self.pages: dict[str, Page] = {}

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> dict[str, Any]:
        """Send one command and read messages until its reply, handing events to their pages."""
        msg_id = next(self.ids)
        message: dict[str, Any] = {"id": msg_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.ws.send(json.dumps(message))
        while True:
            reply = self.receive()
            if reply.get("id") == msg_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def receive(self) -> dict[str, Any]:
        message = json.loads(self.ws.recv())
        page = self.pages.get(message.get("sessionId", ""))
        if page and "method" in message:
            page.handle(message["method"], message.get("params", {}))
        return message

    def open(self, url: str, width: int = 1400, height: int = 900) -> Page:
        """A new offline tab with the traps installed, navigated to `url` and loaded."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = self.pages[session] = Page(self, session)
        for domain in ("Page", "Network", "Runtime", "Log"):
            page.send(f"{domain}.enable")
        page.send("Network.emulateNetworkConditions", {
            "offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1,
        })
        page.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        page.send("Page.addScriptToEvaluateOnNewDocument", {"source": TRAPS})
        page.send("Page.navigate", {"url": url})
        while not page.loaded:
            self.receive()
        return page

    def close(self) -> None:
        if getattr(self, "ws", None):
            self.ws.close()
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


def main() -> None:
    """`python -m tests.browser VIEW.html OUT.png [EDGE_LABEL]`: screenshot a view once settled,
    after clicking the edge so labelled (how docs/view.png is made)."""
    view, out, *edge = sys.argv[1:]
    executable = chromium_path()
    if executable is None:
        sys.exit("chromium is not installed")
    browser = Browser(executable)
    try:
        page = browser.open(Path(view).resolve().as_uri())
        page.wait_for("window.graphloadView && window.graphloadView.settled !== null")
        if edge:
            page.click(*page.edge_point(edge[0]))
            top = page.evaluate('document.getElementById("graph").getBoundingClientRect().top')
            page.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": 2, "y": top + 2})  # no tooltip
            time.sleep(0.3)
        print(page.screenshot(out))
    finally:
        browser.close()


if __name__ == "__main__":
    main()
