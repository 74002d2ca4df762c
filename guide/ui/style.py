"""The look of Rebound's widgets, shipped with the widgets so JupyterLab and Voila show the same page.

Every rule is scoped under ``.rebound`` so nothing leaks into the rest of a JupyterLab window. The
colors are chosen for WCAG AA: each text color below reaches at least 4.5:1 on its background
(checked by tests/test_ui.py). Labels sit above their inputs and wrap instead of being cut off, which
also keeps the form usable at the large zoom of a projector.
"""

from __future__ import annotations

import ipywidgets as widgets

# Text color, background it sits on: the pairs the contrast test checks.
INK = "#1b1b1b"
MUTED_INK = "#4a4a4a"
PAPER = "#ffffff"
ERROR_INK = "#9b1c1c"
ERROR_PAPER = "#fdf1f1"
WARNING_INK = "#6b4300"
WARNING_PAPER = "#fff7e0"
DUE_INK = "#0b4a82"
DUE_PAPER = "#e8f1fb"
FOCUS = "#0b4a82"

CONTRAST_PAIRS = (
    (INK, PAPER),
    (MUTED_INK, PAPER),
    (ERROR_INK, ERROR_PAPER),
    (WARNING_INK, WARNING_PAPER),
    (DUE_INK, DUE_PAPER),
)

CSS = f"""
/* A light card in any theme: in a dark JupyterLab theme the dark text keeps its own paper. */
.rebound {{ color: {INK}; background: {PAPER}; font-size: 16px; line-height: 1.5; max-width: 46em; }}
.rebound p {{ margin: 0 0 0.5em 0; }}
.rebound .rebound-group {{ font-size: 1.15em; font-weight: 600; margin: 1.2em 0 0.3em 0; }}
.rebound .rebound-help, .rebound .rebound-privacy {{ color: {MUTED_INK}; font-size: 0.95em; }}
.rebound .rebound-help p {{ margin: 0; }}

/* Labels above inputs, never truncated. */
.rebound-form .widget-inline-hbox {{
  flex-direction: column; align-items: stretch; width: 100%; max-width: 32em; height: auto; margin-top: 0.6em;
}}
.rebound-form .widget-inline-hbox > .widget-label {{
  width: auto !important; max-width: none; text-align: left; white-space: normal; overflow: visible;
  line-height: 1.4; height: auto; margin: 0 0 0.25em 0; font-weight: 600; color: {INK}; font-size: 1em;
}}
.rebound-form .widget-inline-hbox input,
.rebound-form .widget-inline-hbox select {{
  flex: 0 0 auto; font-size: 1em; height: 2.4em; width: 100%; color: {INK}; background: {PAPER};
  border: 1px solid #6b6b6b; box-sizing: border-box;
}}
/* ipywidgets turns the browser's focus ring off and only tints the border; keyboard users need more.
   !important because the widget rules that remove it are more specific than anything scoped here. */
.rebound input:focus-visible, .rebound select:focus-visible, .rebound textarea:focus-visible,
.rebound .lm-TabBar-tab:focus-visible, .rebound .jupyter-button:focus-visible {{
  outline: 3px solid {FOCUS} !important; outline-offset: 2px;
}}

/* A problem sits right under the field it concerns. */
.rebound .rebound-problem {{
  color: {ERROR_INK}; background: {ERROR_PAPER}; border-left: 4px solid {ERROR_INK};
  padding: 0.3em 0.6em; margin: 0.3em 0 0 0; max-width: 32em;
}}
.rebound .rebound-problem.rebound-warning {{
  color: {WARNING_INK}; background: {WARNING_PAPER}; border-left-color: {WARNING_INK};
}}
.rebound .rebound-waiting {{ color: {MUTED_INK}; border: 1px dashed #8a8a8a; padding: 0.6em 0.8em; }}
.rebound .rebound-error {{ color: {ERROR_INK}; background: {ERROR_PAPER}; padding: 0.6em 0.8em; }}

/* The plan. */
.rebound-plan ol {{ padding-left: 1.6em; margin: 0; }}
.rebound-plan li {{ margin: 0 0 1em 0; }}
.rebound-plan .rebound-due {{
  display: inline-block; color: {DUE_INK}; background: {DUE_PAPER}; font-weight: 600;
  padding: 0 0.5em; border-radius: 3px;
}}
.rebound-plan .rebound-action {{ font-weight: 600; margin: 0.2em 0; }}
.rebound-plan .rebound-why {{ color: {MUTED_INK}; margin: 0; }}

/* The messages. */
.rebound-messages .jupyter-widgets.widget-tab > .lm-TabBar .lm-TabBar-tab,
.rebound-messages .jupyter-widgets.widget-tab > .lm-TabBar .lm-TabBar-tabLabel {{ font-size: 1em; color: {INK}; }}
.rebound-messages .rebound-subject-row {{ align-items: baseline; gap: 0.5em; }}
.rebound-messages .rebound-subject {{ font-weight: 600; }}
.rebound-messages .rebound-message-body {{
  border: 1px solid #c4c4c4; background: {PAPER}; padding: 0.8em 1em; max-width: 40em;
}}
.rebound-messages .rebound-message-body p {{ margin: 0 0 0.9em 0; }}
.rebound .widget-html, .rebound .widget-html-content {{ height: auto; line-height: 1.5; font-size: 1em; }}
"""


def stylesheet() -> widgets.HTML:
    """An HTML widget carrying the stylesheet; each top-level Rebound widget includes one."""
    sheet = widgets.HTML(value=f"<style>{CSS}</style>")
    sheet.layout.display = "none"  # the <style> applies anyway; the box itself takes no room
    return sheet
