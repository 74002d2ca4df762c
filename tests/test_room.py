"""The workshop room's server: five participants at once get their messages (on the room's fallback too),
past the cap a clear page, reloads hold no seat, and a template address outside the template is not found.

Each starts the room's real Voila (``make workshop``'s command; ``make run``'s for the template address)
on 127.0.0.1 and stops it. No speed is asserted: benchmarks/room.py prints the figures. The one bound
(a newcomer seated within a minute of 30 reloads) is polled, as a participant would reload.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest

from guide.catalogue import text
from guide.room.serve import kernel_cap

BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "room.py"


@pytest.fixture(scope="module")
def room_benchmark():
    spec = importlib.util.spec_from_file_location("room_benchmark", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def test_five_participants_at_once_all_get_their_message(room_benchmark):
    figures = room_benchmark.run(5, full_room_memory=False)
    assert figures["errors"] == []
    assert figures["p50_s"] is not None


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=120) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def _past_the_cap(room_benchmark, tmp_path, upstream: bool = False):
    """A room of 1 allows 3 kernels: three page loads (from three devices: the room's spare seats admit
    a few kernels per address only), then a fourth device."""
    server = room_benchmark.start_server(1, True, tmp_path, upstream)
    try:
        statuses = [_request(server.url, source=f"127.0.0.{n}")[0] for n in range(1, kernel_cap(1) + 1)]
        status, page = _request(server.url, source="127.0.0.9")
    finally:
        room_benchmark.stop_server(server)
    assert statuses == [200] * kernel_cap(1)
    assert status == 503
    assert text("workshop.room.full.title") in page
    assert text("workshop.room.full.detail") in page
    assert "Traceback" not in page


def test_past_the_cap_a_participant_gets_the_room_full_page_at_once(room_benchmark, tmp_path):
    _past_the_cap(room_benchmark, tmp_path)


def test_the_room_runs_on_its_fallback_too_and_its_cap_holds(room_benchmark, tmp_path):
    """On library versions the room was not tested with, it runs them as upstream (guide/room/upstream.py):
    without its speed-ups, every participant still gets their message (three at once: what the fallback
    changes is each page's path, which three pages take as five do), and the cap on kernels holds."""
    figures = room_benchmark.run(3, upstream=True, full_room_memory=False)
    assert figures["upstream"] and figures["errors"] == []
    _past_the_cap(room_benchmark, tmp_path, upstream=True)


def _request(url: str, method: str = "GET", source: str = "127.0.0.1", xsrf: str | None = None) -> tuple[int, str]:
    """One request from the client address ``source`` (any 127.x.y.z reaches the server on 127.0.0.1),
    with an ``_xsrf`` cookie and its header if given: its status and body (with any cookie set after it)."""
    import http.client

    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=300, source_address=(source, 0))
    headers = {"Cookie": f"_xsrf={xsrf}", "X-XSRFToken": xsrf} if xsrf else {}
    try:
        connection.request(method, parts.path or "/", headers=headers)
        response = connection.getresponse()
        body = response.read().decode("utf-8", "replace")
        return response.status, body + "\n" + "\n".join(response.headers.get_all("Set-Cookie") or [])
    finally:
        connection.close()


def test_one_client_cannot_take_the_last_seats_and_a_kernels_api_answers_only_its_page(room_benchmark, tmp_path):
    """A room of 2 (4 kernels, the last 2 spare): one address loads the page again and again; past its
    third kernel in the spare seats it is turned away, and a second device still gets the app. The kernel
    API (``/api/kernels/<id>``) answers a kernel's own page's address only: anyone else is told 404."""
    server = room_benchmark.start_server(2, True, tmp_path)
    try:
        greedy = [_request(server.url, source="127.0.0.1") for _ in range(kernel_cap(2))]
        second = _request(server.url, source="127.0.0.2")
        kernel_id = re.search(r'"kernelId":\s*"([0-9a-f-]+)"', greedy[0][1]).group(1)
        model = server.url + f"api/kernels/{kernel_id}"
        own = _request(model, source="127.0.0.1")
        # The second device, with the _xsrf cookie its page gave it (a DELETE needs one).
        xsrf = re.search(r"_xsrf=([^;\s]+)", second[1]).group(1)
        others = [_request(model, method, source="127.0.0.2", xsrf=xsrf)[0] for method in ("GET", "DELETE", "GET")]
        still_there = _request(model, source="127.0.0.1")[0]
    finally:
        room_benchmark.stop_server(server)
    assert [status for status, _ in greedy] == [200] * (kernel_cap(2) - 1) + [503]
    assert second[0] == 200 and "kernelId" in second[1]
    assert own[0] == 200 and kernel_id in own[1]  # the page reads its own kernel's model as it starts
    assert others == [404, 404, 404]
    assert still_there == 200  # the stranger's DELETE stopped nothing
    assert "Traceback" not in server.log_path.read_text(errors="replace")


