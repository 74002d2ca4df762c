"""The workshop room's server: five participants at once get their messages, and past the cap a clear page.

Both start the room's real Voila (``make workshop``'s command) on 127.0.0.1 and stop it. No timing is
asserted: benchmarks/room.py prints the figures.
"""

from __future__ import annotations

import importlib.util
import sys
import urllib.error
import urllib.request
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
    figures = room_benchmark.run(5)
    assert figures["errors"] == []
    assert figures["p50_s"] is not None


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=120) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def test_past_the_cap_a_participant_gets_the_room_full_page_at_once(room_benchmark, tmp_path):
    """A room of 1 allows 3 kernels: three page loads get the app, the fourth the room-full page."""
    server = room_benchmark.start_server(1, True, tmp_path)
    try:
        statuses = [_get(server.url)[0] for _ in range(kernel_cap(1))]
        status, page = _get(server.url)
    finally:
        room_benchmark.stop_server(server)
    assert statuses == [200] * kernel_cap(1)
    assert status == 503
    assert text("workshop.room.full.title") in page
    assert text("workshop.room.full.detail") in page
    assert "Traceback" not in page
