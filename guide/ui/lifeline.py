"""``Lifeline``: what the page does on its own once its kernel is gone, and what it keeps for a reload.

A kernel can die under an open page (stopped, culled, out of memory, the server restarted, a laptop
asleep). The widgets then stop answering, yet everything typed is still in the browser. This widget
gives the browser, while the kernel is alive, what it needs to carry on without it:

- the saved-answers file as the kernel last knew it (``answers``, exactly what "Save my answers" would
  download, made by ``guide.saved``) and, for each form control whose saved value is simply what its
  box holds, that control's model (``typed``): so "Save my answers" is built in the browser from the
  page's own state, with what was typed after the kernel died laid over the kernel's last copy;
- the sentences to say (the catalogue's, in the page's language).

Its JavaScript (``static/lifeline.js``) watches the kernel's connection (its status, its websocket and a
heartbeat on this widget's own comm), and within a few seconds of losing it says so in a panel at the
bottom of the window, marks the message as out of date, and makes the answers file itself. Under Voila it
also keeps the answers in the tab's session storage (the browser's, gone when the tab closes; nothing is
written on the server), and after a reload offers to put them back: they come back to the new kernel as
the same file, read by ``guide.saved.loads`` and filled in by the form, as if loaded by hand.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import anywidget
import ipywidgets as widgets
import traitlets

from .shared import shared_layout
from ..catalogue import text
from ..fields import CHOICES
from ..saved import MAX_BYTES, SavedAnswersError, answers_file, loads
from .safety import log_failure
from .saved_view import status_html
from .style import STATIC, contrast_pairs

if TYPE_CHECKING:
    from .form import SituationForm

# Seconds between two heartbeats, and how long one may go unanswered by an idle kernel before the page
# counts it as gone (a busy kernel, making a PDF say, is never counted as gone for being slow). A kernel
# stopped by the server (culled, or the server restarted) may leave the page's socket open, so the
# heartbeat is what notices it: within HEARTBEAT_S + SILENCE_S. Each is one small comm message.
HEARTBEAT_S = 2
SILENCE_S = 4

# The sentences the page says without its kernel: short name in the widget, catalogue key.
WORDS = {
    "heading": "lifeline.lost.heading",
    "body": "lifeline.lost.body",
    "save": "lifeline.lost.save",
    "reload": "lifeline.lost.reload",
    "back": "lifeline.back",
    "stale": "lifeline.stale",
    "copy_stale": "lifeline.copy_stale",
    "copied_stale": "lifeline.copied_stale",
    "unavailable": "lifeline.unavailable",
    "offer": "lifeline.offer",
    "yes": "lifeline.offer.yes",
    "no": "lifeline.offer.no",
    "restoring": "lifeline.restoring",
    "failed": "ui.saved.failed",
}

# Text color, background (names in the stylesheet's palette) of the notice, the offer, the out-of-date
# mark and their buttons: checked for 4.5:1 contrast in every theme (tests/test_lifeline.py).
CONTRAST_PAIRS = contrast_pairs(
    ("error-ink", "error-paper"),
    ("due-ink", "due-paper"),
    ("warning-ink", "warning-paper"),
    ("button-ink", "button-paper"),
    ("button-ink", "button-hover-paper"),
)


def is_blank(saved: dict[str, object]) -> bool:
    """Whether saved answers hold nothing a person would miss: only the choices every form starts with."""
    return not any(value for name, value in saved.items() if name not in CHOICES and name != "language")


class Lifeline(anywidget.AnyWidget):
    """Keeps the browser able to save, warn and restore without the kernel. Shows nothing until needed."""

    _esm = STATIC / "lifeline.js"
    words = traitlets.Dict().tag(sync=True)
    answers = traitlets.Unicode("").tag(sync=True)  # the saved-answers file, as text
    filename = traitlets.Unicode("").tag(sync=True)
    saved = traitlets.Unicode("").tag(sync=True)  # the sentence once that file is saved
    blank = traitlets.Bool(True).tag(sync=True)
    typed = traitlets.Dict().tag(sync=True)  # field -> {"model": id[, "values": the choices' values]}
    status = traitlets.Unicode("").tag(sync=True)  # the model of the saved-answers status line
    upload = traitlets.Unicode("").tag(sync=True)  # the model of "Load my answers"
    too_large = traitlets.Unicode("").tag(sync=True)  # that status line's markup for a file too big
    max_bytes = traitlets.Int(MAX_BYTES).tag(sync=True)
    heartbeat = traitlets.Int(HEARTBEAT_S).tag(sync=True)
    silence = traitlets.Int(SILENCE_S).tag(sync=True)

    def __init__(self, form: "SituationForm", **kwargs):
        super().__init__(layout=shared_layout(), **kwargs)
        self.form = form
        self._language: str | None = None
        self.on_msg(self._on_message)
        form.observe(lambda _change: self.follow(), names="situation")
        self.follow()

    def follow(self) -> None:
        """Bring what the browser keeps in line with the form (called on every change of its situation)."""
        try:
            self._follow()
        except Exception as exc:  # the UI boundary: the form must go on whatever happens here
            log_failure("keeping the page's lifeline", exc)

    def _follow(self) -> None:
        form = self.form
        if self._language != form.language:  # the words, and the form's parts, once per language
            self.words = {name: text(key) for name, key in WORDS.items()}
            self.too_large = status_html(text("saved.error.too_large", limit=MAX_BYTES // 1024), failed=True)
            self._language = form.language
        saved = form.saved
        # "Save my answers" is one the page can make by itself (static/take_away.js asks this widget).
        saved.save.offline = "answers"
        self.status, self.upload = saved.status.model_id, saved.load.model_id
        situation = form.situation
        if situation is None:
            return
        export = answers_file(situation)
        document = export.data.decode("utf-8")
        answers = json.loads(document)["answers"]  # what the file holds, as JSON values
        with self.hold_sync():
            self.answers = document
            self.filename = export.filename
            self.saved = text("ui.take.saved", filename=export.filename)
            self.blank = is_blank(answers)
            self.typed = self._typed(answers)

    def _typed(self, answers: dict[str, object]) -> dict[str, dict[str, object]]:
        """The controls whose saved value is what the control holds, so the browser may read it there."""
        found: dict[str, dict[str, object]] = {}
        for name, control in self.form.controls.items():
            if name not in answers or answers[name] != control.value:
                continue
            if isinstance(control, widgets.Dropdown):
                found[name] = {"model": control.model_id, "values": [value for _, value in control.options]}
            elif isinstance(control, (widgets.Text, widgets.IntText)):
                found[name] = {"model": control.model_id}
        return found

    def _on_message(self, _widget, content, _buffers) -> None:
        if not isinstance(content, dict):
            return
        if content.get("kind") == "ping":
            self.send({"kind": "pong", "id": content.get("id")})
        elif content.get("kind") == "restore" and isinstance(content.get("answers"), str):
            self.send({"kind": "restored", **self.restore(content["answers"])})

    def restore(self, document: str) -> dict[str, object]:
        """Fill the form from answers the browser kept; the sentence the status line then shows."""
        status = self.form.saved.status
        try:
            loaded = loads(document)
            partly = self.form.fill(loaded)
        except SavedAnswersError as problem:
            sentence, failed = str(problem), True
        except Exception as exc:  # the UI boundary: nothing may escape into the widget machinery
            log_failure("putting back the answers kept in the browser", exc)
            sentence, failed = text("ui.saved.failed"), True
        else:
            sentence, failed = partly or text("ui.saved.loaded"), False
        status.value = status_html(sentence, failed=failed)
        return {"message": sentence, "failed": failed}