# --- both servers, make run's and the room's: a stray template address, and the page's goodbye -----------

ESCAPES = [
    "voila/templates/rebound/static/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "voila/templates/rebound/static/..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
    "voila/templates/rebound",
]


@pytest.fixture(scope="module", params=[True, False], ids=["the room", "make run"])
def either_server(room_benchmark, tmp_path_factory, request):
    server = room_benchmark.start_server(1, request.param, tmp_path_factory.mktemp("server"))
    try:
        yield server
    finally:
        room_benchmark.stop_server(server)


def test_a_template_address_outside_the_template_is_not_found(either_server):
    answers = [_get(either_server.url + path) for path in ESCAPES]
    css = _get(either_server.url + "voila/templates/rebound/static/rebound-page.css")
    log = either_server.log_path.read_text(errors="replace")
    assert [status for status, _ in answers] == [404] * len(ESCAPES)
    assert all("root:" not in page for _, page in answers)
    assert "Traceback" not in log and "AssertionError" not in log
    assert css[0] == 200  # the template's own files are still served


# Addresses of Jupyter Server's own pages and files (its error pages, the logout page) and a page
# template named in the query: none is for a participant, and none may fail on the server.
STRAYS = [
    "logout",
    "static/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "voila/labextensions/..%2f..%2f..%2fetc%2fpasswd",
    "?template=..%2f..%2f..%2fetc&theme=..%2f..%2fx",
]


def test_a_stray_address_or_a_template_in_the_query_fails_nothing(either_server):
    """Each answers without a server error, serves no file from outside, and leaves no traceback in the
    log (Jupyter Server's error and logout pages link its static files, which Voila does not serve, and
    a template named in the query was looked for outside the templates: both were a traceback, and a 500
    for the logout page and the query). The query cannot change the page template: the page is the app's."""
    answers = {path: _get(either_server.url + path) for path in STRAYS}
    log = either_server.log_path.read_text(errors="replace")
    assert {path: status for path, (status, _) in answers.items() if status >= 500} == {}
    assert all("root:" not in page for _, page in answers.values())
    assert "voila/templates/rebound/static" in answers[STRAYS[-1]][1]  # the app's own page template
    assert "Traceback" not in log and "Uncaught exception" not in log


def test_a_page_gets_the_cookie_its_goodbye_needs_and_its_goodbye_stops_its_kernel(room_benchmark, either_server):
    async def visit(base_url):
        from tornado.httpclient import AsyncHTTPClient

        client = AsyncHTTPClient(force_instance=True)
        try:
            status, kernel_id, xsrf = await _open_page(base_url, client)
            goodbye = await _say_goodbye(base_url, client, kernel_id, xsrf)
            return status, kernel_id, xsrf, goodbye
        finally:
            client.close()

    status, kernel_id, xsrf, goodbye = room_benchmark._run_apart(lambda: asyncio.run(visit(either_server.url)))
    assert status == 200 and kernel_id
    assert xsrf, "the page was sent without its _xsrf cookie"
    assert goodbye == 204
    assert _get(either_server.url + f"api/kernels/{kernel_id}")[0] == 404  # stopped


# --- a reload does not hold a seat -----------------------------------------------------------------------

NEWCOMER_BOUND_S = 60


async def _open_page(base_url: str, client, source: str = "127.0.0.1") -> tuple[int, str | None, str | None]:
    """Load the page as a browser does (from the client address ``source``): its status, the kernel it
    was handed, and its _xsrf cookie."""
    from tornado.httpclient import HTTPRequest

    page = await client.fetch(HTTPRequest(base_url, request_timeout=300, network_interface=source), raise_error=False)
    body = page.body.decode("utf-8", "replace") if page.body else ""
    found = re.search(r'"kernelId":\s*"([0-9a-f-]+)"', body)
    cookies = ";".join(page.headers.get_list("Set-Cookie"))
    xsrf = re.search(r"_xsrf=([^;]+)", cookies)
    return page.code, found and found.group(1), xsrf and xsrf.group(1)


async def _connect(base_url: str, kernel_id: str):
    from tornado.websocket import websocket_connect

    return await websocket_connect(base_url.replace("http", "ws", 1) + f"api/kernels/{kernel_id}/channels")


