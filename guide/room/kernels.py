"""A cap on the room's live kernels, so reloads or a forgotten laptop cannot exhaust the server's memory.

Voila starts one kernel per page view and has no upper bound. ``RoomKernelManager`` is the kernel
manager Voila builds its preheated pool on (``VoilaConfiguration.multi_kernel_manager_class``), with one
extra setting, ``max_kernels``: the most kernels (participants' and the preheated pool's together) that
may exist at once.

- A participant who arrives when the room is at the cap gets ``RoomFull``, an HTTP 503 that the page
  template turns into a "the room is full, ask your counselor" page (``503.html``), at once.
- A pool kernel that would pass the cap is not started, and its place in the pool is given up, so a
  participant is never handed a kernel that will never come. When a kernel ends (its tab was closed and
  idle culling stopped it), the pool is topped up again, within the cap.
- Each kernel runs ``kernel_startup.py`` as it starts (``preheat``): work a participant would otherwise
  wait for when the whole room arrives at once is done before anyone connects.
- The server's own work per message is kept small (``start_watching_activity``), and a pool refill the
  cap refuses is refused before Voila builds anything for it: one server process relays every
  participant's messages, so any time it spends elsewhere, everyone waits.
- With the room's Unix-socket transport, each kernel's sockets are named in a short private folder
  (``pre_start_kernel``), removed when the server stops.
- A reload does not hold a seat. The page says goodbye as it goes (Voila's page posts
  ``/voila/api/shutdown/<kernel>`` with the ``_xsrf`` cookie's value), but a preheated page was sent
  without that cookie, so the goodbye was refused ("'_xsrf' argument missing", voila#1458) and the old
  kernel waited minutes for the idle cull while the room counted it. A page handed a kernel (from the
  pool, or started for it when the pool was empty) now gets its ``_xsrf`` cookie, so its goodbye is
  accepted. A page that went before its script could say goodbye (a quick reload) never connects to
  its kernel: a kernel handed to a page that has not connected within ``release_unconnected_after``
  seconds (30) is stopped. A kernel whose page connected once is never stopped this way (a phone that
  slept and dropped its connection still has its page): only the goodbye or the idle cull stops it.

- One client address holds at most ``max_kernels_per_client`` kernels (3) once the room is nearly full
  (``guarded_seats`` or fewer seats left for pages, the room's spare seats): reloading the page from one
  device, or a script asking for it again and again, cannot take the last seats while someone else is
  still to arrive. Before that, there is no such limit: a room whose devices all reach the server from
  one address (behind one NAT router) still seats everyone, and only the spare seats are guarded.
- ``GET``/``DELETE /api/kernels/<id>`` (Jupyter Server's handler, which Voila serves) and a goodbye to
  ``/voila/api/shutdown/<id>`` answer only the address the kernel was handed to; anyone else is told 404,
  as for a kernel that does not exist (a stranger's own page gives them an _xsrf cookie, which the
  goodbye asks for, so the cookie alone would let them stop anyone's kernel whose id they learnt). The
  page reads its own kernel's model as it starts (and again when its connection drops), so that much
  stays, and so does its own goodbye; its websocket is untouched.

Every use of Voila's or Jupyter Server's private parts asks ``upstream.tested`` first; on a version the
room was not tested with, the manager behaves as upstream's (no early release, the full watch, no pool
refill after a kernel ends). The cap needs none of them and holds there too: it is checked as a kernel
starts (``start_kernel``, Jupyter Server's public method). There a pool place refused at the cap stays in
Voila's pool, failed: the page handed it gets the room-full page, and the pool is one place smaller (once
it is empty, each page starts its own kernel, within the cap). A kernel handed out from the pool is still
tied to its page's address there (``_tied_to_its_page``: the per-client limit and the kernel API's guard
cover it), from nothing but the name of the hand-over Voila's page calls and the kernel id in its answer;
if a Voila answers otherwise, the kernel is left untied, as upstream.
"""

from __future__ import annotations

import asyncio
import contextvars
import hmac
import os
import shutil
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from jupyter_client.session import Session
from jupyter_server.services.kernels.handlers import KernelHandler
from tornado.ioloop import PeriodicCallback
from tornado.web import HTTPError
from traitlets import Float, Int

