"""The static site (``make site``): how big it is, what a first visit downloads and how soon the form is usable.

Prints the site's size on disk and gzipped, then serves it from a local static server that compresses
(gzip, as GitHub Pages and most hosts do) and counts every byte it sends, Pyodide's worker included, and
times the app's form becoming usable in headless Chromium:
- a first visit (empty cache), a repeat visit (the browser's cache), and a first visit over Chromium's
  network throttling (a "mobile" connection, MOBILE below).
Targets (issue 29): served compressed, a first visit under 20 MB and a usable form under 20 s on loopback;
a repeat visit under 5 s. The machine's load changes the times a lot: the script prints it.

Run: .venv/bin/python benchmarks/site.py   (builds site/ first if it is missing)
"""

from __future__ import annotations

import functools
import gzip
import http.server
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "site"
FORM_TIMEOUT_MS = 600_000
# Chromium's throttling for the "mobile" run: a fair 4G connection (bytes per second, milliseconds).
MOBILE = {"offline": False, "latency": 60, "downloadThroughput": 9_000_000 // 8, "uploadThroughput": 3_000_000 // 8}
COMPRESSIBLE = (".js", ".json", ".html", ".css", ".svg", ".map", ".txt", ".ipynb", ".mjs")


class Counting(http.server.SimpleHTTPRequestHandler):
    """A static server that gzips text files (wheels and zips are compressed already) and counts bytes."""

    sent = 0
    _gz: dict[str, bytes] = {}
    lock = threading.Lock()

    def log_message(self, *args) -> None:
        pass

    def send_head(self):
        path = self.translate_path(self.path)
        if (
            os.path.isfile(path) and path.endswith(COMPRESSIBLE)
            and "gzip" in self.headers.get("Accept-Encoding", "")
        ):
            body = self._gz.get(path)
            if body is None:
                body = self._gz[path] = gzip.compress(Path(path).read_bytes(), 6)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(path))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "max-age=3600")
            self.end_headers()
            import io

            return io.BytesIO(body)
        return super().send_head()

    def end_headers(self) -> None:
        if not any(h.startswith(b"Cache-Control") for h in getattr(self, "_headers_buffer", [])):
            self.send_header("Cache-Control", "max-age=3600")
        super().end_headers()

    def copyfile(self, source, outputfile) -> None:
        data = source.read()
        outputfile.write(data)
        with Counting.lock:
            Counting.sent += len(data)


def sizes() -> tuple[int, int]:
    raw = packed = 0
    for f in SITE.rglob("*"):
        if f.is_file():
            size = f.stat().st_size
            raw += size
            packed += len(gzip.compress(f.read_bytes(), 6)) if f.suffix in COMPRESSIBLE else size
    return raw, packed


def visit(context, url: str, throttle: dict | None = None) -> float:
    page = context.new_page()
    if throttle:
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", throttle)
    start = time.perf_counter()
    page.goto(url, wait_until="domcontentloaded")
    page.frame_locator("#app").get_by_label("Your name", exact=True).wait_for(timeout=FORM_TIMEOUT_MS)
    elapsed = time.perf_counter() - start
    page.close()
    return elapsed


def main() -> None:
    if not (SITE / "index.html").exists():
        subprocess.run([sys.executable, "-m", "guide.site.build"], cwd=ROOT, check=True)
    raw, packed = sizes()
    print(f"site: {raw / 1e6:.1f} MB on disk, {packed / 1e6:.1f} MB served gzipped")
    print(f"machine load (1 min): {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Counting, directory=str(SITE)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"))
        context = browser.new_context()
        context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(url) else r.abort())
        Counting.sent = 0
        first = visit(context, url)
        first_bytes = Counting.sent
        Counting.sent = 0
        repeat = visit(context, url)
        repeat_bytes = Counting.sent
        context.close()

        context = browser.new_context()
        context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(url) else r.abort())
        Counting.sent = 0
        mobile = visit(context, url, MOBILE)
        context.close()
        browser.close()
    server.shutdown()
    print(f"first visit:  {first_bytes / 1e6:.1f} MB downloaded, form usable after {first:.1f} s (target < 20 MB, < 20 s)")
    print(f"repeat visit: {repeat_bytes / 1e6:.1f} MB downloaded, form usable after {repeat:.1f} s (target < 5 s)")
    print(f"first visit over throttled 4G ({MOBILE['downloadThroughput'] * 8 / 1e6:.0f} Mbit/s, "
          f"{MOBILE['latency']} ms): form usable after {mobile:.1f} s")


if __name__ == "__main__":
    main()