async def _say_goodbye(base_url: str, client, kernel_id: str, xsrf: str | None, source: str = "127.0.0.1") -> int:
    """What Voila's page does as it unloads: post the _xsrf cookie's value to the shutdown address, from
    the page's own device (the room stops a kernel only for the address it was handed to)."""
    from tornado.httpclient import HTTPRequest

    body = urllib.parse.urlencode({"_xsrf": xsrf or ""})
    request = HTTPRequest(
        base_url + f"voila/api/shutdown/{kernel_id}", method="POST", body=body, network_interface=source,
        headers={"Cookie": f"_xsrf={xsrf}" if xsrf else "", "Origin": base_url.rstrip("/")},
    )  # fmt: skip
    return (await client.fetch(request, raise_error=False)).code


async def _abort_page(base_url: str, source: str = "127.0.0.1") -> None:
    """A reload before the page arrived: the request goes away after the first bytes of the answer."""
    host, port = urllib.parse.urlsplit(base_url).netloc.split(":")
    reader, writer = await asyncio.open_connection(host, int(port), local_addr=(source, 0))
    writer.write(f"GET / HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
    await writer.drain()
    await reader.read(100)
    writer.close()


async def _kernel_answers(ws) -> bool:
    """The open page's kernel still answers it (a kernel_info request over its websocket)."""
    msg_id = uuid.uuid4().hex
    header = {"msg_id": msg_id, "msg_type": "kernel_info_request", "username": "", "session": "s", "version": "5.3"}
    ws.write_message(json.dumps({"header": header, "parent_header": {}, "metadata": {}, "content": {}, "channel": "shell"}))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        frame = await asyncio.wait_for(ws.read_message(), 60)
        if frame is None:
            return False
        if isinstance(frame, str) and json.loads(frame).get("parent_header", {}).get("msg_id") == msg_id:
            return True
    return False


async def _reloads_then_a_newcomer(base_url: str) -> dict:
    from tornado.httpclient import AsyncHTTPClient

    client = AsyncHTTPClient(force_instance=True)
    try:
        # Someone in the room keeps the app open all along; another participant (another device, another
        # address) reloads; a third arrives.
        kept_device, reloading_device, newcomers_device = "127.0.0.1", "127.0.0.2", "127.0.0.3"
        status, kept_kernel, _ = await _open_page(base_url, client, kept_device)
        assert status == 200 and kept_kernel
        kept = await _connect(base_url, kept_kernel)
        # Another participant reloads 30 times in a row: some reloads come before the page arrived, some
        # before its script ran (it never connects), some after the page was up (it says goodbye).
        statuses, goodbyes, previous = [], [], None
        for reload in range(30):
            if previous is not None:
                kernel_id, xsrf, ws = previous
                goodbyes.append(await _say_goodbye(base_url, client, kernel_id, xsrf, reloading_device))
                ws.close()
                previous = None
            if reload % 3 == 0:
                await _abort_page(base_url, reloading_device)
                statuses.append("aborted")
                continue
            status, kernel_id, xsrf = await _open_page(base_url, client, reloading_device)
            statuses.append(status)
            if status == 200 and reload % 3 == 2:
                previous = (kernel_id, xsrf, await _connect(base_url, kernel_id))
        if previous is not None:
            goodbyes.append(await _say_goodbye(base_url, client, previous[0], previous[1], reloading_device))
            previous[2].close()
        # A newcomer arrives and tries again every two seconds, as a participant would reload.
        arrived, seated_after = time.monotonic(), None
        while time.monotonic() - arrived < NEWCOMER_BOUND_S + 5:
            asked = time.monotonic() - arrived
            status, kernel_id, _ = await _open_page(base_url, client, newcomers_device)
            if status == 200 and kernel_id:
                seated_after = asked
                break
            await asyncio.sleep(2)
        answers = await _kernel_answers(kept)
        kept.close()
        return {"statuses": statuses, "goodbyes": goodbyes, "seated_after": seated_after, "kept_answers": answers}
    finally:
        client.close()


def test_reloads_do_not_hold_seats_and_no_open_page_loses_its_kernel(room_benchmark, tmp_path):
    """A room of 2 (4 kernels at most): one page stays open while another is reloaded 30 times in a row.
    The goodbyes are accepted, the kernels of pages that went before connecting are released, a
    newcomer then gets the app within a minute, and the open page's kernel still answers it."""
    server = room_benchmark.start_server(2, True, tmp_path)
    try:
        outcome = room_benchmark._run_apart(lambda: asyncio.run(_reloads_then_a_newcomer(server.url)))
    finally:
        room_benchmark.stop_server(server)
    assert outcome["goodbyes"] and set(outcome["goodbyes"]) == {204}, outcome
    assert outcome["seated_after"] is not None and outcome["seated_after"] <= NEWCOMER_BOUND_S, outcome
    assert outcome["kept_answers"], outcome
    assert "Traceback" not in server.log_path.read_text(errors="replace")
