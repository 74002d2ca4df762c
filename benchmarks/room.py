"""A workshop room under load: N participants open the page at the same moment and fill in the form.

Each participant is a real session over the Jupyter kernel websocket, doing what the page does: load the
page (which hands it a kernel), open the widget comm, fetch the widgets' state, then change the form
(scenario, company, job, name) until the kernel sends back a written message. It speaks the wire protocol
the page's own kernel connection asks for (JupyterLab's services, ``v1.kernel.websocket.jupyter.org``:
binary frames the server relays without decoding), not the older JSON one that makes the server decode
and re-encode every message. Time to first message runs from the page request to that message. No
browser is involved, so the figures are the server's, not a browser's rendering on the same two cores.

Prints p50/p95 time to first message, errors (any failed page, a page without the app, a socket or a
missing message, a room-full page included), the processor time used meanwhile (the room's, this
client's, the whole machine's), and the server's memory: Voila and all its kernels, in total and per
participant.
Target on a 2-core machine: 40 participants, p95 under 2 s, zero errors.

Run:  .venv/bin/python benchmarks/room.py --sessions 40            # starts `make workshop`'s server
      .venv/bin/python benchmarks/room.py --sessions 10 --no-preheat  # Voila as `make run` serves it
      .venv/bin/python benchmarks/room.py --sessions 10 --upstream    # the room without its speed-ups
                                                                      # (as on an untested Voila)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import re
import signal
import socket
import statistics
import subprocess
import sys
import concurrent.futures
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

# The participants' browsers decode what the kernel sends on their own devices; this client does it on
# the server's cores, so it decodes with orjson (as jupyter_client does) to take as little from them as it can.
import orjson  # noqa: E402
from tornado.httpclient import AsyncHTTPClient, HTTPRequest  # noqa: E402
from jupyter_server.services.kernels.connection.base import (  # noqa: E402
    deserialize_msg_from_ws_v1,
    serialize_msg_to_ws_v1,
)
from tornado.websocket import websocket_connect  # noqa: E402

from guide.catalogue import text  # noqa: E402
from guide.situation import reasons_for  # noqa: E402
from guide.room.serve import APP_NOTEBOOK, ROOM_CONFIG_DIR, participant_command  # noqa: E402
from guide.room.upstream import FALLBACK_VARIABLE  # noqa: E402

SESSION_TIMEOUT_S = 180
QUIET_SECONDS = 5
START_TIMEOUT_S = 600  # a pool of 40 kernels takes a while to warm up on two busy cores
KERNEL_ID = re.compile(r'"kernelId":\s*"([0-9a-f-]+)"')
# The app's output in the page: a widget view. Without it the page shows nothing, whatever the kernel has.
APP_VIEW = "application/vnd.jupyter.widget-view+json"
POOL_FILLED = re.compile(r"Kernel pool of \S+ is filled with (\d+) kernel")
FIELDS = {"company": "Summit Logistics", "role": "Forklift Operator"}
SCENARIO = "withdraw"  # the one scenario that needs no interview time, so five fields write a message
REASON = "not_interested"
MESSAGE_CLASS = "rebound-message-body"
# The widget control comm's protocol version, as the page's widget manager announces it (ipywidgets 8).
CONTROL_VERSION = {"version": "1.0.0"}


@dataclass
class Outcome:
    seconds: float | None = None  # page request to the first written message
    page_s: float | None = None  # page request to the page's HTML (the kernel handed over)
    widgets_s: float | None = None  # page request to the widgets' state (the form could be drawn)
    error: str | None = None


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    log_path: Path
    notes: list[str] = field(default_factory=list)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# The kernel wire protocol the page's own widget manager (JupyterLab's services, in Voila's page) asks
# for: binary frames that the server relays to and from the kernel as they are, without decoding them.
PROTOCOL = "v1.kernel.websocket.jupyter.org"


def _message(msg_type: str, content: dict, session: str, metadata: dict | None = None) -> bytes:
    header = {
        "msg_id": uuid.uuid4().hex, "msg_type": msg_type, "username": "room", "session": session,
        "date": "", "version": "5.3",
    }  # fmt: skip
    parts = [json.dumps(part).encode() for part in (header, {}, metadata or {}, content)]
    return serialize_msg_to_ws_v1(parts, "shell")


async def _receive(ws) -> tuple[str, dict] | None:
    """The next message from the kernel: its type and content (None when the socket closed). The header
    is read first, and the content decoded only for the widget messages a page acts on."""
    frame = await ws.read_message()
    if frame is None:
        return None
    _channel, parts = deserialize_msg_from_ws_v1(frame)
    msg_type = orjson.loads(parts[0])["msg_type"]
    return msg_type, (orjson.loads(parts[3]) if msg_type in ("comm_msg", "comm_open") else {})


async def participant(base_url: str, number: int, delay: float = 0.0) -> Outcome:
    await asyncio.sleep(delay)
    started = time.perf_counter()
    outcome = Outcome()
    name = f"Participant {number}"
    try:
        page = await AsyncHTTPClient().fetch(HTTPRequest(base_url, request_timeout=SESSION_TIMEOUT_S), raise_error=False)
        if page.code != 200:
            return Outcome(error=f"page answered HTTP {page.code}")
        outcome.page_s = time.perf_counter() - started
        body = page.body.decode("utf-8", "replace")
        found = KERNEL_ID.search(body)
        if not found:
            return Outcome(error="the page named no kernel")
        if APP_VIEW not in body:
            return Outcome(error="the page had no app in it (a widget view)")
        session = uuid.uuid4().hex
        ws_url = base_url.replace("http", "ws", 1) + f"api/kernels/{found.group(1)}/channels?session_id={session}"
        ws = await websocket_connect(ws_url, subprotocols=[PROTOCOL])
        if ws.selected_subprotocol != PROTOCOL:
            return Outcome(error=f"the server did not speak {PROTOCOL}")
        try:
            control = uuid.uuid4().hex
            await ws.write_message(_message("comm_open", {"comm_id": control, "target_name": "jupyter.widget.control", "data": {}}, session, CONTROL_VERSION), binary=True)
            await ws.write_message(_message("comm_msg", {"comm_id": control, "data": {"method": "request_states"}}, session), binary=True)
            states = None
            while states is None:
                received = await _receive(ws)
                if received is None:
                    return Outcome(error="the kernel socket closed before the widgets arrived")
                data = received[1].get("data", {})
                if data.get("method") == "update_states":
                    states = data["states"]
            outcome.widgets_s = time.perf_counter() - started
            by_label = {s["state"].get("description"): mid for mid, s in states.items() if s["state"].get("description")}
            bodies = {mid for mid, s in states.items() if MESSAGE_CLASS in s["state"].get("_dom_classes", [])}
            scenario_id = by_label[text("field.scenario")]
            labels = states[scenario_id]["state"]["_options_labels"]
            updates = [(scenario_id, {"index": labels.index(text(f"scenario.{SCENARIO}"))})]
            # "Why?" starts unanswered and must be chosen, as a participant would: by then the form offers
            # the scenario's own reasons, after "Choose one".
            updates.append((by_label[text("field.reason")], {"index": 1 + reasons_for(SCENARIO).index(REASON)}))
            updates += [(by_label[text(f"field.{f}")], {"value": v}) for f, v in FIELDS.items()]
            updates.append((by_label[text("field.candidate_name")], {"value": name}))
            for model_id, state in updates:
                await ws.write_message(
                    _message("comm_msg", {"comm_id": model_id, "data": {"method": "update", "state": state, "buffer_paths": []}}, session),
                    binary=True,
                )
            while True:
                received = await _receive(ws)
                if received is None:
                    return Outcome(error="the kernel socket closed before a message was written")
                content = received[1]
                state = content.get("data", {}).get("state", {})
                # A message tab is built when it first has a message (issue 28): its body then arrives as a
                # new widget (comm_open), and its class in the update that follows, rather than as an update
                # to a body the page already had.
                if MESSAGE_CLASS in state.get("_dom_classes", []):
                    bodies.add(content.get("comm_id"))
                if content.get("comm_id") in bodies and name in str(state.get("value", "")):
                    outcome.seconds = time.perf_counter() - started
                    return outcome
        finally:
            ws.close()
    except Exception as exc:  # every failure is counted, by kind, never hidden
        return Outcome(error=f"{type(exc).__name__}: {exc}"[:200])


async def room(base_url: str, sessions: int, spread: float = 0.0) -> list[Outcome]:
    """``sessions`` participants, all at once (``spread`` 0) or arriving evenly over ``spread`` seconds."""
    AsyncHTTPClient.configure(None, max_clients=sessions)
    step = spread / sessions
    tasks = [
        asyncio.wait_for(participant(base_url, i, (i - 1) * step), SESSION_TIMEOUT_S + spread) for i in range(1, sessions + 1)
    ]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    return [r if isinstance(r, Outcome) else Outcome(error=f"{type(r).__name__}: timed out or failed") for r in results]


def start_server(room_size: int, preheat: bool, base: Path, upstream: bool = False) -> Server:
    """Start the room's server (``upstream``: as on an untested Voila, Jupyter Server and ipywidgets)."""
    env = dict(os.environ)
    env.pop(FALLBACK_VARIABLE, None)
    if upstream:
        env[FALLBACK_VARIABLE] = "1"
    for name in ("JUPYTER_RUNTIME_DIR", "JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "IPYTHONDIR", "TMPDIR"):
        path = base / name.lower()
        path.mkdir(exist_ok=True)
        env[name] = str(path)
    env["TZ"] = "UTC"
    # The kernels run in notebooks/ and would import the installed guide; this checkout's is measured.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))
    port = free_port()
    if preheat:
        command = participant_command(room_size, "127.0.0.1", port)
    else:
        command = [sys.executable, "-m", "voila", APP_NOTEBOOK, "--no-browser", "--Voila.ip=127.0.0.1", f"--port={port}"]
    log_path = base / "voila.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, start_new_session=True)  # fmt: skip
    server = Server(f"http://127.0.0.1:{port}/", process, log_path)
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Voila exited:\n{log_path.read_text(errors='replace')[-3000:]}")
        log_text = log_path.read_text(errors="replace")
        if preheat and any(int(n) >= room_size for n in POOL_FILLED.findall(log_text)):
            wait_until_quiet(process.pid, deadline)
            return server
        if not preheat and "is running at" in log_text:  # "Voilà is running at"
            return server
        time.sleep(0.5)
    stop_server(server)
    raise RuntimeError("the server did not get ready in time")


def wait_until_quiet(pid: int, deadline: float) -> None:
    """Wait until the pool's kernels have finished running the app: the server's processes go quiet.

    Voila reports the pool "filled" once every kernel has started, while each is still running the
    notebook; a participant arriving then waits for that run. The room is warm when the server and its
    kernels together use under a tenth of one core for QUIET_SECONDS in a row.
    """
    import psutil

    root = psutil.Process(pid)
    quiet = 0
    while quiet < QUIET_SECONDS and time.monotonic() < deadline:
        procs = [root, *root.children(recursive=True)]
        for proc in procs:
            try:
                proc.cpu_percent(None)
            except psutil.Error:
                pass
        time.sleep(1)
        busy = 0.0
        for proc in procs:
            try:
                busy += proc.cpu_percent(None)
            except psutil.Error:
                pass
        quiet = quiet + 1 if busy < 10 else 0


def fill_delay() -> float:
    """Seconds Voila waits before refilling the pool after a kernel is taken, as the room configures it."""
    config = json.loads((ROOM_CONFIG_DIR / "voila.json").read_text())
    return float(config.get("VoilaKernelManager", {}).get("fill_delay", 1))


def stop_server(server: Server) -> None:
    if server.process.poll() is None:
        server.process.terminate()
        try:
            server.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.process.pid, signal.SIGKILL)
            server.process.wait(timeout=30)


