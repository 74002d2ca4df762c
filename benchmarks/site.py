"""The static site (``make site``): its size, what a visit downloads, and how many visitors one server feeds.

Serves ``site/`` as ``python -m http.server`` does (no compression, no caching headers: the site's
service worker fetches its gzip copies and caches every file) and counts every byte and file it sends,
Pyodide's worker included. In headless Chromium:
- a first visit (an empty cache): the bytes, by file (the largest) and in all, and the time to a usable
  form; target under 20 MB and 20 s on loopback;
- a repeat visit in the same browser (its cache): the bytes and the time; target under 5 s;
- a first visit over Chromium's throttling (a "mobile" connection, MOBILE below).
Then a load test: CLIENTS simultaneous participants, each fetching the files the first visit fetched,
from a real ``python -m http.server`` process on loopback: requests and bytes per second, bytes per
participant and the slowest participant's time, beside today's room of 40 kernels.
Times depend on the machine's load: the script prints it with them. Counts (bytes, files) do not.

Run: .venv/bin/python benchmarks/site.py [--clients 40] [--no-browser]   (builds site/ if it is missing)
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import functools
import http.client
import http.server
import os
import socket
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
ROOM_KERNELS = 40  # today's workshop room: one Voila kernel per participant (about 90 MB each)
CLIENT_TIMEOUT_S = 120  # one request of the load test; the whole test is bounded by clients x files


class Counting(http.server.SimpleHTTPRequestHandler):
    """``python -m http.server``'s handler, counting the bytes of each file it sends."""

    sent: collections.Counter = collections.Counter()
    lock = threading.Lock()

    def log_message(self, *args) -> None:
        pass

    def copyfile(self, source, outputfile) -> None:
        data = source.read()
        outputfile.write(data)
        with Counting.lock:
            Counting.sent[self.path.split("?")[0]] += len(data)


def load() -> str:
    return f"load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"


def visit(context, url: str, throttle: dict | None = None) -> tuple[float, collections.Counter]:
    """Open ``url`` until the app's form is usable: the seconds it took and the bytes sent, by file."""
    page = context.new_page()
    if throttle:
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", throttle)
    Counting.sent = collections.Counter()
    start = time.perf_counter()
    page.goto(url, wait_until="domcontentloaded")
    page.frame_locator("#app").get_by_label("Your name", exact=True).wait_for(timeout=FORM_TIMEOUT_MS)
    elapsed = time.perf_counter() - start
    page.close()
    return elapsed, Counting.sent


def browser_visits() -> collections.Counter:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Counting, directory=str(SITE)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"))
        context = browser.new_context()
        context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(url) else r.abort())
        first, first_files = visit(context, url)
        print(f"first visit ({load()}): {sum(first_files.values()) / 1e6:.2f} MB in {len(first_files)} files, "
              f"form usable after {first:.1f} s (targets: < 20 MB, < 20 s)")
        for path, size in first_files.most_common(12):
            print(f"  {size / 1e6:6.2f} MB  {path}")
        kinds = collections.Counter()
        for path, size in first_files.items():
            kinds["Python wheels" if path.endswith(".whl") else "Pyodide runtime" if "/static/pyodide/" in path
                  else "JupyterLite and extensions"] += size
        print("  by kind: " + ", ".join(f"{kind} {size / 1e6:.2f} MB" for kind, size in kinds.most_common()))
        repeat, repeat_files = visit(context, url)
        print(f"repeat visit ({load()}): {sum(repeat_files.values()) / 1e3:.1f} kB in {len(repeat_files)} files, "
              f"form usable after {repeat:.1f} s (target < 5 s)")
        context.close()

        context = browser.new_context()
        context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(url) else r.abort())
        mobile, _ = visit(context, url, MOBILE)
        print(f"first visit over throttled 4G ({MOBILE['downloadThroughput'] * 8 / 1e6:.0f} Mbit/s, "
              f"{MOBILE['latency']} ms; {load()}): form usable after {mobile:.1f} s")
        context.close()
        browser.close()
    server.shutdown()
    return first_files


def first_visit_files() -> list[str]:
    """Without a browser, an upper bound of the files a first visit fetches, as the service worker asks for
    them: the runtime, every wheel, every script of JupyterLite and its extensions (a visit loads about a
    third of them), gzip copies where there are."""
    files = []
    for path in sorted(SITE.rglob("*")):
        rel = path.relative_to(SITE).as_posix()
        if not path.is_file() or rel.endswith(".gz") or rel.startswith(("lab/", "notebooks/", "tree/", "doc/")):
            continue
        if "/fonts/" in rel or rel.endswith((".map", ".LICENSE.txt", ".ttf", ".eot", ".woff", ".png", ".ico")):
            continue
        files.append("/" + rel + (".gz" if path.with_name(path.name + ".gz").exists() else ""))
    return files


def participant(port: int, files: list[str]) -> tuple[float, int]:
    """One participant fetching ``files`` over one connection: the seconds it took and the bytes."""
    start, received = time.perf_counter(), 0
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=CLIENT_TIMEOUT_S)
    try:
        for path in files:
            connection.request("GET", path)
            response = connection.getresponse()
            received += len(response.read())
            if response.status != 200:
                raise RuntimeError(f"{path}: {response.status}")
            if response.getheader("Connection", "").lower() == "close" or response.version == 10:
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=CLIENT_TIMEOUT_S)
    finally:
        connection.close()
    return time.perf_counter() - start, received


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def load_test(files: list[str], clients: int) -> None:
    """``clients`` participants at once against ``python -m http.server`` (a process of its own)."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(SITE)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):  # up to 10 s for the server to listen
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        start = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(clients) as pool:
            results = list(pool.map(lambda _: participant(port, files), range(clients)))
        elapsed = time.perf_counter() - start
    finally:
        server.terminate()
        server.wait(timeout=10)
    total = sum(received for _, received in results)
    slowest = max(seconds for seconds, _ in results)
    print(f"load test ({load()}): {clients} participants at once, each {len(files)} files "
          f"({results[0][1] / 1e6:.2f} MB), from python -m http.server on loopback")
    print(f"  {clients * len(files) / elapsed:.0f} requests/s, {total / elapsed / 1e6:.0f} MB/s; all served in "
          f"{elapsed:.1f} s, the slowest participant {slowest:.1f} s, the fastest {min(s for s, _ in results):.1f} s")
    print(f"  that is {clients / elapsed * 60:.0f} first visits a minute; the room of {ROOM_KERNELS} kernels "
          f"holds {ROOM_KERNELS} participants in about {ROOM_KERNELS * 90 / 1000:.1f} GB, the site none")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=ROOM_KERNELS, help="participants of the load test")
    parser.add_argument("--no-browser", action="store_true", help="the sizes and the load test only")
    args = parser.parse_args()
    if not (SITE / "index.html").exists():
        subprocess.run([sys.executable, "-m", "guide.site.build"], cwd=ROOT, check=True)
    size = sum(f.stat().st_size for f in SITE.rglob("*") if f.is_file())
    print(f"site: {size / 1e6:.1f} MB on disk (with its gzip copies), {sum(1 for f in SITE.rglob('*') if f.is_file())} files")
    if args.no_browser:
        files = first_visit_files()
    else:
        files = sorted(browser_visits())
    load_test(files, args.clients)


if __name__ == "__main__":
    main()
