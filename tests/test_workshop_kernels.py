"""The room's kernels and kernel manager: what is done ahead, and what the server reads of each message.

Each kernel prepares the page's first widget-state reply and warms the message writing before anyone
connects (``guide.room.preheat``); the kernel manager reads less of each kernel message and refuses a
refill past the cap before Voila builds anything for it (``guide.room.kernels``). These tests check
that none of it changes what a participant is sent or what the server decides. No timing is asserted:
benchmarks/room.py measures the room.
"""

from __future__ import annotations

import copy
import re
import time
import types
from pathlib import Path

import ipywidgets as widgets
import pytest

from tests.conftest import run_apart
from ipywidgets.widgets.widget import Widget
from jupyter_client.session import Session
from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager

from guide.ui import App
from guide.room import state_reply
from guide.room import preheat
from guide.room import guard, upstream
from guide.room.kernels import KERNEL_STARTUP, RoomFull, RoomKernelManager

ROOT = Path(__file__).resolve().parents[1]

REQUEST_STATES = {"content": {"data": {"method": "request_states"}}}
# What the page's LayoutModel starts from: every synced trait of a Layout at its default.
LAYOUT_DEFAULTS = {name: widgets.Layout.class_traits()[name].default_value for name in widgets.Layout().keys}


def as_the_page_builds(reply):
    """A state reply with each layout's left-out defaults filled in, as the page's LayoutModel has them."""
    data, buffers = copy.deepcopy(reply)
    for entry in data["states"].values():
        if entry["model_name"] == "LayoutModel":
            entry["state"] = {**LAYOUT_DEFAULTS, **entry["state"]}
    return data, buffers


class ControlComm:
    """Stands in for the page's end of ipywidgets' control comm: keeps what the kernel sends."""

    def __init__(self):
        self.sent: list[tuple[dict, list]] = []

    def send(self, data, buffers=None):
        self.sent.append((copy.deepcopy(data), list(buffers or [])))


@pytest.fixture
def room_widgets(monkeypatch):
    """ipywidgets as in a room's kernel (restored afterwards), with a control comm open, and the
    reply ipywidgets itself would send: ``reference()``."""
    original = Widget.__dict__["_handle_control_comm_msg"]
    monkeypatch.setattr(Widget, "_handle_control_comm_msg", original)
    monkeypatch.setattr(Widget, "notify_change", Widget.notify_change)
    monkeypatch.setattr(Widget, "_control_comm", ControlComm())
    monkeypatch.setattr(state_reply._Prepared, "at", None)
    monkeypatch.setattr(state_reply._Prepared, "reply", None)

    def reference():
        comm = Widget._control_comm
        original.__get__(None, Widget)(REQUEST_STATES)
        return comm.sent.pop()

    def reply():
        comm = Widget._control_comm
        Widget._handle_control_comm_msg(REQUEST_STATES)
        return comm.sent.pop()

    assert state_reply.lean_state_reply()
    return types.SimpleNamespace(reference=reference, reply=reply)


def test_the_state_reply_is_the_one_ipywidgets_sends(room_widgets):
    from ipywidgets import Layout

    app = App()
    app.form.layout = Layout(width="20em")  # its own layout (the app's are shared, and never changed)
    reply = room_widgets.reply()
    assert as_the_page_builds(reply) == room_widgets.reference()
    # Only a layout's defaults are left out: what was set is there, and every other widget's state whole.
    assert reply[0]["states"][app.form.layout.model_id]["state"]["width"] == "20em"
    reference = room_widgets.reference()[0]["states"]
    assert all(
        entry == reference[model_id] for model_id, entry in reply[0]["states"].items() if entry["model_name"] != "LayoutModel"
    )


