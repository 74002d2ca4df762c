"""``MessageView`` (one channel) and ``MessageTabs`` (one tab per channel that suits the scenario).

Message text reaches the page only as ``Message.html``, which the core builds by escaping the plain
body, so markup typed into a field is shown as text, never run as markup.
"""

from __future__ import annotations

import html

import ipywidgets as widgets
import traitlets

from ..catalogue import text
from ..messages import Message, compose
from ..situation import InvalidSituation, Situation, channels_for
from .base import StaticFallback
from .notes import waiting_html
from .safety import failure_html, log, run_safely
from .style import stylesheet


def template_missing(exc: Exception, situation: Situation, channel: str) -> bool:
    """True if ``exc`` says this channel's own template does not exist (yet) for this scenario.

    Only that case is "not available yet"; a missing partial inside an existing template is a real bug
    and goes down the error path.
    """
    import jinja2  # the core's dependency; imported here so this module stays cheap to import

    return isinstance(exc, jinja2.TemplateNotFound) and exc.name == f"{situation.scenario}/{channel}.txt.j2"


class MessageView(widgets.VBox):
    """One composed message: subject (if the channel has one) and body. Knows nothing about wording."""

    def __init__(self, channel: str):
        self.channel = channel
        self.note = widgets.HTML()
        self.subject = widgets.HTML()
        self.subject.add_class("rebound-subject")
        self.subject_row = widgets.HBox([widgets.HTML(f"<strong>{html.escape(text('ui.message.subject'))}</strong>"), self.subject])
        self.subject_row.add_class("rebound-subject-row")
        self.body = widgets.HTML()
        self.body.add_class("rebound-message-body")
        self.words = widgets.HTML()
        self.words.add_class("rebound-help")
        self.status = widgets.HTML()
        super().__init__([self.status, self.note, self.subject_row, self.body, self.words])
        self.add_class("rebound-message")
        self._clear()

    def show(self, situation: Situation) -> None:
        run_safely(f"showing the {self.channel} message", lambda: self._show(situation), self._show_failure)

    def _show(self, situation: Situation) -> None:
        try:
            message = compose(situation, self.channel)
        except InvalidSituation as incomplete:
            self._clear(waiting_html("ui.message.waiting", incomplete.problems))
            return
        except Exception as exc:
            if not template_missing(exc, situation, self.channel):
                raise
            log.warning("no template yet for %s/%s", situation.scenario, self.channel)
            sentence = text("ui.message.unavailable", channel=text(f"channel.{self.channel}"))
            self._clear(f'<p class="rebound-waiting">{html.escape(sentence)}</p>')
            return
        self._fill(message)

    def _fill(self, message: Message) -> None:
        self.status.value = ""
        self.note.value = f'<p class="rebound-help">{html.escape(message.note)}</p>' if message.note else ""
        self.subject.value = html.escape(message.subject or "")
        self.subject_row.layout.display = None if message.subject else "none"
        self.body.value = message.html
        self.body.layout.display = None
        self.words.value = f"<p>{html.escape(text('ui.message.words', count=message.word_count))}</p>"

    def _clear(self, status_html: str = "") -> None:
        self.status.value = status_html
        self.note.value = ""
        self.subject.value = ""
        self.subject_row.layout.display = "none"
        self.body.value = ""
        self.body.layout.display = "none"
        self.words.value = ""

    def _show_failure(self) -> None:
        self._clear(failure_html())


class MessageTabs(StaticFallback, widgets.VBox):
    """One tab per channel offered for the scenario, titled with the channel's name."""

    situation = traitlets.Instance(Situation, allow_none=True)

    def __init__(self):
        self.tab = widgets.Tab()
        self.views: dict[str, MessageView] = {}
        self.status = widgets.HTML()
        super().__init__([stylesheet(), self.status, self.tab])
        self.add_class("rebound")
        self.add_class("rebound-messages")
        self.observe(lambda _change: self.refresh(), names="situation")

    @property
    def channels(self) -> tuple[str, ...]:
        return tuple(view.channel for view in self.tab.children)

    def view(self, channel: str) -> MessageView:
        if channel not in self.views:
            self.views[channel] = MessageView(channel)
        return self.views[channel]

    def refresh(self) -> None:
        run_safely("showing the messages", self._render, self._show_failure)

    def _render(self) -> None:
        self.status.value = ""
        if self.situation is None:
            return
        self._offer(channels_for(self.situation.scenario))
        for view in self.tab.children:
            view.show(self.situation)

    def _offer(self, channels: tuple[str, ...]) -> None:
        """Show exactly these channels' tabs, keeping the chosen channel selected if it is still offered."""
        if self.channels == channels:
            return
        chosen = self.channels[self.tab.selected_index] if self.tab.children and self.tab.selected_index is not None else None
        self.tab.children = [self.view(ch) for ch in channels]
        self.tab.titles = tuple(text(f"channel.{ch}") for ch in channels)
        self.tab.selected_index = channels.index(chosen) if chosen in channels else 0

    def _show_failure(self) -> None:
        self.status.value = failure_html()
