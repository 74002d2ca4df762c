"""``SavedAnswers``: "Save my answers" and "Load my answers" beside the form, and in JupyterLab a
choice to keep them in the reader's own folder for the next chapter.

Saving reuses the download control (the file is made in memory and goes straight to the browser);
loading reads the chosen file from the upload widget's memory and fills the form. Neither touches the
server's disk. The folder file is offered only outside Voila: on a workshop server the kernel's folder
is the counselor's, and what a participant types must never be written there.
"""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import Callable

import ipywidgets as widgets
import traitlets

from ..catalogue import text
from ..saved import FOLDER_FILE, MAX_BYTES, SavedAnswersError, answers_file, loads, read_file, write_file
from ..situation import Situation
from .base import Speaks, built_in_its_language, in_own_language
from .notes import group_heading, help_line
from .safety import log_failure
from .take_away import DownloadButton
from .shared import WRAPPING_ROW, html_widget, shared_layout

# Variables Voila sets in the environment of every kernel it starts (voila.utils.ENV_VARIABLE).
VOILA_VARIABLES = ("VOILA_KERNEL_ID", "VOILA_PREHEAT", "VOILA_BASE_URL", "VOILA_REQUEST_URL")


def under_voila() -> bool:
    """Whether this kernel serves a Voila page (a workshop server) rather than a notebook."""
    return any(name in os.environ for name in VOILA_VARIABLES) or os.environ.get(
        "SERVER_SOFTWARE", ""
    ).startswith("voila")


def folder_file() -> Path | None:
    """Where chapters keep answers for each other: beside the notebook, never under Voila."""
    return None if under_voila() else Path.cwd() / FOLDER_FILE


def status_html(sentence: str, failed: bool = False) -> str:
    kind = "rebound-problem" if failed else "rebound-saved-done"
    role = "alert" if failed else "status"
    return f'<div class="{kind}" role="{role}">{html.escape(sentence)}</div>'


class SavedAnswers(Speaks, widgets.VBox):
    """The form's answers to a file and back. ``situation`` follows the form; ``fill`` puts a loaded
    situation into the form and returns a sentence when part of it could not be used, else None.
    Labelled in ``language`` (the form's, which builds it anew in another)."""

    situation = traitlets.Instance(Situation, allow_none=True)

    @built_in_its_language
    def __init__(self, fill: Callable[[Situation], str | None]):
        self.fill = fill
        self.save = DownloadButton(text("ui.saved.save"), lambda: answers_file(self.situation or Situation()))
        self.load = widgets.FileUpload(
            accept=".json,application/json",
            multiple=False,
            description=text("ui.saved.load"),
            tooltip=text("ui.saved.load_tip"),
            icon="",  # the page loads no icon font
            # Looks like the "Save" button beside it: rebound.css gives it the theme's button colors.
            layout=widgets.Layout(height="2.6em", width="auto", padding="0 0.9em"),
        )
        self.load.add_class("rebound-saved-load")
        self.status = html_widget("", "rebound-saved-status")
        row = widgets.HBox([self.save, self.load], layout=shared_layout(**WRAPPING_ROW))
        row.add_class("rebound-take-row")
        children: list[widgets.Widget] = [group_heading(text("ui.saved.heading")), help_line(text("ui.saved.help")), row]
        self.path = folder_file()
        if self.path is not None:
            children += self._folder_controls(self.path)
        children.append(self.status)
        super().__init__(children, layout=shared_layout())
        self.add_class("rebound-saved")
        self.load.observe(self._on_upload, names="value")

    # --- a file from the reader's device ---------------------------------------------------------------
    @in_own_language
    def _on_upload(self, change) -> None:
        files = change["new"]
        if not files:
            return  # the reset below
        try:
            self._load_upload(files[0])
        except Exception as exc:  # the UI boundary: nothing may escape into the widget machinery
            log_failure("loading saved answers", exc)
            self.status.value = status_html(text("ui.saved.failed"), failed=True)
        finally:
            self.load.value = ()  # forget the file's content, and let the same file be chosen again

    def _load_upload(self, upload) -> None:
        def read() -> Situation:
            if upload.get("size", 0) > MAX_BYTES:  # not even looked at: a photo or a video picked by mistake
                raise SavedAnswersError("too_large", limit=MAX_BYTES // 1024)
            return loads(bytes(upload["content"]))

        self._restore(read)

    def _restore(self, read: Callable[[], Situation], done: str | None = None) -> None:
        try:
            loaded = read()
        except SavedAnswersError as problem:
            self.status.value = status_html(str(problem), failed=True)
            return
        partly = self.fill(loaded)
        self.status.value = status_html(partly or done or text("ui.saved.loaded"))

    # --- JupyterLab: a file in the reader's own folder, by their choice ----------------------------------
    def _folder_controls(self, path: Path) -> list[widgets.Widget]:
        self.keep = widgets.Checkbox(value=False, description=text("ui.saved.folder.keep"), indent=False)
        self.keep.add_class("rebound-saved-keep")
        self.fill_button = widgets.Button(description=text("ui.saved.folder.fill"))
        self.fill_button.add_class("rebound-saved-fill")
        self.fill_button.layout.display = None if path.is_file() else "none"
        self.keep.observe(self._on_keep, names="value")
        self.observe(lambda _change: self._keep_now(), names="situation")
        self.fill_button.on_click(lambda _button: self._fill_from_folder())
        return [self.fill_button, self.keep, help_line(text("ui.saved.folder.help", file=FOLDER_FILE))]

    @in_own_language
    def _on_keep(self, change) -> None:
        if change["new"]:
            self._keep_now()
        else:
            try:
                self.path.unlink(missing_ok=True)
            except OSError as exc:
                log_failure("forgetting the kept answers", exc)
            self.fill_button.layout.display = "none"

    @in_own_language
    def _keep_now(self) -> None:
        if not self.keep.value or self.situation is None:
            return
        try:
            write_file(self.path, self.situation)
        except OSError as exc:  # a read-only folder, a full disk: say so and stop trying
            log_failure("keeping the answers in the folder", exc)
            self.status.value = status_html(text("ui.saved.folder.not_kept"), failed=True)
            self.keep.value = False

    @in_own_language
    def _fill_from_folder(self) -> None:
        try:
            self._restore(lambda: read_file(self.path), done=text("ui.saved.folder.filled", file=FOLDER_FILE))
        except OSError:  # deleted since the chapter opened
            self.fill_button.layout.display = "none"
            self.status.value = status_html(text("ui.saved.folder.gone"), failed=True)
        except Exception as exc:  # the UI boundary
            log_failure("filling in the kept answers", exc)
            self.status.value = status_html(text("ui.saved.failed"), failed=True)