def test_a_layouts_left_out_values_are_the_pages_own_defaults():
    """The page builds a layout from its LayoutModel's defaults (read here from the widget manager Voila
    ships): null for every style property and for the view count, and the model's own name. Python's
    Layout defaults are the same, so a layout's state can leave them out (as ipywidgets' embedding
    does) and the page ends with the same model; the module and its version travel beside the state."""
    import voila

    bundles = (Path(voila.__file__).parent / "labextensions" / "widgets-manager8" / "static").glob("*.js")
    sources = [bundle.read_text(encoding="utf-8") for bundle in bundles]
    found = [re.search(r"\{align_content:null[^}]*\}", source) for source in sources]
    page_defaults = dict(pair.split(":") for pair in next(m.group(0) for m in found if m).strip("{}").split(","))
    style = {name: value for name, value in LAYOUT_DEFAULTS.items() if not name.startswith("_")}
    assert len(style) > 30 and all(value is None for value in style.values())
    assert set(style) <= set(page_defaults) and all(page_defaults[name] == "null" for name in style)
    assert LAYOUT_DEFAULTS["_view_count"] is None and any("_view_count:null}" in source for source in sources)
    model = (LAYOUT_DEFAULTS["_model_name"], LAYOUT_DEFAULTS["_view_name"])
    assert any(f'_model_name:"{model[0]}",_view_name:"{model[1]}"' in source for source in sources)
    # What the page is told beside each state, so the page loads the right model class and version.
    layout = widgets.Layout()
    reply = {"model_name": layout._model_name, "model_module": layout._model_module,
             "model_module_version": layout._model_module_version}  # fmt: skip
    assert reply == {
        "model_name": LAYOUT_DEFAULTS["_model_name"],
        "model_module": LAYOUT_DEFAULTS["_model_module"],
        "model_module_version": LAYOUT_DEFAULTS["_model_module_version"],
    }

def test_a_reply_prepared_ahead_is_used_only_while_no_widget_changed(room_widgets):
    App()
    name = widgets.Text(value="before")
    state_reply.prepare_state_reply()
    name.value = "after"  # typed after the reply was prepared
    reply = room_widgets.reply()
    assert as_the_page_builds(reply) == room_widgets.reference()
    assert reply[0]["states"][name.model_id]["state"]["value"] == "after"


def test_a_reply_prepared_ahead_is_the_same_reply_and_used_once(room_widgets):
    App()
    state_reply.prepare_state_reply()
    assert state_reply._Prepared.reply is not None
    first = room_widgets.reply()
    assert state_reply._Prepared.reply is None  # a second page (a reload) gets a reply worked out afresh
    assert as_the_page_builds(first) == room_widgets.reference() == as_the_page_builds(room_widgets.reply())


def test_a_widget_opened_or_closed_after_the_reply_was_prepared_is_in_the_reply(room_widgets):
    App()
    gone = widgets.Button(description="closed later")
    state_reply.prepare_state_reply()
    gone.close()
    added = widgets.Button(description="opened later")
    states = room_widgets.reply()[0]["states"]
    assert added.model_id in states and all(s["state"].get("description") != "closed later" for s in states.values())


def test_the_warm_up_writes_every_scenarios_messages():
    preheat.warm_up()  # raises if any example message cannot be written


def test_the_kernel_startup_file_prepares_after_each_cell_and_leaves_no_name(room_widgets, monkeypatch):
    registered = []
    shell = types.SimpleNamespace(events=types.SimpleNamespace(register=lambda *args: registered.append(args)))
    started = []
    monkeypatch.setattr(preheat, "in_background", started.append)
    namespace = {"get_ipython": lambda: shell}
    exec(compile(KERNEL_STARTUP.read_text(), str(KERNEL_STARTUP), "exec"), namespace)
    assert set(namespace) == {"get_ipython", "__builtins__"}
    assert registered == [("post_run_cell", state_reply.prepare_state_reply)]
    assert started == [preheat.warm_up]


# --- the kernel manager --------------------------------------------------------------------------------


class Stream:
    def on_recv(self, callback):
        self.callback = callback


def _watched(manager_class, session: Session):
    """A kernel watched by ``manager_class``'s activity watch: its state, and a way to send it messages."""
    manager = RoomKernelManager()
    stream = Stream()
    kernel = types.SimpleNamespace(
        session=session, connect_iopub=lambda: stream, execution_state="starting", last_activity=None, reason=""
    )
    manager._kernels["k"] = kernel
    manager_class.start_watching_activity(manager, "k")
    return manager, kernel, stream.callback


