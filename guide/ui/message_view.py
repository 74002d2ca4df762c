"""``MessageView`` (one channel) and ``MessageTabs`` (one tab per channel that suits the scenario).

Message text reaches the page only as ``Message.html``, which the core builds by escaping the plain
body, so markup typed into a field is shown as text, never run as markup.

Under each message, "take it with you": copy it, open it in an email app, or download it. The files
come from the export core (``guide.exports``) at the moment they are asked for, from the same
situation and message the view shows.
"""

from __future__ import annotations

import html

import ipywidgets as widgets
import traitlets

from .. import i18n
from ..catalogue import text
from ..exports import to_docx, to_eml, to_txt
from ..advice import advise
from ..domain import DOWNLOAD_LABELS, DOWNLOADS, KINDS, channels_for, kind
from ..messages import Message
from ..situation import InvalidSituation, Situation
from .base import Speaks, StaticFallback, built_in_its_language, in_own_language
from .notes import waiting_html
from .safety import failure_html, run_safely
from .style import stylesheet
from .take_away import CopyButton, DownloadButton, mailto_html
from .shared import WRAPPING_ROW, html_widget, own_html_widget, shared_layout

# The downloads each kind offers (DOWNLOADS) are declared with it in guide.domain: an email as a draft,
# the letter as a document.

# The one order of the message tabs, whatever the situation offers: the first contact, then what follows.
TAB_ORDER: tuple[str, ...] = KINDS


def _wrapping_row(children: list[widgets.Widget]) -> widgets.HBox:
    row = widgets.HBox(children, layout=shared_layout(**WRAPPING_ROW))
    row.add_class("rebound-take-row")
    return row


class TakeAwayRow(widgets.VBox):
    """Copy, the email link and the downloads for one channel's message."""

    def __init__(self, channel: str, current: "MessageView"):
        self.channel = channel
        self.heading = html_widget(f'<h4 class="rebound-group">{html.escape(text("ui.take.message.heading"))}</h4>')
        self.copy = CopyButton(text("ui.take.copy"), text("ui.take.copied"))
        self.copy_subject = CopyButton(text("ui.take.copy_subject"), text("ui.take.copied_subject"))
        self.mailto = own_html_widget("", "rebound-take-mailto")
        makers = {
            "txt": lambda: to_txt(*current.shown()),
            "eml": lambda: to_eml(*current.shown()),
            "docx": lambda: to_docx(current.shown()[1]),
        }
        self.downloads = {kind: DownloadButton(text(DOWNLOAD_LABELS[kind]), makers[kind]) for kind in DOWNLOADS[channel]}
        super().__init__([
            self.heading,
            _wrapping_row([self.copy, self.copy_subject]),
            self.mailto,
            _wrapping_row(list(self.downloads.values())),
        ])  # fmt: skip
        self.add_class("rebound-take-away")

    def fill(self, message: Message) -> None:
        self.copy.value = message.body
        self.copy_subject.value = message.subject or ""
        self.copy_subject.layout.display = None if message.subject else "none"
        # A mail program is the place for an email only; other channels are said, texted or printed.
        by_email = message.medium == "email"
        self.mailto.value = mailto_html(message) if by_email else ""
        self.mailto.layout.display = None if by_email else "none"
        self.layout.display = None

    def clear(self) -> None:
        self.copy.value = ""
        self.copy_subject.value = ""
        self.mailto.value = ""
        self.layout.display = "none"