from ..catalogue import text
from . import upstream
from .guard import GuardedKernelManager, current_page, give_page_its_cookie

KERNEL_STARTUP = Path(__file__).with_name("kernel_startup.py")
ROOM_KERNEL_ENV = {
    # IPython runs the file named by PYTHONSTARTUP as the kernel starts, before the notebook.
    "PYTHONSTARTUP": str(KERNEL_STARTUP),
    # The widget library (8.x) echoes every change a page makes back to every page, so that several
    # pages showing one kernel stay in step. A room's kernel serves one page: the echo is a message per
    # field change that no page needs (the library documents this switch for turning it off).
    "JUPYTER_WIDGETS_ECHO": "0",
}
RELEASE_CHECK_S = 5  # how often kernels handed to a page that never connected are looked for
# Voila's mark on a kernel started to fill its pool (``VOILA_PREHEAT``), not for a page waiting for it.
PREHEAT_VARIABLE = "VOILA_PREHEAT"
# Set while a pool place that has already taken its seat starts its kernel.
_SEATED: contextvars.ContextVar[bool] = contextvars.ContextVar("room_seat_taken", default=False)


class RoomFull(HTTPError):
    """The room has as many kernels as the counselor allowed. Shown as the room-full page."""

    def __init__(self) -> None:
        # ``reason`` travels in the HTTP status line, so it is a short ASCII phrase; the sentence a
        # participant reads is the page's message.
        super().__init__(503, text("workshop.room.full.detail"), reason=text("workshop.room.full.title"))