def test_the_activity_watch_decides_as_jupyter_servers_own():
    """The same messages give the same execution state and the same activity, message by message."""
    sender = Session(key=b"room-key")
    ours = _watched(RoomKernelManager, Session(key=b"room-key"))
    upstream = _watched(AsyncMappingKernelManager, Session(key=b"room-key"))
    execute = sender.msg("execute_request", {})
    comm = sender.msg("comm_msg", {})
    info = sender.msg("kernel_info_request", {})
    messages = [
        sender.msg("status", {"execution_state": "idle"}),  # after starting, unprompted
        sender.msg("status", {"execution_state": "busy"}, parent=execute),
        sender.msg("stream", {"name": "stdout", "text": "hi"}, parent=execute),
        sender.msg("status", {"execution_state": "idle"}, parent=execute),
        sender.msg("status", {"execution_state": "busy"}, parent=info),
        sender.msg("status", {"execution_state": "idle"}, parent=info),
        sender.msg("comm_msg", {"comm_id": "c", "data": {"method": "update"}}, parent=comm),
    ]
    for msg in messages:
        seen = []
        for _manager, kernel, record in (ours, upstream):
            kernel.last_activity = None
            record(sender.serialize(msg))
            seen.append((kernel.execution_state, kernel.last_activity is not None))
        assert seen[0] == seen[1], msg["header"]["msg_type"]


def test_the_activity_watch_ignores_a_message_with_a_bad_signature():
    manager, kernel, record = _watched(RoomKernelManager, Session(key=b"room-key"))
    forged = Session(key=b"another-key")
    record(forged.serialize(forged.msg("status", {"execution_state": "busy"}, parent=forged.msg("execute_request", {}))))
    assert kernel.execution_state == "starting" and kernel.last_activity is not None  # as it was set at start


def test_a_pool_place_past_the_cap_is_refused_before_anything_is_built_for_it():
    manager = RoomKernelManager(max_kernels=2)
    built = []

    async def initialize(notebook_path, kernel_id=None, **kwargs):
        built.append(manager.kernel_count)
        return "started"

    seated = manager._seated(initialize)
    assert run_apart(seated("app.ipynb")) == "started"
    assert built == [1]  # the seat was counted while the place was being filled
    assert manager.kernel_count == 0
    manager._kernels.update(a=object(), b=object())  # two kernels alive
    with pytest.raises(RoomFull):
        run_apart(seated("app.ipynb"))
    assert built == [1]


def test_every_room_kernel_runs_the_startup_file_and_echoes_no_change_back(monkeypatch):
    started = {}

    async def start_kernel(self, *, kernel_id=None, path=None, **kwargs):
        started.update(kwargs)
        return "k"

    monkeypatch.setattr(AsyncMappingKernelManager, "start_kernel", start_kernel)
    manager = RoomKernelManager(max_kernels=3)
    run_apart(manager.start_kernel(env={"TZ": "UTC"}))
    assert started["env"] == {"TZ": "UTC", "PYTHONSTARTUP": str(KERNEL_STARTUP), "JUPYTER_WIDGETS_ECHO": "0"}
    assert manager.kernel_count == 0


def test_with_unix_sockets_each_kernels_socket_path_is_short_and_private(tmp_path):
    from traitlets.config import Config

    deep = tmp_path / ("a-long-folder-name-" * 6)
    deep.mkdir()
    manager = RoomKernelManager(config=Config({"KernelManager": {"transport": "ipc"}}), connection_dir=str(deep))
    km, _name, kernel_id = manager.pre_start_kernel("python3", {})
    try:
        assert km.transport == "ipc" and kernel_id in km.ip
        assert len(f"{km.ip}-65535") < 100 < len(km.connection_file)  # sockets' paths, not the files'
        assert (Path(km.ip).parent.stat().st_mode & 0o077) == 0  # nobody else may reach the sockets
    finally:
        run_apart(manager.shutdown_all())
    assert not Path(km.ip).parent.exists()


# --- upstream versions: the room's private uses, and the fallback -----------------------------------------


@pytest.fixture
def untested(monkeypatch):
    """The room as on library versions it was not tested with (its fallback), restored afterwards."""
    monkeypatch.setenv(upstream.FALLBACK_VARIABLE, "1")
    upstream.tested.cache_clear()
    yield
    upstream.tested.cache_clear()


