# Run by each of the room's kernels as it starts, before the app (RoomKernelManager names this file in
# the kernel's PYTHONSTARTUP): see guide/room/preheat.py. It runs in the notebook's namespace, so it
# leaves no name behind.
import guide.room.preheat as _room_preheat

_room_preheat.start(get_ipython())  # noqa: F821 (IPython's, in this namespace)
del _room_preheat
