"""What the app needs when it runs in the browser (Pyodide), where some of its libraries are missing.

Imported only where a library that needs it is about to be used; on a server it does nothing.
"""
from __future__ import annotations

import sys

IN_BROWSER = sys.platform == "emscripten"


def allow_fpdf() -> None:
    """Let fpdf2 import without Python's ``ssl`` module, which the browser build leaves out.

    fpdf2 imports ``urllib.request.HTTPSHandler`` and ``http.client.HTTPSConnection`` to fetch images by
    address; without ``ssl`` neither exists. Rebound never fetches anything, so stand-ins that refuse to
    be used are enough (any attempt fails loudly instead of quietly going to the network).
    """
    if not IN_BROWSER:
        return
    import http.client
    import urllib.request
    import warnings

    # Pillow has no browser wheel; Rebound's PDF has no images, so fpdf2's warning would only alarm.
    warnings.filterwarnings("ignore", message="Pillow could not be imported", category=UserWarning)

    class _NoHTTPS:
        def __init__(self, *args, **kwargs):
            raise OSError("no HTTPS in the browser build: Rebound fetches nothing")

    for module, name in ((urllib.request, "HTTPSHandler"), (http.client, "HTTPSConnection")):
        if not hasattr(module, name):
            setattr(module, name, _NoHTTPS)