def test_the_app_extra_pins_each_library_the_room_reaches_into_to_its_tested_minor_versions():
    import tomllib

    from packaging.requirements import Requirement
    from packaging.version import Version

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = {(r := Requirement(line)).name.lower(): r.specifier for line in project["optional-dependencies"]["app"]}
    for package, minors in upstream.TESTED.items():
        allowed = set(minors)
        for minor in ("0.4", "0.5", "0.6", "2.20", "2.21", "2.22", "3.0", "8.0", "8.1", "8.2", "9.0"):
            admitted = pins[package].contains(Version(f"{minor}.99")) or pins[package].contains(Version(f"{minor}.0"))
            assert admitted == (minor in allowed), (package, minor)
        assert upstream.installed_minor(package) in minors  # the tests run the speed-ups themselves


def test_an_untested_version_is_run_as_upstream():
    assert upstream.tested("voila") and upstream.tested("jupyter_server") and upstream.tested("ipywidgets")
    upstream.tested.cache_clear()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(upstream, "installed_minor", lambda package: "9.9")
        try:
            assert not upstream.tested("voila") and not upstream.tested("ipywidgets")
        finally:
            upstream.tested.cache_clear()


def test_on_the_fallback_the_state_reply_is_ipywidgets_own(untested, monkeypatch):
    handler, notify_change = Widget.__dict__["_handle_control_comm_msg"], Widget.notify_change
    monkeypatch.setattr(Widget, "_handle_control_comm_msg", handler)  # restored, should it change
    monkeypatch.setattr(Widget, "notify_change", notify_change)
    assert not state_reply.lean_state_reply()
    assert Widget.__dict__["_handle_control_comm_msg"] is handler and Widget.notify_change is notify_change


def test_on_the_fallback_the_activity_watch_is_jupyter_servers_own(untested, monkeypatch):
    calls = []
    monkeypatch.setattr(AsyncMappingKernelManager, "start_watching_activity", lambda self, k: calls.append(k))
    manager = RoomKernelManager(max_kernels=1)
    manager.start_watching_activity("k")
    assert calls == ["k"]


def test_on_the_fallback_voilas_pool_is_left_as_it_is_and_the_cap_still_holds(untested, monkeypatch):
    class Pool(RoomKernelManager):  # what Voila's pool adds to the class, in the parts the room uses
        async def _initialize(self, notebook_path, kernel_id=None, **kwargs):
            return "place"

        async def get_rendered_notebook(self, notebook_name, **kwargs):
            return None, [], "k"

    started = []

    async def start_kernel(self, *, kernel_id=None, path=None, **kwargs):
        started.append(kwargs["env"].get("VOILA_PREHEAT"))
        return "k"

    monkeypatch.setattr(AsyncMappingKernelManager, "start_kernel", start_kernel)
    manager = Pool(max_kernels=1)
    # The pool's filling is Voila's own (its hand-over is only tied to its page: the test below).
    assert "_initialize" not in vars(manager)
    manager._kernels.update(a=object())  # at the cap
    assert manager.room_is_full()
    for preheating in ("True", "False"):  # a pool place, and a page's own kernel
        with pytest.raises(RoomFull):
            run_apart(manager.start_kernel(env={"VOILA_PREHEAT": preheating}))
    assert started == [] and manager.kernel_count == 1