class MessageView(widgets.VBox):
    """One composed message: subject (if the channel has one) and body. Knows nothing about wording.

    ``waiting`` is the note saying which details are still missing. The tabs share one (the note reads
    the same in every tab): a field change while details are missing updates one widget, not one per tab.

    A ``lazy`` view (a tab nobody has opened yet) holds only the shared note: it keeps the last situation
    it was shown and builds its parts (some twenty models with the take-away row) once its tab has been
    opened (``build()``) *and* there is a message to show in it, so a fresh page, where every detail is
    still missing, draws none of them. A view made on its own is built at once.
    """

    def __init__(self, channel: str, waiting: widgets.HTML | None = None, lazy: bool = False):
        self.channel = channel
        self.waiting = waiting if waiting is not None else html_widget()
        # What is on screen, kept so a download made later is exactly the message that was read.
        self.situation: Situation | None = None
        self.message: Message | None = None
        self.lazy = lazy
        self.built = False
        self.opened = False  # its tab was selected: built as soon as it has a message to show
        self._pending: Situation | None = None  # the last situation it was given
        self._stale = False  # True while _pending is not what it shows (a tab not on screen)
        self._language = i18n.current()  # a view opened later is labelled as if built now
        super().__init__([self.waiting] if lazy else [], layout=shared_layout())
        self.add_class("rebound-message")
        if not lazy:
            self.build()

    def build(self) -> None:
        """Its tab is open: build the view's parts (once) if it has a message to show, and write it."""
        self.opened = True
        if self._stale and self._pending is not None:
            self.show(self._pending)
        elif not self.lazy:
            self._make()

    def keep(self, situation: Situation) -> None:
        """Its tab is not on screen: remember ``situation``, written when the tab is next opened (issue
        28: a keystroke writes the one message shown, not every tab's)."""
        self._pending, self._stale = situation, True

    def _make(self) -> None:
        if self.built:
            return
        self.built = True
        with i18n.speaking(self._language):
            self._make_parts()
        self._clear()

    def _make_parts(self) -> None:
        self.note = html_widget()
        self.subject = html_widget("", "rebound-subject")
        self.subject_row = widgets.HBox([html_widget(f"<strong>{html.escape(text('ui.message.subject'))}</strong>"), self.subject])
        self.subject_row.add_class("rebound-subject-row")
        self.body = own_html_widget("", "rebound-message-body")
        self.words = html_widget("", "rebound-help")
        self.status = html_widget()
        self.take = TakeAwayRow(self.channel, self)
        self.children = [self.status, self.waiting, self.note, self.subject_row, self.body, self.words, self.take]

    def shown(self) -> tuple[Message, Situation]:
        """The message on screen and the situation it was written for.

        Raises ``InvalidSituation`` when no message is shown (the details are incomplete), which a
        download button explains in the person's words.
        """
        if self.message is None or self.situation is None:
            raise InvalidSituation([])
        return self.message, self.situation

    def show(self, situation: Situation) -> None:
        self._pending, self._stale = situation, False
        if not self.built and not self.opened:
            self._stale = True  # written once the tab is opened (and has a message)
            return
        run_safely(f"showing the {self.channel} message", lambda: self._show(situation), self._show_failure)

    def _show(self, situation: Situation) -> None:
        advice = advise(situation)  # the same value the plan and the form read: worked out once
        # Every view sets the shared note alike; a value set again unchanged sends nothing to the page.
        self.waiting.value = "" if advice.ready else waiting_html("ui.message.waiting", list(advice.errors))
        if not self.built:
            if not (advice.ready and self.channel in advice.kinds):
                return  # nothing to write yet: the shared note says what is missing
            self._make()
        if not advice.ready:
            self._clear()
            return
        if self.channel not in advice.kinds:  # not a message this situation needs (the tab is about to go)
            self._clear()
            return
        # A fault while writing it (a missing template) is a real error, shown as a plain sentence by run_safely.
        self._fill(advice.message(self.channel), situation)

    def _fill(self, message: Message, situation: Situation) -> None:
        self.situation, self.message = situation, message
        self.status.value = ""
        self.note.value = f'<p class="rebound-help">{html.escape(message.note)}</p>' if message.note else ""
        self.subject.value = html.escape(message.subject or "")
        self.subject_row.layout.display = None if message.subject else "none"
        self.body.value = message.html
        self.body.layout.display = None
        self.words.value = f"<p>{html.escape(text('ui.message.words', count=message.word_count))}</p>"
        self.take.fill(message)

    def _clear(self, status_html: str = "") -> None:
        self.situation, self.message = None, None
        self.take.clear()
        self.status.value = status_html
        self.note.value = ""
        self.subject.value = ""
        self.subject_row.layout.display = "none"
        self.body.value = ""
        self.body.layout.display = "none"
        self.words.value = ""

    def _show_failure(self) -> None:
        self.waiting.value = ""  # the error says what happened; a note about missing details would not
        self._make()  # the error is shown in the view's own status line
        self._clear(failure_html())


def in_tab_order(channels: tuple[str, ...]) -> tuple[str, ...]:
    """``channels`` in the one order the tabs always keep (``TAB_ORDER``); kinds not listed there follow,
    as given. A scenario offers some of the tabs, but a tab never changes place between scenarios."""
    known = [ch for ch in TAB_ORDER if ch in channels]
    return tuple(known + [ch for ch in channels if ch not in TAB_ORDER])


