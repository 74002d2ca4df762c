"""Two things both of the repository's Voila servers (``make run``'s and the room's) need from their pages.

- **A page template's static address that leaves the template's folder is answered 404**, not 500.
  Voila serves a page template's files at ``/voila/templates/<template>/static/<file>``. An address
  that climbs out of it (``rebound/static/..%2f..%2f..%2f..%2fetc%2fpasswd``) or is not of that shape
  (``/voila/templates/rebound``) made Voila 0.5's handler fail an assertion: a 500 and a traceback in
  the server's log (never the file). ``install()`` has the handler answer such an address 404 first, as
  for any file that does not exist. On a Voila version the room was not tested with (``upstream``), the
  handler is left as it is.
- **Jupyter Server's own pages render** (its error pages, ``/logout``): they link its static files,
  which Voila's server has no setting for, so each raised (a traceback in the log, and a 500 for
  ``/logout``). ``give_error_pages_a_static_url`` links nothing there instead. (A page template named
  in the query, ``?template=../../etc``, was a 500 too: ``voila.json`` allows no override.)
- **A page can say goodbye.** As it closes or reloads, Voila's page asks the server to stop its kernel,
  sending the value of its ``_xsrf`` cookie; Voila never gave the page that cookie, so the request was
  refused ("'_xsrf' argument missing", voila#1458) and the kernel lived on until the idle cull. A page
  whose kernel is started for it is given the cookie (``give_page_its_cookie``; tornado sets it when a
  handler first reads its token).

Both servers load this through their kernel manager (the one setting that names code of ours):
``GuardedKernelManager`` for ``make run`` (``voila.json``), and the room's ``RoomKernelManager``, which
builds on it.
"""

from __future__ import annotations

import posixpath

from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager
from tornado.web import HTTPError

from . import upstream


def template_static_path_is_valid(path: str) -> bool:
    """``<template>/static/<file>`` once ``..`` and ``.`` are resolved, inside the template's folder."""
    parts = posixpath.normpath(path).split("/", 2)
    return len(parts) == 3 and parts[0] not in ("", ".", "..") and parts[1] == "static"


def install() -> bool:
    """Put the check in front of Voila's template static-file handler (once). True if it is there."""
    if not upstream.tested("voila"):
        return False
    from voila.static_file_handler import TemplateStaticFileHandler

    parse_url_path = TemplateStaticFileHandler.parse_url_path
    if getattr(parse_url_path, "guarded", False):
        return True

    def guarded_parse_url_path(self, path):
        if not template_static_path_is_valid(path):
            raise HTTPError(404)
        return parse_url_path(self, path)

    guarded_parse_url_path.guarded = True
    TemplateStaticFileHandler.parse_url_path = guarded_parse_url_path
    return True


def give_error_pages_a_static_url() -> None:
    """Let Jupyter Server's own pages (its error pages, ``/logout``) render on Voila's server (once).

    Their template links Jupyter Server's static files with tornado's ``static_url``, which needs a
    ``static_path`` setting that Voila's server does not have: every such page raised instead (a 404
    became a traceback in the log, ``/logout`` a 500). Where there is no ``static_path``, the link is
    an empty data address, as the app's own page template links its icon; anywhere else, tornado's."""
    from jupyter_server.base.handlers import JupyterHandler

    static_url = JupyterHandler.static_url
    if getattr(static_url, "guarded", False):
        return

    def static_url_or_none(self, path, *args, **kwargs):
        if "static_path" not in self.settings:
            return "data:,"
        return static_url(self, path, *args, **kwargs)

    static_url_or_none.guarded = True
    JupyterHandler.static_url = static_url_or_none


def current_page():
    """The request handler serving the current request, if any (Jupyter Server's call context)."""
    from jupyter_server.base.call_context import CallContext

    return CallContext.get(CallContext.JUPYTER_HANDLER)


def give_page_its_cookie(handler) -> None:
    """Have the page being served carry its ``_xsrf`` cookie, which its goodbye sends back."""
    if handler is not None:
        handler.xsrf_token  # noqa: B018 (read for its effect: tornado sets the cookie on the response)


class GuardedKernelManager(AsyncMappingKernelManager):
    """Jupyter Server's kernel manager; naming it in ``voila.json`` installs the guard, and a page whose
    kernel is started for it gets the cookie its goodbye needs."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        install()
        give_error_pages_a_static_url()  # tornado's public setting and method: on every version

    async def start_kernel(self, *args, **kwargs):
        give_page_its_cookie(current_page())  # before the page's first bytes (and its headers) are sent
        return await super().start_kernel(*args, **kwargs)
