"""Workshop mode: what a counselor runs a session with.

- ``cards``: seeded role-play cards (candidate, hiring manager, observer) and the reused chapter material
  (wallet card, sorting cards, exit ticket), laid out as printable HTML and PDF by ``printable``.
- ``quiz``: "what would you do?" questions, each tied to a rule in ``guide.rules``.
- ``room``: the room's address and its QR code.
- ``binder``: the Binder launch link, from the address the repository is published at (``make binder``).
- ``kernels`` and ``serve`` run the room's Voila server; they import jupyter_server and are never
  imported by the rest of the guide. ``preheat`` runs in each of the room's kernels as it starts
  (``kernel_startup.py``); what it does to the widgets' state reply is in ``guide.ui.state_reply``.

Like the rest of the core, nothing here imports the widget library; the widgets are in ``guide.ui.workshop``.
"""
