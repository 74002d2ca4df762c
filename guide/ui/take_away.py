"""Copy and download controls: the small custom widgets that let a message or the plan leave the page.

ipywidgets has no clipboard or download control, and a ``<script>`` put into an ``HTML`` widget never
runs. These are anywidget widgets instead: their JavaScript is a string below, served by the kernel
with the widget, so the page still fetches nothing from outside its own server.

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
from .safety import log_failure
from .style import ERROR_INK, ERROR_PAPER, FOCUS, INK, PAPER

BUTTON_INK = PAPER
BUTTON_PAPER = "#0b4a82"
BUTTON_HOVER_PAPER = "#073460"
LINK_INK = BUTTON_PAPER

# Text color, background: the pairs tests/test_take_away.py checks for 4.5:1 contrast.
CONTRAST_PAIRS = (
    (BUTTON_INK, BUTTON_PAPER),
    (BUTTON_INK, BUTTON_HOVER_PAPER),
    (LINK_INK, PAPER),
    (INK, PAPER),
    (ERROR_INK, ERROR_PAPER),
)

# Seconds a download may take before the button says it failed (the kernel may have gone away).
DOWNLOAD_TIMEOUT_S = 60

CSS = f"""
.rebound-take {{
  display: inline-flex; flex-direction: column; align-items: stretch; gap: 0.25em; margin: 0 0.75em 0.6em 0;
}}
.rebound-take-button, a.rebound-take-link {{
  font: inherit; font-size: 1em; line-height: 1.3; font-weight: 600; text-align: left;
  border: 2px solid {BUTTON_PAPER}; border-radius: 4px; padding: 0.45em 0.9em; min-height: 2.6em;
  box-sizing: border-box; cursor: pointer; display: inline-block;
}}
.rebound-take-button {{ color: {BUTTON_INK}; background: {BUTTON_PAPER}; }}
.rebound-take-button:hover {{ background: {BUTTON_HOVER_PAPER}; border-color: {BUTTON_HOVER_PAPER}; }}
.rebound-take-button[aria-busy="true"] {{ cursor: progress; }}
a.rebound-take-link {{ color: {LINK_INK}; background: {PAPER}; text-decoration: underline; }}
a.rebound-take-link:hover {{ text-decoration-thickness: 2px; }}
/* The focus ring every keyboard user needs; ipywidgets' own rules would otherwise hide it. */
.rebound-take-button:focus-visible, a.rebound-take-link:focus-visible {{
  outline: 3px solid {FOCUS} !important; outline-offset: 2px;
}}
/* A confirmation wraps within its button's width (width 0, then at least all of it), so the buttons
   beside it stay where they were instead of jumping to the next line. */
.rebound-take-status {{ color: {INK}; font-size: 0.95em; width: 0; min-width: 100%; overflow-wrap: anywhere; }}
.rebound-take-status:empty {{ display: none; }}
.rebound-take-status.rebound-take-failed {{
  color: {ERROR_INK}; background: {ERROR_PAPER}; padding: 0.2em 0.5em;
}}
"""

# Shared by both buttons: the button, its live region and how a message is announced. A message is
# cleared first and written on the next frame, so pressing the button twice announces it twice.
_COMMON_JS = """
function makeControl(model, el) {
  el.classList.add("rebound-take");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "rebound-take-button";
  const status = document.createElement("span");
  status.className = "rebound-take-status";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  el.append(button, status);
  const showLabel = () => { button.textContent = model.get("label"); };
  showLabel();
  model.on("change:label", showLabel);
  const say = (sentence, failed) => {
    status.textContent = "";
    status.classList.toggle("rebound-take-failed", Boolean(failed));
    requestAnimationFrame(() => { status.textContent = sentence; });
  };
  const clear = () => { status.textContent = ""; status.classList.remove("rebound-take-failed"); };
  return { button, say, clear, dispose: () => model.off("change:label", showLabel) };
}
"""

COPY_ESM = (
    _COMMON_JS
    + """
