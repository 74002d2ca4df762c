"""Copy and download controls: the small custom widgets that let a message or the plan leave the page.

ipywidgets has no clipboard or download control, and a ``<script>`` put into an ``HTML`` widget never
runs. These are anywidget widgets instead: their JavaScript is ``static/take_away.js``, served by the
kernel with the widget, so the page still fetches nothing from outside its own server.

- ``CopyButton`` holds the text to copy in a trait (it is already on the page) and copies it in the
  click itself. ``navigator.clipboard`` only exists on a secure page (https, or http://127.0.0.1); a
  workshop server reached at a LAN address is not one, so the old ``execCommand("copy")`` on a hidden
  text area takes over there.
- ``DownloadButton`` holds no file. A click asks the kernel for one; ``make()`` builds the ``Export``
  from the core at that moment (a PDF takes a noticeable fraction of a second, far too long to rebuild
  on every keystroke) and its bytes go back to this browser as a binary buffer on the widget's comm,
  where they become a ``Blob`` saved under the export's own file name. Nothing touches the server's disk.

Every word shown (labels, confirmations, failures) comes from the catalogue through Python; the
JavaScript has none of its own. Confirmations go to an ``aria-live`` region beside the button, so a
screen reader announces them; the buttons are real ``<button>`` elements named by their visible label.
"""

from __future__ import annotations

import html
from typing import Callable

import anywidget
import traitlets

from ..catalogue import text
from ..exports import MAILTO_SAFE_LENGTH, Export, ExportError, mailto
from ..messages import Message
from ..situation import InvalidSituation
from .base import Speaks, in_own_language
from .safety import log_failure
from .style import STATIC, contrast_pairs

# Text color, background (names in the stylesheet's palette): the pairs tests/test_take_away.py checks for
# 4.5:1 contrast, in every theme.
CONTRAST_PAIRS = contrast_pairs(
    ("button-ink", "button-paper"),
    ("button-ink", "button-hover-paper"),
    ("link-ink", "paper"),
    ("ink", "paper"),
    ("error-ink", "error-paper"),
)

# Seconds a download may take before the button says it failed (the kernel may have gone away).
DOWNLOAD_TIMEOUT_S = 60

# Both controls' JavaScript; their look is in Rebound's one stylesheet (static/rebound.css).
TAKE_AWAY_JS = STATIC / "take_away.js"


class _TakeAwayControl(Speaks, anywidget.AnyWidget):
    """A button with a live region beside it, styled alike. ``control`` picks the behavior in the module.
    Labelled in ``language``, the language in force when it is made (its view's); a click is answered
    in it."""

    _esm = TAKE_AWAY_JS
    control = traitlets.Unicode("").tag(sync=True)
    label = traitlets.Unicode("").tag(sync=True)
    failed = traitlets.Unicode("").tag(sync=True)


class CopyButton(_TakeAwayControl):
    """A button that puts ``value`` on the clipboard and says so (``done``), or says how to copy by hand."""

    control = traitlets.Unicode("copy").tag(sync=True)
    value = traitlets.Unicode("").tag(sync=True)
    done = traitlets.Unicode("").tag(sync=True)

    def __init__(self, label: str, done: str, **kwargs):
        self._start_speaking()
        super().__init__(label=label, done=done, failed=text("ui.take.copy_failed"), **kwargs)


class DownloadButton(_TakeAwayControl):
    """A button that saves the ``Export`` made by ``make()`` in the browser, made only when pressed."""

    control = traitlets.Unicode("download").tag(sync=True)
    busy = traitlets.Unicode("").tag(sync=True)
    timeout = traitlets.Int(DOWNLOAD_TIMEOUT_S).tag(sync=True)
    # What the page can make by itself once the kernel is gone ("answers": the page's lifeline makes the
    # saved-answers file, guide/ui/lifeline.py); empty for a file only the kernel can make.
    offline = traitlets.Unicode("").tag(sync=True)

    def __init__(self, label: str, make: Callable[[], Export], **kwargs):
        self._start_speaking()
        super().__init__(label=label, busy=text("ui.take.preparing"), failed=text("ui.take.failed"), **kwargs)
        self.make = make
        self.on_msg(self._on_message)

    def _on_message(self, _widget, content, _buffers) -> None:
        if isinstance(content, dict) and content.get("kind") == "request":
            reply, buffers = self.reply(str(content.get("id", "")))
            self.send(reply, buffers)

    @in_own_language
    def reply(self, request_id: str) -> tuple[dict[str, str], list[bytes]]:
        """The answer to one click: the file and its confirmation, or a sentence saying why not.

        Never raises: a failure the person can fix is explained in their words, anything else is
        logged without its message (it could quote what they typed) and shown as a plain apology.
        """
        try:
            export = self.make()
        except ExportError as problem:  # worded for the candidate by the export core
            return {"kind": "failed", "id": request_id, "message": str(problem)}, []
        except InvalidSituation:
            return {"kind": "failed", "id": request_id, "message": text("ui.take.incomplete")}, []
        except Exception as exc:  # the UI boundary: nothing may escape into the widget machinery
            log_failure(f"making the {self.label!r} download", exc)
            return {"kind": "failed", "id": request_id, "message": text("ui.take.failed")}, []
        return {
            "kind": "file",
            "id": request_id,
            "filename": export.filename,
            "mime": export.mime_type,
            "message": text("ui.take.saved", filename=export.filename),
        }, [export.data]


def mailto_html(message: Message) -> str:
    """An "Open in your email app" link for ``message``, or a sentence saying to copy it instead.

    The link is percent-encoded by the core and escaped again for the attribute, so nothing typed can
    end the ``href`` or add markup. Past ``MAILTO_SAFE_LENGTH`` some mail programs cut the link short,
    and a truncated apology is worse than none, so the person is sent to the Copy button instead.
    """
    link = mailto(message)
    if len(link) > MAILTO_SAFE_LENGTH:
        return f'<p class="rebound-help">{html.escape(text("ui.take.mailto_too_long"))}</p>'
    return (
        f'<a class="rebound-take-link" href="{html.escape(link, quote=True)}">{html.escape(text("ui.take.mailto"))}</a>'
        f'<p class="rebound-help">{html.escape(text("ui.take.mailto_help"))}</p>'
    )