class MessageTabs(StaticFallback, Speaks, widgets.VBox):
    """One tab per channel offered for the scenario, titled with the channel's name, always in one order.
    It speaks its situation's language: a situation in another one makes every tab again in it.

    ``channel`` is the channel of the selected tab (None before there are tabs): the printable plan
    includes that message. ``suggested`` is the channel of the plan's first step (``PlanView.first_channel``):
    its tab opens first, the moment there are messages to show, unless the person has picked a tab.
    After that only the person changes tabs; a scenario switch keeps the chosen tab while it is offered.
    """

    static_key = "ui.static.messages"  # what an export shows in its place

    situation = traitlets.Instance(Situation, allow_none=True)
    channel = traitlets.Unicode(None, allow_none=True)
    suggested = traitlets.Unicode(None, allow_none=True)

    @built_in_its_language
    def __init__(self):
        self.tab = widgets.Tab(layout=shared_layout())
        self.views: dict[str, MessageView] = {}
        self.waiting = html_widget()  # "still needed: ...", the same in every tab: one widget they share
        self.status = html_widget()
        self._opened = False  # True once a tab was picked, by the person or by the plan's first step
        self._selecting = False  # True while this class itself selects a tab
        super().__init__([stylesheet(), self.status, self.tab], layout=shared_layout())
        self.add_class("rebound")
        self.add_class("rebound-messages")
        self.observe(lambda _change: self._make_tabs_again(), names="language")
        self.observe(lambda _change: self._follow_situation(), names="situation")
        self.observe(lambda _change: self._open_suggested(), names="suggested")
        self.tab.observe(lambda _change: self._follow_tab(), names=["selected_index", "children"])

    def _follow_tab(self) -> None:
        self._open_selected()
        index = self.tab.selected_index
        self.channel = self.channels[index] if index is not None and index < len(self.tab.children) else None
        if not self._selecting:
            self._opened = True  # the person chose: from now on the tab is theirs to change

    def show_tab(self, channel: str) -> MessageView:
        """Select ``channel``'s tab, as a person clicking it does (building it if it was never opened),
        and return its view. A channel the situation does not offer is returned as it is, unopened."""
        if channel in self.channels:
            self.tab.selected_index = self.channels.index(channel)
        return self.view(channel)

    @in_own_language
    def _open_selected(self) -> None:
        """Build the selected tab's message the first time it is shown (the others wait to be opened)."""
        index = self.tab.selected_index
        if index is not None and index < len(self.tab.children):
            run_safely("opening a message", self.tab.children[index].build, self._show_failure)

    def _select(self, channel: str | None) -> None:
        self._selecting = True
        try:
            self.tab.selected_index = self.channels.index(channel) if channel in self.channels else 0
        finally:
            self._selecting = False

    def _open_suggested(self) -> None:
        if not self._opened and self.suggested in self.channels:
            self._select(self.suggested)
            self._opened = True

    @property
    def channels(self) -> tuple[str, ...]:
        return tuple(view.channel for view in self.tab.children)

    def view(self, channel: str) -> MessageView:
        if channel not in self.views:
            self.views[channel] = MessageView(channel, self.waiting, lazy=True)
        return self.views[channel]

    def _follow_situation(self) -> None:
        if self.situation is not None:  # its tabs in the situation's language (the page may have switched)
            run_safely("labelling the messages", lambda: setattr(self, "language", self.situation.language), self._show_failure)
        self.refresh()

    @in_own_language
    def refresh(self) -> None:
        run_safely("showing the messages", self._render, self._show_failure)

    def _render(self) -> None:
        self.status.value = ""
        if self.situation is None:
            return
        advice = advise(self.situation)
        # While details are missing, the first-contact tabs say what is needed; then every message written.
        self._offer(in_tab_order(advice.kinds if advice.ready else channels_for(self.situation.scenario)))
        # Only the message on screen is written; the other tabs write theirs when opened (_open_selected).
        selected = self.tab.selected_index
        for i, view in enumerate(self.tab.children):
            (view.show if i == selected else view.keep)(self.situation)

    @in_own_language
    def _make_tabs_again(self) -> None:
        """The language changed (the page switched): every tab is made again in it; the chosen tab stays
        chosen."""
        self.views = {}
        self._offer(self.channels, again=True)

    def _offer(self, channels: tuple[str, ...], again: bool = False) -> None:
        """Show exactly these channels' tabs, keeping the chosen channel selected if it is still offered."""
        if self.channels == channels and not again:
            return
        chosen = self.channel
        self._selecting = True
        try:
            self.tab.children = [self.view(ch) for ch in channels]
            self.tab.titles = tuple(text(kind(ch).label) for ch in channels)
        finally:
            self._selecting = False
        self._select(chosen if chosen in channels else self.suggested)

    def _show_failure(self) -> None:
        self.waiting.value = ""
        self.status.value = failure_html()