function copyWithSelection(value) {
  // The fallback for pages that are not a secure context: select a hidden text area and copy.
  const area = document.createElement("textarea");
  area.value = value;
  area.setAttribute("readonly", "");
  area.setAttribute("aria-hidden", "true");
  area.style.position = "fixed";
  area.style.top = "0";
  area.style.left = "-10000px";
  const focused = document.activeElement;
  document.body.appendChild(area);
  area.select();
  let copied = false;
  try { copied = document.execCommand("copy"); } catch (error) { copied = false; }
  area.remove();
  if (focused && typeof focused.focus === "function") focused.focus();  // keyboard users stay put
  return copied;
}

async function copy(value) {
  if (navigator.clipboard && window.isSecureContext) {
    try { await navigator.clipboard.writeText(value); return true; } catch (error) { /* try the fallback */ }
  }
  return copyWithSelection(value);
}

function render({ model, el }) {
  const control = makeControl(model, el);
  control.button.addEventListener("click", async () => {
    const copied = await copy(model.get("value"));
    control.say(copied ? model.get("done") : model.get("failed"), !copied);
  });
  // "Copied" would be untrue once the text has changed under it.
  model.on("change:value", control.clear);
  return () => { model.off("change:value", control.clear); control.dispose(); };
}

export default { render };
"""
)

DOWNLOAD_ESM = (
    _COMMON_JS
    + """
let requests = 0;

function save(filename, mime, data) {
  const url = URL.createObjectURL(new Blob([data], { type: mime }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);  // the browser has its copy by then
}

function render({ model, el }) {
  const control = makeControl(model, el);
  let pending = null;
  let timer = null;
  const settle = () => {
    pending = null;
    clearTimeout(timer);
    control.button.removeAttribute("aria-busy");
  };
  control.button.addEventListener("click", () => {
    if (pending !== null) return;  // one file at a time; the button stays focusable meanwhile
    // Each view asks under its own id, so a widget shown twice saves the file once, where it was asked.
    requests += 1;
    pending = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${requests}`;
    control.button.setAttribute("aria-busy", "true");
    control.say(model.get("busy"), false);
    timer = setTimeout(() => { settle(); control.say(model.get("failed"), true); }, model.get("timeout") * 1000);
    model.send({ kind: "request", id: pending });
  });
  const onMessage = (message, buffers) => {
    if (!message || pending === null || message.id !== pending) return;
    settle();
    if (message.kind === "file" && buffers && buffers.length === 1) {
      save(message.filename, message.mime, buffers[0]);
      control.say(message.message, false);
    } else {
      control.say(message.message || model.get("failed"), true);
    }
  };
  model.on("msg:custom", onMessage);
  return () => { settle(); model.off("msg:custom", onMessage); control.dispose(); };
}

export default { render };
"""
)


class _TakeAwayControl(anywidget.AnyWidget):
    """A button with a live region beside it, styled alike."""

    _css = CSS
    label = traitlets.Unicode("").tag(sync=True)
    failed = traitlets.Unicode("").tag(sync=True)


class CopyButton(_TakeAwayControl):
    """A button that puts ``value`` on the clipboard and says so (``done``), or says how to copy by hand."""

    _esm = COPY_ESM
    value = traitlets.Unicode("").tag(sync=True)
    done = traitlets.Unicode("").tag(sync=True)

    def __init__(self, label: str, done: str, **kwargs):
        super().__init__(label=label, done=done, failed=text("ui.take.copy_failed"), **kwargs)


class DownloadButton(_TakeAwayControl):
    """A button that saves the ``Export`` made by ``make()`` in the browser, made only when pressed."""

    _esm = DOWNLOAD_ESM
    busy = traitlets.Unicode("").tag(sync=True)
    timeout = traitlets.Int(DOWNLOAD_TIMEOUT_S).tag(sync=True)

    def __init__(self, label: str, make: Callable[[], Export], **kwargs):
        super().__init__(label=label, busy=text("ui.take.preparing"), failed=text("ui.take.failed"), **kwargs)
        self.make = make
        self.on_msg(self._on_message)

    def _on_message(self, _widget, content, _buffers) -> None:
        if isinstance(content, dict) and content.get("kind") == "request":
            reply, buffers = self.reply(str(content.get("id", "")))
            self.send(reply, buffers)

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