def cpu_seconds(pid: int) -> float:
    """Processor time (user and system) used so far by the server and all its kernels."""
    import psutil

    root = psutil.Process(pid)
    total = 0.0
    for proc in [root, *root.children(recursive=True)]:
        try:
            times = proc.cpu_times()
            total += times.user + times.system
        except psutil.Error:
            continue
    return total


def machine_busy_seconds() -> float:
    """Processor time the whole machine has spent busy, over all cores (anyone's processes)."""
    import psutil

    t = psutil.cpu_times()
    return t.user + t.nice + t.system + getattr(t, "irq", 0.0) + getattr(t, "softirq", 0.0) + getattr(t, "steal", 0.0)


def memory(pid: int) -> tuple[float, int]:
    """Resident memory (MB) of the server and all its descendants, and how many kernels are among them."""
    import psutil

    root = psutil.Process(pid)
    procs = [root, *root.children(recursive=True)]
    total = 0
    kernels = 0
    for proc in procs:
        try:
            total += proc.memory_info().rss
            kernels += "ipykernel_launcher" in " ".join(proc.cmdline())
        except psutil.Error:
            continue
    return total / 2**20, kernels


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def _run_apart(work):
    """Run ``work`` on a thread of its own: the participants' event loop must not meet one the caller
    may already be running (a test process that drove a browser through Playwright has one)."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(work).result()


def run(
    sessions: int, preheat: bool = True, room_size: int | None = None, spread: float = 0.0, upstream: bool = False,
    full_room_memory: bool = True,
) -> dict:
    """Start a server, run ``sessions`` participants at once, stop it; the figures as a dict.

    ``full_room_memory``: wait for the pool to refill before reading the memory, so it is a full room's
    (the benchmark's figure); a test that checks only what participants got passes False and is spared
    the refill (the kernels that would start and run the app once more, for nobody)."""
    with tempfile.TemporaryDirectory(prefix="rebound-room-") as tmp:
        server = start_server(room_size or sessions, preheat, Path(tmp), upstream)
        outcomes: list[Outcome] = []
        try:
            before, pool = memory(server.process.pid)
            load = os.getloadavg()[0]
            server_cpu, client_cpu, machine, wall = (
                cpu_seconds(server.process.pid), time.process_time(), machine_busy_seconds(), time.perf_counter()
            )  # fmt: skip
            outcomes = _run_apart(lambda: asyncio.run(room(server.url, sessions, spread)))
            server_cpu, client_cpu, machine, wall = (
                cpu_seconds(server.process.pid) - server_cpu, time.process_time() - client_cpu,
                machine_busy_seconds() - machine, time.perf_counter() - wall,
            )  # fmt: skip
            # Let the pool refill up to the cap (Voila waits fill_delay after a kernel is taken) and the new
            # kernels run the app, so the memory is a full room's.
            if full_room_memory:
                time.sleep(fill_delay() + 1 if preheat else 2)
                if preheat:
                    wait_until_quiet(server.process.pid, time.monotonic() + START_TIMEOUT_S)
            after, kernels = memory(server.process.pid)
        finally:
            stop_server(server)
            kept_log = None
            if any(o.error for o in outcomes) or sys.exc_info()[0] is not None:
                # Kept for diagnosis (the participants here are made up; the server logs no form contents).
                kept_log = Path(tempfile.gettempdir()) / f"rebound-room-{os.getpid()}.log"
                kept_log.write_bytes(server.log_path.read_bytes())
    times = [o.seconds for o in outcomes if o.seconds is not None]
    pages = [o.page_s for o in outcomes if o.page_s is not None]
    forms = [o.widgets_s for o in outcomes if o.widgets_s is not None]
    errors = [o.error for o in outcomes if o.error]
    return {
        "sessions": sessions,
        "preheat": preheat,
        "upstream": upstream,
        "p50_s": statistics.median(times) if times else None,
        "p95_s": percentile(times, 0.95) if times else None,
        "max_s": max(times) if times else None,
        "spread_s": spread,
        "page_p95_s": percentile(pages, 0.95) if pages else None,
        "widgets_p95_s": percentile(forms, 0.95) if forms else None,
        "errors": errors,
        "server_log": str(kept_log) if kept_log else None,
        "load_before": load,
        # Processor time during the participants' run: the room's server and kernels, this client, and the
        # whole machine (anyone's processes), against what its cores could give in that time.
        "server_cpu_s": server_cpu,
        "client_cpu_s": client_cpu,
        "machine_busy_s": machine,
        "machine_capacity_s": wall * (os.cpu_count() or 1),
        "memory_before_mb": before,
        "kernels_before": pool,
        "memory_after_mb": after,
        "kernels_after": kernels,
        "mb_per_participant": after / sessions,
        "mb_per_kernel": after / kernels if kernels else None,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=40)
    parser.add_argument("--room", type=int, default=None, help="pool size (default: the number of sessions)")
    parser.add_argument("--spread", type=float, default=0.0, help="arrivals spread evenly over this many seconds")
    parser.add_argument("--no-preheat", action="store_true", help="serve as `make run` does, one kernel per page load")
    parser.add_argument(
        "--upstream", action="store_true", help="the room as on untested library versions (guide/room/upstream.py)"
    )
    args = parser.parse_args()
    figures = run(
        args.sessions, preheat=not args.no_preheat, room_size=args.room, spread=args.spread, upstream=args.upstream
    )
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"date: {time.strftime('%Y-%m-%d %H:%M %Z')}, load average when the participants arrived: {figures['load_before']:.2f}")
    mode = "preheated pool" if figures["preheat"] else "no preheating (make run)"
    if figures["upstream"]:
        mode += ", as on untested library versions (no speed-ups)"
    arrival = f"arriving over {figures['spread_s']:.0f} s" if figures["spread_s"] else "at once"
    print(f"{figures['sessions']} participants {arrival}, {mode}")
    if figures["page_p95_s"] is not None:
        print(f"page served: p95 {figures['page_p95_s']:.2f} s; form ready (widgets' state): p95 {figures['widgets_p95_s']:.2f} s")
    if figures["p50_s"] is not None:
        print(f"time to first message: p50 {figures['p50_s']:.2f} s, p95 {figures['p95_s']:.2f} s, max {figures['max_s']:.2f} s")
    print(
        f"processor time meanwhile: server and kernels {figures['server_cpu_s']:.2f} s "
        f"({1000 * figures['server_cpu_s'] / figures['sessions']:.0f} ms per participant), this client "
        f"{figures['client_cpu_s']:.2f} s; the machine was busy {figures['machine_busy_s']:.2f} of "
        f"{figures['machine_capacity_s']:.2f} core-seconds"
    )
    print(f"errors: {len(figures['errors'])}")
    for error in sorted(set(figures["errors"])):
        print(f"  {figures['errors'].count(error)} x {error}")
    if figures["server_log"]:
        print(f"  the server's log is kept in {figures['server_log']}")
    print(
        f"server memory: {figures['memory_before_mb']:.0f} MB with {figures['kernels_before']} kernels before; "
        f"{figures['memory_after_mb']:.0f} MB with {figures['kernels_after']} kernels after: "
        f"{figures['mb_per_participant']:.0f} MB per participant"
        + (f", {figures['mb_per_kernel']:.0f} MB per process-tree kernel" if figures["mb_per_kernel"] else "")
    )
    return 1 if figures["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
