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
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager
from tornado.web import HTTPError
from traitlets import Int

from ..catalogue import text

KERNEL_STARTUP = Path(__file__).with_name("kernel_startup.py")


class RoomFull(HTTPError):
    """The room has as many kernels as the counselor allowed. Shown as the room-full page."""

    def __init__(self) -> None:
        # ``reason`` travels in the HTTP status line, so it is a short ASCII phrase; the sentence a
        # participant reads is the page's message.
        super().__init__(503, text("workshop.room.full.detail"), reason=text("workshop.room.full.title"))


class RoomKernelManager(AsyncMappingKernelManager):
    max_kernels = Int(
        0,
        config=True,
        help="The most kernels alive at once, preheated ones included. 0 means no cap.",
    )

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._starting = 0  # kernels asked for but not yet in self._kernels
        self._closing = False  # the server is stopping: no more kernels for the pool

    @property
    def kernel_count(self) -> int:
        """Kernels alive or being started."""
        return len(self._kernels) + self._starting

    def room_is_full(self) -> bool:
        return self.max_kernels > 0 and self.kernel_count >= self.max_kernels

    async def start_kernel(self, *, kernel_id=None, path=None, **kwargs):
        if kernel_id is None and self.room_is_full():
            self._give_up_pool_place()
            self.log.warning("The room is full: %d kernels, the cap is %d", self.kernel_count, self.max_kernels)
            raise RoomFull()
        # IPython runs the file named by PYTHONSTARTUP as the kernel starts, before the notebook.
        kwargs["env"] = {**(kwargs.get("env") or os.environ), "PYTHONSTARTUP": str(KERNEL_STARTUP)}
        self._starting += 1
        try:
            return await super().start_kernel(kernel_id=kernel_id, path=path, **kwargs)
        finally:
            self._starting -= 1

    async def shutdown_kernel(self, kernel_id, *args, **kwargs):
        result = await super().shutdown_kernel(kernel_id, *args, **kwargs)
        self._top_up_pool()
        return result

    async def shutdown_all(self, *args, **kwargs):
        self._closing = True
        return await super().shutdown_all(*args, **kwargs)

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
        if not self._closing and notebook is not None and hasattr(self, "fill_if_needed"):
            self.fill_if_needed(notebook_name=notebook)
