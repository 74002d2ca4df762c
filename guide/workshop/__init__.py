"""Workshop mode: the material a counselor runs a session with.

- ``cards``: seeded role-play cards (candidate, hiring manager, observer) and the reused chapter material
  (wallet card, sorting cards, exit ticket), laid out as printable HTML and PDF by ``printable``.
- ``quiz``: "what would you do?" questions, each tied to a rule in ``guide.rules``.
- ``outline``: the session's outline and timings.

The room's server (kernels, preheating, the launcher, the room's address) is in ``guide.room``. Like the
rest of the core, nothing here imports the widget library; the widgets are in ``guide.ui.workshop``.
"""
