"""English wording of the page's lifeline (guide/ui/lifeline.py): what the page says once it has lost its
kernel (what happened, that nothing typed is lost, what to do), and the offer to put the answers kept in
the browser tab back after a reload."""

TEXT: dict[str, str] = {
    # --- the notice, at the bottom of the window, once the page has lost its kernel -----------------------
    "lifeline.lost.heading": "This page lost its connection to the server",
    "lifeline.lost.body": (
        "What you typed is still here. Save your answers, then reload the page to keep going: "
        "after the reload, the page offers to put your answers back."
    ),
    "lifeline.lost.save": "Save my answers now",
    "lifeline.lost.reload": "Reload the page",
    "lifeline.back": "The connection is back. You can carry on.",
    # --- the message and its controls while the page is cut off ---------------------------------------------
    "lifeline.stale": (
        "This message may be out of date: it stopped following your answers when the page lost its "
        "connection. Reload the page before you send it."
    ),
    "lifeline.copy_stale": "(may be out of date)",
    "lifeline.copied_stale": "Copied. It may be out of date: check it against your answers before you send it.",
    "lifeline.unavailable": (
        "This file cannot be made now, because the page lost its connection to the server. "
        "Save your answers, then reload the page."
    ),
    # --- after a reload: the answers this browser tab kept -------------------------------------------------
    "lifeline.offer": (
        "Your answers from before the page reloaded are kept in this browser tab. Put them back in the form?"
    ),
    "lifeline.offer.yes": "Put my answers back",
    "lifeline.offer.no": "No, start again",
    "lifeline.restoring": "Putting your answers back…",
}