def test_on_the_fallback_a_kernel_handed_out_from_the_pool_is_tied_to_its_page_too(untested, monkeypatch):
    """On the fallback the pool is Voila's own, yet a kernel it hands to a page belongs to that page's
    address: one device is refused a fourth kernel in the spare seats, and the kernel API answers only
    that address. An answer that names no live kernel ties nothing, and is passed on as it came."""
    from jupyter_server.services.kernels.handlers import KernelHandler
    from tornado.web import HTTPError

    from guide.room import kernels

    monkeypatch.setattr(AsyncMappingKernelManager, "kernel_model", lambda self, kernel_id: {"id": kernel_id})

    class Pool(RoomKernelManager):  # Voila's hand-over: the page's render task, its cells, the kernel
        async def get_rendered_notebook(self, notebook_name, **kwargs):
            return None, [], notebook_name

    manager = Pool(max_kernels=5, guarded_seats=2, max_kernels_per_client=3)
    monkeypatch.setattr(manager, "list_kernel_ids", lambda: ["a", "b", "c", "d", "e"])
    monkeypatch.setattr(kernels, "current_page", lambda: _from("10.0.0.5"))
    assert run_apart(manager.get_rendered_notebook("not-a-kernel")) == (None, [], "not-a-kernel")  # tied to none
    for kernel_id in ("a", "b", "c"):
        assert run_apart(manager.get_rendered_notebook(kernel_id)) == (None, [], kernel_id)
    with pytest.raises(RoomFull):  # a fourth kernel for one device, in the spare seats
        run_apart(manager.get_rendered_notebook("d"))
    monkeypatch.setattr(kernels, "current_page", lambda: _from("10.0.0.6"))
    run_apart(manager.get_rendered_notebook("e"))  # another device still gets one
    monkeypatch.setattr(kernels, "current_page", lambda: _from("10.0.0.6", KernelHandler))
    with pytest.raises(HTTPError) as read:
        manager.kernel_model("a")
    assert read.value.status_code == 404
    assert manager.kernel_model("e") == {"id": "e"}
    monkeypatch.setattr(kernels, "current_page", lambda: _from("10.0.0.5", KernelHandler))
    assert manager.kernel_model("a") == {"id": "a"}


# --- a kernel whose page went --------------------------------------------------------------------------


class Page:
    """Stands in for the request handler serving a page: tornado calls its hooks, it reads its token."""

    def __init__(self):
        self.read_token = False
        self.request = types.SimpleNamespace(remote_ip="127.0.0.1")  # the client, as tornado gives it

    @property
    def xsrf_token(self):
        self.read_token = True
        return b"token"

    def on_finish(self):
        pass

    def on_connection_close(self):
        pass


def _handed_out(monkeypatch, page):
    from guide.room import kernels

    monkeypatch.setattr(kernels, "current_page", lambda: page)

    class Pool(RoomKernelManager):
        async def get_rendered_notebook(self, notebook_name, **kwargs):
            return None, [], notebook_name

    manager = Pool(max_kernels=5, release_unconnected_after=30)
    manager._start_release_check = lambda: None  # the test runs the check itself
    stopped = []

    async def shutdown_kernel(kernel_id, *args, **kwargs):
        stopped.append(kernel_id)

    manager.shutdown_kernel = shutdown_kernel
    manager.list_kernel_ids = lambda: ["gone", "connected", "being-sent"]
    return manager, stopped


def test_a_kernel_whose_page_never_connected_is_released_and_no_other(monkeypatch):
    page, slow_page = Page(), Page()
    manager, stopped = _handed_out(monkeypatch, page)
    run_apart(manager.get_rendered_notebook("gone"))
    run_apart(manager.get_rendered_notebook("connected"))
    assert page.read_token  # the page was given its _xsrf cookie: its goodbye will be accepted
    page.on_finish()  # both pages sent
    manager.notify_connect("connected")
    from guide.room import kernels

    monkeypatch.setattr(kernels, "current_page", lambda: slow_page)
    run_apart(manager.get_rendered_notebook("being-sent"))  # a page still being sent is not timed
    run_apart(manager._release_unconnected())
    assert stopped == []  # not yet: the page has 30 s
    clock = time.monotonic() + 31
    monkeypatch.setattr(kernels.time, "monotonic", lambda: clock)
    run_apart(manager._release_unconnected())
    assert stopped == ["gone"]


def test_a_page_whose_request_went_away_is_timed_from_then(monkeypatch):
    page = Page()
    manager, stopped = _handed_out(monkeypatch, page)
    run_apart(manager.get_rendered_notebook("gone"))
    page.on_connection_close()  # a reload before the page arrived
    from guide.room import kernels

    clock = time.monotonic() + 31
    monkeypatch.setattr(kernels.time, "monotonic", lambda: clock)
    run_apart(manager._release_unconnected())
    assert stopped == ["gone"]


# --- a template's static address outside the template --------------------------------------------------


@pytest.mark.parametrize(
    "path, valid",
    [
        ("rebound/static/rebound.css", True),
        ("rebound/static/fonts/a.woff2", True),
        ("rebound/static/../static/rebound.css", True),
        ("rebound/static/../../../../etc/passwd", False),
        ("rebound/static/a/../../../x", False),
        ("rebound/static", False),
        ("rebound", False),
        ("../static/x", False),
        ("/etc/static/passwd", False),
    ],
)
def test_a_template_static_path_must_stay_in_the_templates_static_folder(path, valid):
    assert guard.template_static_path_is_valid(path) == valid


