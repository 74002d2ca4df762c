"""The room's address: what participants type, and the same address as a QR code for phones.

The QR code is drawn by ``segno`` (pure Python) on this machine, as SVG for the facilitator page and as
block characters for the terminal: nothing is fetched, so it works in a room without internet.
"""

from __future__ import annotations

import io
import os
import socket

# The launcher (``make workshop``) passes the room's address to the facilitator page's kernel this way.
ADDRESS_VARIABLE = "REBOUND_ROOM_ADDRESS"
# ... and the static site's (``make site``), when it serves that too.
SITE_VARIABLE = "REBOUND_SITE_ADDRESS"
ALL_INTERFACES = {"0.0.0.0", "::", ""}
# Connecting a UDP socket sends nothing; it only makes the OS pick the interface it would route through.
_ROUTE_PROBE = ("10.255.255.255", 1)


def lan_address() -> str:
    """This machine's address on the local network, or 127.0.0.1 if it has none (a laptop offline)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(_ROUTE_PROBE)
            return probe.getsockname()[0]
        except OSError:
            pass
    try:
        return socket.gethostbyname(socket.gethostname())
    except OSError:
        return "127.0.0.1"


def room_address(host: str, port: int) -> str:
    """The address participants type: the LAN address when the server listens on every interface."""
    shown = lan_address() if host in ALL_INTERFACES else host
    if ":" in shown:  # an IPv6 literal needs brackets in a URL
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/"


def address_from_environment() -> str | None:
    """The room's address as the launcher announced it, or None outside ``make workshop``."""
    return os.environ.get(ADDRESS_VARIABLE) or None


def site_address_from_environment() -> str | None:
    """The static site's address as the launcher announced it, or None when it serves none."""
    return os.environ.get(SITE_VARIABLE) or None


def qr_svg(address: str, title: str) -> str:
    """The address as an inline SVG QR code, dark on white, large enough to scan from a projector."""
    import segno

    return segno.make(address, error="m").svg_inline(scale=6, border=4, title=title, dark="#000", light="#fff")


def qr_terminal(address: str) -> str:
    """The address as a QR code drawn with block characters, for the terminal."""
    import segno

    out = io.StringIO()
    segno.make(address, error="m").terminal(out=out, compact=True)
    return out.getvalue()
