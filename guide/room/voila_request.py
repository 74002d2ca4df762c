"""Wait for the page's request in a preheated kernel, as ``voila.utils.wait_for_request`` does, without
importing Voila into the kernel.

Voila's own helper lives in ``voila.utils``, whose imports bring Jupyter Server, JupyterLab Server and
Voila's configuration into the kernel: about 50 MB in every one of a room's forty-odd kernels, for a
function that opens one websocket. This is the same protocol (Voila 0.5's ``/voila/query/<kernel id>``:
the server sends the request's environment as one JSON message when the pooled kernel is handed to a
page), with the same environment variables and defaults, using the ``websockets`` client Voila itself
uses. ``tests/test_ui_language.py`` holds it to Voila's address; the preheated-room browser test
(``tests/browser/test_language.py``) to the real server. On a Voila version the room was not tested
with (``upstream.tested``), Voila's own helper is used, imports and all.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import os


def query_url() -> str:
    """The address Voila's own helper would connect to, from the variables Voila gives the kernel."""
    protocol = os.getenv("VOILA_WS_PROTOCOL", "ws")
    server_ip = os.getenv("VOILA_APP_IP", "127.0.0.1")
    server_port = os.getenv("VOILA_APP_PORT", "8866")
    server_url = os.getenv("VOILA_SERVER_URL", "/")
    ws_base_url = os.getenv("VOILA_WS_BASE_URL", server_url)
    return f"{protocol}://{server_ip}:{server_port}{ws_base_url}voila/query/{os.getenv('VOILA_KERNEL_ID')}"


async def _request_info(url: str) -> str | None:
    from websockets.asyncio.client import connect

    try:
        async with connect(url, open_timeout=5) as websocket:
            return await websocket.recv()  # type: ignore[return-value]
    except (TimeoutError, ConnectionRefusedError, OSError):
        return None


def wait_for_request() -> None:
    """Block until a page is handed this preheated kernel, then put its request (``QUERY_STRING`` and
    the rest) into the environment. Like Voila's, it waits on a thread of its own with its own event
    loop, so it works whether or not the caller's thread runs one (the kernel's main thread does)."""
    if os.getenv("VOILA_PREHEAT", "False") == "False":
        return
    from . import upstream

    if not upstream.tested("voila"):
        from voila.utils import wait_for_request as voila_wait_for_request

        voila_wait_for_request()
        return
    with concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="rebound-request") as pool:
        info = pool.submit(asyncio.run, _request_info(query_url())).result()
    if info is not None:
        for key, value in json.loads(info).items():
            os.environ[key] = value