# --- one client's kernels, and the kernel API ----------------------------------------------------------


def _from(address: str, handler_class=None):
    """A request from ``address`` to a handler of ``handler_class`` (a page, if None)."""
    handler = (handler_class or Page).__new__(handler_class or Page)
    handler.request = types.SimpleNamespace(remote_ip=address)
    return handler


@pytest.fixture
def held_by_one_device(monkeypatch):
    """A room whose kernel "k" was handed to 10.0.0.5, and the kernels really stopped (a stand-in records
    them instead of stopping a process)."""
    stopped: list[str] = []

    async def shutdown_kernel(self, kernel_id, *args, **kwargs):
        stopped.append(kernel_id)

    monkeypatch.setattr(AsyncMappingKernelManager, "shutdown_kernel", shutdown_kernel)
    manager = RoomKernelManager(max_kernels=5)
    manager._hold("k", _from("10.0.0.5"))
    return manager, stopped


def test_the_kernel_api_answers_only_the_address_the_kernel_was_handed_to(monkeypatch, held_by_one_device):
    from jupyter_server.services.kernels.handlers import KernelHandler
    from tornado.web import HTTPError

    from guide.room import kernels

    monkeypatch.setattr(AsyncMappingKernelManager, "kernel_model", lambda self, kernel_id: {"id": kernel_id})
    manager, stopped = held_by_one_device
    for address, kernel_id in (("10.0.0.6", "k"), ("10.0.0.5", "not-handed-out")):
        monkeypatch.setattr(kernels, "current_page", lambda address=address: _from(address, KernelHandler))
        with pytest.raises(HTTPError) as read:
            manager.kernel_model(kernel_id)
        with pytest.raises(HTTPError) as deleted:
            run_apart(manager.shutdown_kernel(kernel_id))
        assert read.value.status_code == deleted.value.status_code == 404
    monkeypatch.setattr(kernels, "current_page", lambda: _from("10.0.0.5", KernelHandler))
    assert manager.kernel_model("k") == {"id": "k"}
    assert stopped == []
    monkeypatch.setattr(kernels, "current_page", lambda: None)  # the idle cull, the server stopping
    run_apart(manager.shutdown_kernel("not-handed-out"))
    assert stopped == ["not-handed-out"]


def test_a_pages_goodbye_stops_only_a_kernel_handed_to_its_own_address(monkeypatch, held_by_one_device):
    """Voila's goodbye address (``/voila/api/shutdown/<id>``) stops a kernel as the kernel API's DELETE
    does: a stranger with a page (and its _xsrf cookie) of their own is told 404 for another page's
    kernel, and the kernel lives on; the page's own goodbye stops it."""
    from tornado.web import HTTPError
    from voila.shutdown_kernel_handler import VoilaShutdownKernelHandler

    from guide.room import kernels

    manager, stopped = held_by_one_device
    monkeypatch.setattr(kernels, "current_page", lambda: _from("10.0.0.6", VoilaShutdownKernelHandler))
    with pytest.raises(HTTPError) as goodbye:
        run_apart(manager.shutdown_kernel("k"))
    assert goodbye.value.status_code == 404 and stopped == []
    monkeypatch.setattr(kernels, "current_page", lambda: _from("10.0.0.5", VoilaShutdownKernelHandler))
    run_apart(manager.shutdown_kernel("k"))
    assert stopped == ["k"]


def test_one_address_is_limited_to_a_few_kernels_only_in_the_rooms_spare_seats(monkeypatch):
    manager = RoomKernelManager(max_kernels=10, guarded_seats=2, max_kernels_per_client=3)
    monkeypatch.setattr(manager, "list_kernel_ids", lambda: list(manager._held))
    nat = _from("192.168.1.1")  # a whole room behind one router
    for number in range(8):  # everyone is seated, however many share the address
        manager._seat_for(nat)
        manager._hold(f"k{number}", nat)
    with pytest.raises(RoomFull):  # the spare seats: not for an address that holds 3 already
        manager._seat_for(nat)
    manager._seat_for(_from("192.168.1.2"))  # another device still gets one
