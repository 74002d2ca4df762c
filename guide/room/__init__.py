"""The room's server: what ``make workshop`` runs a session on, apart from what a counselor runs it with.

- ``serve``: starts the participants' Voila (preheated pool, cap, culling: ``workshop/voila.json``) and
  the facilitator page's, and prints the room's address (``address``: what participants type, and its
  QR code).
- ``kernels``: ``RoomKernelManager``, the cap on live kernels, the pool's seats, the release of a kernel
  whose page went, and the server's lean watch on each kernel's output. ``guard``: a page template's
  static address outside the template answered 404 (both ``make run``'s and the room's Voila).
- ``preheat`` (through ``kernel_startup.py``, in each kernel as it starts) and ``state_reply`` (the
  widgets' state reply, the one module here that imports the widget library, in the kernels only);
  ``voila_request``: Voila's query protocol without Voila's imports.
- ``upstream``: the versions of Voila, Jupyter Server and ipywidgets whose private parts the above use;
  on any other version each use is left out and the library does as upstream.
- ``binder``: the Binder launch link (``make binder``).

Nothing in the rest of the guide imports this package, except the facilitator page's widgets
(``guide.ui.workshop``), which show the room's address.
"""