class RoomKernelManager(GuardedKernelManager):
    max_kernels = Int(
        0,
        config=True,
        help="The most kernels alive at once, preheated ones included. 0 means no cap.",
    )
    release_unconnected_after = Float(
        30,
        config=True,
        help="Stop a kernel handed to a page that has not connected to it after this many seconds "
        "(the page went before its script ran: a quick reload). 0 never does.",
    )

    # Why 3: a participant may have the page open on a phone and a laptop and reload one of them, while
    # one address taking a fourth seat once the room is nearly full is a device reloading without end or a
    # script. Why only then: a whole room behind one NAT router is one address, and must still be seated.
    max_kernels_per_client = Int(
        3,
        config=True,
        help="Once no more than guarded_seats seats are left, the most kernels one client address may hold.",
    )
    guarded_seats = Int(
        0,
        config=True,
        help="The last seats (of max_kernels) that max_kernels_per_client guards. 0 guards none.",
    )

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._held: dict[str, str] = {}  # a kernel handed to a page -> the page's client address
        self._starting = 0  # kernels asked for but not yet listed by the manager
        self._closing = False  # the server is stopping: no more kernels for the pool
        self._sockets: Path | None = None  # the kernels' Unix sockets, with the ipc transport
        # A kernel handed to a page that has not connected yet -> when the page was sent (None: being sent).
        self._unconnected: dict[str, float | None] = {}
        self._release_check: PeriodicCallback | None = None
        # DELETE /api/kernels/<id> from its page's address only: checked before Voila's pool (a subclass of
        # this class) forgets the kernel, so on this instance rather than in the class's method.
        shutdown = self.shutdown_kernel

        async def shutdown_if_allowed(kernel_id, *args, **kwargs):
            self._guard_kernel_api(kernel_id)
            return await shutdown(kernel_id, *args, **kwargs)

        self.shutdown_kernel = shutdown_if_allowed
        # Voila's pool hooks below let a refill past the cap give up its pool place (else a participant is
        # handed the failed place: the room-full page once). On an untested Voila they are left out; the
        # cap itself, checked in ``start_kernel``, holds either way.
        self._pool_hooks = upstream.tested("voila")
        hand_over = getattr(self, "get_rendered_notebook", None)
        if not self._pool_hooks:
            # The hand-over is still tied to its page (the per-client limit, the kernel API's guard): it
            # needs only the name of the call Voila's page makes, and a kernel id in its answer.
            if hand_over is not None:
                self.get_rendered_notebook = self._tied_to_its_page(hand_over)
            return
        # Voila's pool (a subclass made from this class) fills a place with ``_initialize``: it builds the
        # page's renderer, then starts the kernel. The seat is taken before the renderer is built, so a
        # refill the cap refuses costs nothing (after a room arrived at once, Voila asks for a refill per
        # kernel taken: most are refused, and each renderer built for nothing held up the whole server).
        initialize = getattr(self, "_initialize", None)
        if initialize is not None:
            self._initialize = self._seated(initialize)
        # ...and hands a pool kernel to a page with ``get_rendered_notebook``.
        if hand_over is not None:
            self.get_rendered_notebook = self._handed_to_a_page(hand_over)

    @property
    def kernel_count(self) -> int:
        """Kernels alive or being started."""
        return len(self.list_kernel_ids()) + self._starting

    def room_is_full(self) -> bool:
        return self.max_kernels > 0 and self.kernel_count >= self.max_kernels

    def _seat_for(self, page) -> None:
        """Raise ``RoomFull`` if the client of ``page`` may not be handed another kernel: the room is nearly
        full and that address already holds ``max_kernels_per_client``."""
        if page is None or self.max_kernels <= 0 or self.guarded_seats <= 0:
            return
        alive = set(self.list_kernel_ids())
        self._held = {kernel_id: held for kernel_id, held in self._held.items() if kernel_id in alive}
        if self.max_kernels - len(self._held) > self.guarded_seats:
            return
        address = page.request.remote_ip
        if sum(held == address for held in self._held.values()) >= self.max_kernels_per_client:
            self.log.warning("A client holding %d kernels asked for another in a nearly full room: refused",
                             self.max_kernels_per_client)  # fmt: skip
            raise RoomFull()

    def _hold(self, kernel_id: str, page) -> None:
        if page is not None:
            self._held[kernel_id] = page.request.remote_ip

    def _guard_kernel_api(self, kernel_id: str) -> None:
        """A request to Jupyter Server's ``/api/kernels/<id>``, or a goodbye to Voila's
        ``/voila/api/shutdown/<id>``, from anyone but the kernel's own page's address is answered 404. A
        kernel not tied to a page on the fallback (its hand-over answered otherwise): upstream's answer."""
        handler = current_page()
        if not isinstance(handler, _kernel_handlers()):
            return
        owner = self._held.get(kernel_id)
        if owner is None and not self._pool_hooks:
            return
        if owner is None or owner != handler.request.remote_ip:
            raise HTTPError(404)

    def kernel_model(self, kernel_id):
        self._guard_kernel_api(kernel_id)
        return super().kernel_model(kernel_id)

    def _handed_to_a_page(self, hand_over):
        async def hand_over_and_watch(*args, **kwargs):
            self._seat_for(current_page())
            render_task, rendered_cache, kernel_id = await hand_over(*args, **kwargs)
            self._hold(kernel_id, current_page())
            self._await_page(kernel_id)
            return render_task, rendered_cache, kernel_id

        return hand_over_and_watch

    def _tied_to_its_page(self, hand_over):
        """On the fallback: a pool kernel handed to a page is held for the page's address, as on the tested
        path (which also times the page and gives it its cookie). Nothing of the answer's shape is
        assumed: the one string in it naming a live kernel is the kernel handed over; if there is not
        exactly one, nothing is tied (upstream's behaviour) and the answer is passed on as it came."""

        async def hand_over_tied(*args, **kwargs):
            page = current_page()
            self._seat_for(page)
            answer = await hand_over(*args, **kwargs)
            alive = set(self.list_kernel_ids())
            named = {part for part in answer if isinstance(part, str) and part in alive} if isinstance(answer, tuple) else set()
            if len(named) == 1:
                self._hold(named.pop(), page)
            return answer

        return hand_over_tied

    def _await_page(self, kernel_id: str) -> None:
        """The kernel ``kernel_id`` is being sent to a page: let the page say goodbye when it goes, and once
        it has been sent (or its request went away), give it ``release_unconnected_after`` seconds to
        connect. A page still being sent is never timed: a kernel still running the app sends it slowly."""
        handler = current_page()
        give_page_its_cookie(handler)
        if self.release_unconnected_after <= 0:
            return
        self._unconnected[kernel_id] = None

        def sent() -> None:
            if kernel_id in self._unconnected and self._unconnected[kernel_id] is None:
                self._unconnected[kernel_id] = time.monotonic()

        if handler is None:
            sent()
        else:
            for hook in ("on_finish", "on_connection_close"):  # tornado's: response sent, client gone
                upstream_hook = getattr(handler, hook)

                def hooked(upstream_hook=upstream_hook):
                    try:
                        return upstream_hook()
                    finally:
                        sent()

                setattr(handler, hook, hooked)
        self._start_release_check()

    def notify_connect(self, kernel_id):
        self._unconnected.pop(kernel_id, None)
        return super().notify_connect(kernel_id)

    def _start_release_check(self) -> None:
        if self._release_check is None:
            self._release_check = PeriodicCallback(self._release_unconnected, RELEASE_CHECK_S * 1000)
            self._release_check.start()

    async def _release_unconnected(self) -> None:
        """Stop each kernel handed to a page that has not connected to it in time."""
        now = time.monotonic()
        for kernel_id, sent in list(self._unconnected.items()):
            if sent is None or now - sent < self.release_unconnected_after:
                continue
            self._unconnected.pop(kernel_id, None)
            if kernel_id in self.list_kernel_ids():
                self.log.info("Kernel %s was handed to a page that never connected: stopped", kernel_id)
                try:
                    await self.shutdown_kernel(kernel_id)
                except Exception as exc:  # a kernel gone meanwhile; the next check goes on
                    self.log.warning("Could not stop kernel %s: %s", kernel_id, exc)

    def _take_seat(self) -> None:
        """Count a kernel about to start, or raise ``RoomFull`` (giving up its pool place, if any)."""
        if self.room_is_full():
            if self._pool_hooks:
                self._give_up_pool_place()
            self.log.warning("The room is full: %d kernels, the cap is %d", self.kernel_count, self.max_kernels)
            raise RoomFull()
        self._starting += 1

    def _seated(self, initialize):
        async def initialize_with_a_seat(notebook_path, kernel_id=None, **kwargs):
            if kernel_id is not None:  # a restarted kernel keeps its seat
                return await initialize(notebook_path, kernel_id, **kwargs)
            self._take_seat()
            seated = _SEATED.set(True)
            try:
                return await initialize(notebook_path, kernel_id, **kwargs)
            finally:
                _SEATED.reset(seated)
                self._starting -= 1

        return initialize_with_a_seat

    async def start_kernel(self, *, kernel_id=None, path=None, **kwargs):
        env = kwargs["env"] = {**(kwargs.get("env") or os.environ), **ROOM_KERNEL_ENV}
        if _SEATED.get():  # a pool place that took its seat before building its renderer
            return await super().start_kernel(kernel_id=kernel_id, path=path, **kwargs)
        # A kernel a page waits for (the pool was empty), not a pool place (whose task may run in the
        # context of the page whose hand-over asked for the refill) nor a restart.
        page = current_page() if kernel_id is None and env.get(PREHEAT_VARIABLE) != "True" else None
        if kernel_id is None:
            self._seat_for(page)
            self._take_seat()
        else:
            self._starting += 1
        try:
            started = await super().start_kernel(kernel_id=kernel_id, path=path, **kwargs)
        finally:
            self._starting -= 1
        self._hold(started, page)
        if page is not None and self._pool_hooks:
            self._await_page(started)  # a page served while the pool was empty: its own kernel
        return started

    def pre_start_kernel(self, kernel_name, kwargs):
        """With the room's Unix-socket transport (``workshop/voila.json``), name each kernel's sockets in a
        short private folder: a socket's path may not pass about 100 characters, and the connection
        files' folder (under the temporary folder) can be longer than that."""
        km, kernel_name, kernel_id = super().pre_start_kernel(kernel_name, kwargs)
        if km.transport == "ipc":
            km.ip = str(self._socket_dir() / kernel_id)
        return km, kernel_name, kernel_id

    def _socket_dir(self) -> Path:
        if self._sockets is None:
            root = "/tmp" if os.path.isdir("/tmp") and os.access("/tmp", os.W_OK) else None
            self._sockets = Path(tempfile.mkdtemp(prefix="rebound-sockets-", dir=root))  # readable by us only
        return self._sockets

    def start_watching_activity(self, kernel_id):
        """Jupyter Server's watch on each kernel's output (for idle culling), reading less of each message.

        The server reads every message a kernel sends, besides relaying it to the page, to note when the
        kernel was last active and whether it is busy. Upstream decodes each message's header, parent
        header and metadata, dates included, and writes a debug log record for it; when a room arrives
        at once that was a quarter of the server's work. Here the signature is checked as before, and
        only the two message types are read (the content only for a status message, which is small).
        Same rules, same outcome: ``last_activity`` and ``execution_state`` as upstream sets them. On an
        untested Jupyter Server, upstream's own watch.
        """
        if not upstream.tested("jupyter_server"):
            return super().start_watching_activity(kernel_id)
        kernel = self.get_kernel(kernel_id)
        kernel.reason = ""
        kernel.last_activity = utcnow()
        kernel._activity_stream = kernel.connect_iopub()
        session = Session(config=kernel.session.config, key=kernel.session.key)

        def record_activity(msg_list):
            _idents, parts = session.feed_identities(msg_list)
            if session.auth is not None and not hmac.compare_digest(bytes(parts[0]), session.sign(parts[1:5])):
                self.log.warning("A message with an invalid signature from kernel %s was ignored", kernel_id)
                return
            msg_type = session.unpack(parts[1])["msg_type"]
            parent_msg_type = session.unpack(parts[2]).get("msg_type")
            if (
                self.track_message_type(msg_type)
                or self.track_message_type(parent_msg_type)
                or kernel.execution_state == "busy"
            ):
                self.last_kernel_activity = kernel.last_activity = utcnow()
            if msg_type == "status":
                execution_state = session.unpack(parts[4])["execution_state"]
                if self.track_message_type(parent_msg_type):
                    kernel.execution_state = execution_state
                elif kernel.execution_state == "starting" and execution_state != "starting":
                    # As upstream: after starting, the state is "idle" unless it answers a tracked message.
                    kernel.execution_state = "idle"

        kernel._activity_stream.on_recv(record_activity)

    async def shutdown_kernel(self, kernel_id, *args, **kwargs):
        self._unconnected.pop(kernel_id, None)
        try:
            result = await super().shutdown_kernel(kernel_id, *args, **kwargs)
        finally:
            self._held.pop(kernel_id, None)
        self._top_up_pool()
        return result

    async def shutdown_all(self, *args, **kwargs):
        self._closing = True
        if self._release_check is not None:
            self._release_check.stop()
        try:
            return await super().shutdown_all(*args, **kwargs)
        finally:
            if self._sockets is not None:
                shutil.rmtree(self._sockets, ignore_errors=True)

    def _give_up_pool_place(self) -> None:
        """If this start is filling the preheated pool, take its (failing) task out of the pool.

        Voila's pool is a list of tasks per notebook, each running ``start_kernel``; a failed task left
        there would be handed to the next participant. Its exception is retrieved here so asyncio does
        not report it as lost.
        """
        task = asyncio.current_task()
        for pool in getattr(self, "_pools", {}).values():
            if task in pool:
                pool.remove(task)
                task.add_done_callback(lambda t: t.cancelled() or t.exception())

    def _top_up_pool(self) -> None:
        """After a kernel ended, refill the preheated pool (Voila itself refills only when one is taken)."""
        notebook = getattr(self, "notebook_path", None)
        if self._pool_hooks and not self._closing and notebook is not None and hasattr(self, "fill_if_needed"):
            self.fill_if_needed(notebook_name=notebook)


def _kernel_handlers() -> tuple[type, ...]:
    """The request handlers through which a page acts on its kernel by id: Jupyter Server's kernel API,
    and Voila's goodbye (a stranger's page has an _xsrf cookie too, so that alone does not tell them apart).
    Other requests reaching the manager (a page being handed its kernel, the cull, the release check,
    which may run in a page's context) are not this guard's."""
    try:
        from voila.shutdown_kernel_handler import VoilaShutdownKernelHandler
    except ImportError:  # a Voila without it has no goodbye address to guard
        return (KernelHandler,)
    return (KernelHandler, VoilaShutdownKernelHandler)


def utcnow() -> datetime:
    """Now, in UTC, as Jupyter Server stamps a kernel's activity (its own helper is private)."""
    return datetime.now(timezone.utc)

