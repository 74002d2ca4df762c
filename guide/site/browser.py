"""What the app needs when it runs in the browser (Pyodide), where some of its libraries are missing.

Imported only where a library that needs it is about to be used; on a server it does nothing.
"""
from __future__ import annotations

import sys
from pathlib import Path

IN_BROWSER = sys.platform == "emscripten"
# Written into the site's copy of Rebound's wheel by ``build.site_own_wheel``: the PDF fonts it leaves out.
LAZY_FONTS = Path(__file__).with_name("lazy-fonts.txt")
FONT_DIR = Path(__file__).resolve().parents[1] / "exports" / "fonts"


def lazy_fonts() -> None:
    """Put the PDF's fallback fonts in place as files read from the site the first time they are opened.

    The site leaves them out of Rebound's wheel (2.7 MB that only a name in an Indic, Southeast Asian,
    Ethiopic, Cherokee or Chinese/Japanese/Korean script needs) and serves them beside the wheels.
    Emscripten's lazy files fetch a file's bytes on first read, synchronously, which a web worker (where
    the kernel runs) may do; so ``guide.exports.pdf`` finds every font where the server has it.
    """
    if not IN_BROWSER or not LAZY_FONTS.exists():
        return
    import pyodide_js

    base = str(pyodide_js._api.config.indexURL) + "fonts/"  # the site's static/pyodide/ folder
    for name in LAZY_FONTS.read_text(encoding="utf-8").split():
        if not (FONT_DIR / name).exists():
            pyodide_js.FS.createLazyFile(str(FONT_DIR), name, base + name, True, False)


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


lazy_fonts()  # on import, in the browser only: before anything can look for a font
