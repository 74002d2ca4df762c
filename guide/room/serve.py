"""``make workshop``: serve the app to a room, and the facilitator page to the counselor.

    python -m guide.room.serve --room 40 --host 0.0.0.0 --port 8866

Two Voila servers run side by side. Participants' server: the app in single-notebook mode on
``host:port``, with a preheated pool of ``room`` kernels, idle culling and a cap on live kernels
(``workshop/voila.json``). The facilitator page (answer key included) is served on 127.0.0.1 only, at
``port + 1``, so participants cannot open it. The address participants type and its QR code are
printed here and shown on the facilitator page. Ctrl+C stops both servers and their kernels.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import threading
import signal
import subprocess
import sys
from pathlib import Path

from ..catalogue import text
from .address import ADDRESS_VARIABLE, SITE_VARIABLE, qr_terminal, room_address

REPO_ROOT = Path(__file__).resolve().parents[2]
APP_NOTEBOOK = "notebooks/rebound.ipynb"
FACILITATOR_NOTEBOOK = "notebooks/facilitator.ipynb"
ROOM_CONFIG_DIR = REPO_ROOT / "workshop"
SITE_DIR = REPO_ROOT / "site"  # the static site, when `make site` has built it
STOP_TIMEOUT_S = 20


def spare_kernels(room: int) -> int:
    """Kernels allowed beyond one per participant: reloads and a second device, until culling frees them."""
    return max(2, room // 10)


def kernel_cap(room: int) -> int:
    return room + spare_kernels(room)


def room_args(room: int) -> list[str]:
    """Voila options for a room: the room's config folder first, then the repo's (template, theme)."""
    return [
        f"--Voila.config_file_paths={ROOM_CONFIG_DIR}",
        f"--Voila.config_file_paths={REPO_ROOT}",
        f"--pool_size={room}",
        f"--RoomKernelManager.max_kernels={kernel_cap(room)}",
        # One address may hold only a few kernels once the room is into its spare seats (kernels.py).
        f"--RoomKernelManager.guarded_seats={spare_kernels(room)}",
    ]


def participant_command(room: int, host: str, port: int, notebook: str = APP_NOTEBOOK) -> list[str]:
    """The participants' Voila: the app in single-notebook mode, as a room."""
    return [
        sys.executable, "-m", "voila", notebook, "--no-browser", f"--Voila.ip={host}", f"--port={port}",
        *room_args(room),
    ]  # fmt: skip


def facilitator_command(port: int) -> list[str]:
    return [
        sys.executable, "-m", "voila", FACILITATOR_NOTEBOOK, "--no-browser",
        "--Voila.ip=127.0.0.1", f"--port={port}",
    ]  # fmt: skip


class _QuietFiles(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # the terminal is the counselor's: no line per file served
        pass


def serve_site(host: str, port: int) -> http.server.ThreadingHTTPServer | None:
    """The static site (``make site``) on ``host:port`` from a thread, or None if it isn't built. Files
    only: each visitor's browser runs the app, so it costs this computer no kernel."""
    if not (SITE_DIR / "index.html").exists():
        return None
    server = http.server.ThreadingHTTPServer((host, port), functools.partial(_QuietFiles, directory=str(SITE_DIR)))
    threading.Thread(target=server.serve_forever, name="rebound-site", daemon=True).start()
    return server


def banner(address: str, facilitator: str, room: int, site: str | None = None) -> str:
    return "\n".join(
        [
            text("workshop.serve.participants", address=address),
            qr_terminal(address),
            *([text("workshop.serve.site", address=site), qr_terminal(site)] if site else [text("workshop.serve.no_site")]),
            text("workshop.serve.facilitator", address=facilitator),
            text("workshop.serve.room", room=room, cap=kernel_cap(room)),
            text("workshop.serve.stop"),
        ]
    )


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=text("workshop.serve.description"))
    parser.add_argument("--room", type=int, default=40)
    parser.add_argument("--host", default="0.0.0.0")
    parser.add_argument("--port", type=int, default=8866)
    args = parser.parse_args(argv)
    if args.room < 1:
        parser.error(text("workshop.serve.bad_room"))

    address = room_address(args.host, args.port)
    facilitator = f"http://127.0.0.1:{args.port + 1}/"
    # The kernels run in notebooks/; with this checkout first on their path they run the same guide as the
    # server (which starts in the checkout), not another copy installed in the environment.
    path = os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, ADDRESS_VARIABLE: address, "PYTHONPATH": path}
    # The static site beside the room, two ports up (the facilitator page has the next one).
    site_server = serve_site(args.host, args.port + 2)
    site = room_address(args.host, args.port + 2) if site_server else None
    if site:
        env[SITE_VARIABLE] = site
    processes = [
        subprocess.Popen(participant_command(args.room, args.host, args.port), cwd=REPO_ROOT, env=env),
        subprocess.Popen(facilitator_command(args.port + 1), cwd=REPO_ROOT, env=env),
    ]
    print(banner(address, facilitator, args.room, site), flush=True)
    # A terminal's Ctrl+C raises KeyboardInterrupt; a service manager's stop (SIGTERM) is treated alike,
    # so the servers and their kernels always go down with the launcher.
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        while all(p.poll() is None for p in processes):
            try:
                processes[0].wait(timeout=1)
            except subprocess.TimeoutExpired:
                continue
    except KeyboardInterrupt:
        pass
    finally:
        for process in processes:
            _stop(process)
        if site_server:
            site_server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
