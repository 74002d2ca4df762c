"""A page template's static address that leaves the template's folder is answered 404, not 500.

Voila serves a page template's files at ``/voila/templates/<template>/static/<file>``. An address that
climbs out of it (``rebound/static/..%2f..%2f..%2f..%2fetc%2fpasswd``) or is not of that shape
(``/voila/templates/rebound``) made Voila 0.5's handler fail an assertion: a 500 and a traceback in the
server's log (never the file). ``install()`` has the handler answer such an address 404 first, as for any
file that does not exist.

Both of the repository's Voila servers load it through their kernel manager (the one setting that names
code of ours): ``GuardedKernelManager`` for ``make run`` (``voila.json``), and the room's
``RoomKernelManager``, which builds on it. On a Voila version the room was not tested with
(``upstream``), the handler is left as it is.
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


class GuardedKernelManager(AsyncMappingKernelManager):
    """Jupyter Server's kernel manager, unchanged; naming it in ``voila.json`` installs the guard."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        install()
