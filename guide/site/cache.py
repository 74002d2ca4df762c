"""The site's service worker: a repeat visit from the browser's cache, a first visit in fewer bytes.

A plain static server (``python -m http.server``, a county web host) sends files as they are on disk,
and with no caching headers; JupyterLite's Pyodide worker then fetches every wheel again on each visit.
So the build replaces JupyterLite's ``service-worker.js`` with one that keeps all JupyterLite's does (it
loads the original, renamed ``service-worker-lite.js``: the kernel's file system and input requests go
through it) and adds, for the site's own files:
- a cache per build: each file is fetched once, and a repeat visit takes every file from it (a new build
  has a new cache name; the old cache is deleted when the new worker starts);
- gzip copies: the build writes ``X.gz`` beside each large text or WebAssembly file, and the worker
  fetches that and unpacks it (``DecompressionStream``), so a host that does not compress still sends
  about a third of the bytes. The originals stay, for a browser with no service worker.
Pages (``navigate`` requests) go to the network first, so a new build's pages are seen at once; they
come from the cache when the server is gone. A service worker needs a secure context: ``https://`` or
``http://localhost``. Over plain ``http://`` to another machine (a laptop's address on a room's
network) the site still works, without the cache and the compressed copies.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import shutil
from pathlib import Path

# Worth compressing: text, and WebAssembly (Pyodide's runtime, 8.6 MB, packs to 2.8). Wheels, zips and
# fonts are compressed already or read lazily (a lazy font is fetched in ranges where the host allows).
PACKED = (".js", ".mjs", ".wasm", ".json", ".css", ".svg")
MIN_SIZE = 16_000  # smaller files are not worth a second copy
LITE_WORKER = "service-worker-lite.js"

WORKER = """// Rebound's service worker (guide/site/cache.py): JupyterLite's own, plus a cache of this build's files
// and gzip copies unpacked here. Built for build {build}.
importScripts("./{lite}");
const CACHE_NAME = "rebound-{build}";
const GZIPPED = new Set({gzipped});
const TYPES = {types};
const ROOT = new URL("./", location.href);
// JupyterLite's fetch handler still answers its own requests (the kernel's files, input, the heartbeat).
self.removeEventListener("fetch", onFetch);

self.addEventListener("activate", (event) => {{
  event.waitUntil(caches.keys().then((names) => Promise.all(
    names.filter((name) => name.startsWith("rebound-") && name !== CACHE_NAME).map((name) => caches.delete(name)))));
}});

self.addEventListener("fetch", (event) => {{
  const request = event.request;
  const url = new URL(request.url);
  const path = url.href.startsWith(ROOT.href) ? url.pathname.slice(ROOT.pathname.length) : null;
  // Not ours to cache: other origins, writes, JupyterLite's api/ (answered by its own handler), and
  // ranges (a lazy font read in pieces).
  if (path === null || request.method !== "GET" || path.startsWith("api/") || request.headers.has("range")) {{
    return onFetch(event);
  }}
  event.respondWith(request.mode === "navigate" ? page(event, url) : file(event, url, path));
}});

async function page(event, url) {{
  const key = url.origin + url.pathname;
  try {{
    const response = await fetch(event.request);
    if (response.status === 200) event.waitUntil(caches.open(CACHE_NAME).then((c) => c.put(key, response.clone())));
    return response;
  }} catch (error) {{
    const cached = await caches.match(key);
    if (cached) return cached;
    throw error;
  }}
}}

async function file(event, url, path) {{
  const cache = await caches.open(CACHE_NAME);
  const key = url.origin + url.pathname;
  const cached = await cache.match(key);
  if (cached) return cached;
  let response = GZIPPED.has(path) ? await unpacked(key, path) : null;
  if (!response) response = await fetch(event.request);
  if (response.status === 200) event.waitUntil(cache.put(key, response.clone()));
  return response;
}}

async function unpacked(key, path) {{
  const packed = await fetch(key + ".gz");
  if (packed.status !== 200) return null;
  // A host that already marks the .gz as gzip-encoded has had the browser unpack it.
  const encoding = packed.headers.get("content-encoding") || "";
  const body = encoding.includes("gzip") ? packed.body : packed.body.pipeThrough(new DecompressionStream("gzip"));
  const type = TYPES[path.slice(path.lastIndexOf("."))] || "application/octet-stream";
  return new Response(body, {{status: 200, headers: {{"Content-Type": type}}}});
}}
"""

TYPES = {
    ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm",
    ".json": "application/json", ".css": "text/css", ".svg": "image/svg+xml",
}


def write(out: Path) -> list[str]:
    """Write the gzip copies and the service worker into the built site ``out``; the copied paths."""
    gzipped = []
    for path in sorted(out.rglob("*")):
        if path.is_file() and path.suffix in PACKED and path.stat().st_size >= MIN_SIZE:
            data = path.read_bytes()
            packed = gzip.compress(data, 9, mtime=0)
            if len(packed) < 0.8 * len(data):
                path.with_name(path.name + ".gz").write_bytes(packed)
                gzipped.append(path.relative_to(out).as_posix())
    shutil.move(out / "service-worker.js", out / LITE_WORKER)
    (out / "service-worker.js").write_text(
        WORKER.format(build=build_id(out), lite=LITE_WORKER, gzipped=json.dumps(gzipped), types=json.dumps(TYPES)),
        encoding="utf-8",
    )
    return gzipped


def build_id(out: Path) -> str:
    """A digest of every file of the site: a new build with any change gets a new cache."""
    digest = hashlib.sha256()
    for path in sorted(out.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(out).as_posix().encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]
