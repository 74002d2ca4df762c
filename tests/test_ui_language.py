"""The page's language in the widget layer: the app's one ``language`` trait, set by the drop-down, by
?lang= in the address (with and without a preheated kernel), or by the chapter (use_language,
REBOUND_LANG, read when the app is built, never on import); the narrative from the catalogue; and a
switch that shows every view in the new language while keeping what was typed, and changes nothing
else in the kernel.

British English is complete in the catalogue; the Spanish tests pass once every Spanish entry is there
(``text()`` raises on a missing one, on purpose).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import threading
from pathlib import Path
from zoneinfo import ZoneInfo

import ipywidgets as widgets
import pytest

from tests.conftest import run_apart
from babel.dates import format_date

import guide.ui.app as app_module
from guide.catalogue import text
from guide import i18n
from guide.i18n import current, display_name, languages, set_default_language
from guide.ui import App, use_language
from guide.ui.language import LanguageChoice, follow_address, language_in_query
from guide.ui.narrative import SECTIONS, Narrative, _markdown, narrative_html

NEW_YORK = ZoneInfo("America/New_York")
NOW_UTC = dt.datetime(2025, 3, 11, 19, 30, tzinfo=dt.timezone.utc)  # Tuesday, March 11, 2025, 3:30 PM in New York
INTERVIEW = dt.datetime(2025, 3, 13, 10, 0, tzinfo=NEW_YORK)
OFFERED = dt.datetime(2025, 3, 17, 14, 0, tzinfo=NEW_YORK)
NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
# The languages whose chapters are in notebooks/<lang>/ (each also has the app notebook in it).
NOTEBOOK_LANGUAGES = sorted(p.name for p in NOTEBOOKS.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


@pytest.fixture(autouse=True)
def _page_in_english(monkeypatch):
    """Every test starts on an English page outside Voila, with no chapter's language chosen, and leaves
    the kernel so."""
    for name in ("QUERY_STRING", "VOILA_PREHEAT", i18n.ENV_VARIABLE):
        monkeypatch.delenv(name, raising=False)
    set_default_language(None)
    yield
    set_default_language(None)


def filled_app(**kwargs) -> App:
    """An app whose form holds a complete "move it" situation, typed as a person would."""
    app = App(now_utc=lambda: NOW_UTC, **kwargs)
    c = app.form.controls
    c["scenario"].value = "reschedule"
    c["reason"].value = "illness"
    c["company"].value = "Harbor Freight Lines"
    c["role"].value = "Dispatcher"
    c["candidate_name"].value = "Dana Reyes"
    c["contact_name"].value = "Ms. Lee"
    c["interview_zone"].value = "America/Chicago"
    app.form.interview_at.picker.value = INTERVIEW
    app.form.slots[0].picker.value = OFFERED
    return app


# --- the address ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("query", "lang"),
    [("lang=es", "es"), ("?lang=es", "es"), ("lang=en-gb", "en-GB"), ("lang=en_GB&x=1", "en-GB"),
     ("x=1&lang=es-AR", "es"), ("lang=es-MX", "es-MX"), ("lang=EN", "en"), ("lang=fr", None), ("lang=", None), ("", None), (None, None)],
)  # fmt: skip
def test_the_address_asks_for_a_language_the_guide_speaks(query, lang):
    assert language_in_query(query) == lang


def test_without_preheating_the_app_starts_in_the_language_of_the_address(monkeypatch):
    monkeypatch.setenv("QUERY_STRING", "lang=en-GB")
    app = App(now_utc=lambda: NOW_UTC)
    assert app.language == "en-GB"
    assert current() == "en"  # the app keeps its language to itself
    assert app.situation.language == "en-GB"
    assert app.language_choice.dropdown.value == "en-GB"
    assert app.language_choice.page.lang == "en-GB"


def test_a_preheated_kernel_waits_for_the_request_then_switches_on_the_kernels_loop(monkeypatch):
    """The kernel ran the notebook before anyone connected: the language comes once the page is asked for,
    and the switch runs on the kernel's event loop (where widget messages are handled), not the waiting
    thread."""
    monkeypatch.setenv("VOILA_PREHEAT", "True")
    requested = threading.Event()
    switched: list[tuple[str, str]] = []
    loop_thread: list[str] = []

    def wait_for_request() -> None:  # what voila.utils.wait_for_request does: block, then fill the environment
        requested.wait(5)
        monkeypatch.setenv("QUERY_STRING", "lang=en-GB")

    async def page() -> None:
        loop_thread.append(threading.current_thread().name)  # the thread standing for the kernel's
        done = asyncio.get_running_loop().create_future()

        def switch(lang: str) -> None:
            switched.append((lang, threading.current_thread().name))
            done.set_result(None)

        follow_address(switch, wait=wait_for_request)
        await asyncio.sleep(0.05)
        assert switched == []  # nobody has asked for the page yet
        requested.set()
        await asyncio.wait_for(done, 5)

    run_apart(page())
    assert switched == [("en-GB", loop_thread[0])]


def test_a_preheated_app_follows_the_address_once_it_is_known(monkeypatch):
    monkeypatch.setenv("VOILA_PREHEAT", "True")
    waits: list = []
    monkeypatch.setattr(app_module, "follow_address", lambda switch: waits.append(switch))
    app = filled_app()
    assert app.language == "en"  # built before the request: the address is not known yet
    waits[0]("en-GB")  # the request arrives
    assert app.language == "en-GB" and app.situation.language == "en-GB"


def test_an_address_without_a_language_leaves_the_page_as_it_is(monkeypatch):
    monkeypatch.setenv("QUERY_STRING", "lang=klingon")
    assert App(now_utc=lambda: NOW_UTC).language == "en"


# --- the chapters ---------------------------------------------------------------------------------------
def test_rebound_lang_sets_the_chapters_language_when_it_is_built(monkeypatch):
    """Read when the chapter's app is built (``guide.ui`` was imported long before), not on import."""
    monkeypatch.setenv(i18n.ENV_VARIABLE, "en_GB")
    chapter = App("late", now_utc=lambda: NOW_UTC)
    assert chapter.language == "en-GB" == chapter.situation.language
    assert chapter.form.controls["role"].description == text("field.role", "en-GB")


def test_importing_the_widgets_sets_no_language():
    import subprocess
    import sys

    code = "import guide.ui; from guide import i18n; print(i18n._chosen)"
    env = {**__import__("os").environ, i18n.ENV_VARIABLE: "es"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True, env=env)
    assert out.stdout.strip() == "None"


def test_a_chapters_language_is_its_views_and_examples(monkeypatch):
    from guide.examples import example_text
    from guide.ui import DraftReview, GuidanceView, SituationForm

    use_language("en-GB")
    form = SituationForm(now_utc=lambda: NOW_UTC)
    assert form.language == "en-GB" == form.situation.language
    assert DraftReview(form=form).language == "en-GB"
    assert GuidanceView("late").language == "en-GB"
    assert "Yours sincerely," in example_text("email", "reschedule")


def test_use_language_names_the_language_and_refuses_an_unknown_one():
    assert use_language("EN-gb") == "en-GB"
    with pytest.raises(ValueError):
        use_language("klingon")


# --- the drop-down --------------------------------------------------------------------------------------
def test_the_choice_is_a_labelled_drop_down_of_every_language_in_its_own_name():
    choice = LanguageChoice()
    dropdown = choice.dropdown
    assert isinstance(dropdown, widgets.Dropdown)  # a real <select>: keyboard reachable
    assert dropdown.description == text("page.language")
    assert dropdown.style.description_width == "initial"  # the label shown in full, as the form's are
    assert dropdown.options == tuple((display_name(lang), lang) for lang in languages())
    assert {"en", "en-GB", "es"} <= set(languages())
    assert display_name("es") == "Español"


def test_switching_keeps_everything_typed_and_relabels_the_page():
    app = filled_app()
    app.messages._select("email")
    app.draft.button.click()  # the draft check is built when first opened
    app.draft.part.draft_field.value = "Dear Ms. Lee, I am sorry."
    intro = app.section("intro")
    before = app.situation.to_dict()
    touched = set(app.form.touched)
    us_email = app.messages.show_tab("email").body.value
    assert format_date(INTERVIEW, "MMMM d", locale="en_US") in us_email  # "March 13"

    app.language_choice.dropdown.value = "en-GB"  # the person picks British English

    assert app.language == "en-GB" and app.language_choice.language == "en-GB"
    assert current() == "en"  # nothing but the app changed language
    after = app.situation.to_dict()
    assert after.pop("language") == "en-GB" and before.pop("language") == "en"
    assert after == before  # everything typed and chosen, the zone and the times included
    assert app.form.touched == touched
    assert app.form.controls["interview_zone"].value == "America/Chicago"
    assert app.messages.channel == "email"  # the chosen tab stays chosen
    gb_email = app.messages.show_tab("email").body.value
    assert format_date(INTERVIEW, "d MMMM", locale="en_GB") in gb_email  # "13 March": day, then month
    assert format_date(INTERVIEW, "MMMM d", locale="en_US") not in gb_email
    assert app.plan_view.steps is not None and app.plan_view.content.value
    assert app.draft.part.draft_field.value == "Dear Ms. Lee, I am sorry."
    assert app.draft.part.language == "en-GB" and app.draft.part.result is not None
    assert intro.value == narrative_html("intro", "en-GB")
    assert app.language_choice.page.lang == "en-GB"  # <html lang> follows

    app.language_choice.dropdown.value = "en"
    assert app.situation.to_dict() == {**before, "language": "en"}
    assert app.messages.show_tab("email").body.value == us_email


def test_every_label_is_made_again_in_the_new_language(monkeypatch):
    """A switch builds each label anew from the catalogue: a catalogue that says a key differently in the
    new language shows on the form, the plan's downloads, the tabs, the draft panel and the headings."""
    import guide.catalogue as catalogue

    real = catalogue._table

    def marked(lang: str) -> dict[str, str]:
        found = real(lang)
        return {key: f"[{lang}] {value}" for key, value in found.items()} if lang == "en-GB" else found

    for module in ("form", "plan_view", "message_view", "draft_view", "workspace", "language", "notes", "take_away", "app"):
        monkeypatch.setattr(f"guide.ui.{module}.text", lambda key, lang=None, /, **values: (
            marked(lang or current())[key].format(**values) if values else marked(lang or current())[key]
        ))  # fmt: skip
    app = filled_app()
    app.speak("en-GB")
    c = app.form.controls
    assert c["company"].description == "[en-GB] " + text("field.company", "en")
    assert c["scenario"].options[0][0].startswith("[en-GB] ")
    assert app.language_choice.dropdown.description.startswith("[en-GB] ")
    assert all(title.startswith("[en-GB] ") for title in app.messages.tab.titles)
    assert app.messages.show_tab("email").take.copy.label.startswith("[en-GB] ")
    assert app.plan_view.take.downloads["pdf"].label.startswith("[en-GB] ")
    assert app.draft.button.description.startswith("[en-GB] ")  # not opened yet: its button
    assert app.draft.button.click() is None and app.draft.part.draft_field.description.startswith("[en-GB] ")
    assert "[en-GB] " in app.workspace.form_column.children[0].value


def test_a_switch_that_fails_leaves_the_page_in_its_language(monkeypatch, caplog):
    app = filled_app()
    app.section("intro")
    english = Narrative.render

    def render(self) -> None:  # as a catalogue missing one of the page's sentences in British English
        if self.language == "en-GB":
            raise KeyError("page.intro")
        english(self)

    monkeypatch.setattr(Narrative, "render", render)
    app.language_choice.dropdown.value = "en-GB"
    assert app.language == "en" == current()
    assert app.language_choice.dropdown.value == "en" == app.language_choice.page.lang
    assert app.workspace.language == "en" == app.form.language == app.section("intro").language
    assert "switching the language failed" in caplog.text
    assert app.situation.language == "en" and app.plan_view.steps is not None


def test_a_form_missing_a_label_in_the_new_language_stays_whole_in_its_own(monkeypatch):
    app = filled_app()
    before = app.situation
    import guide.ui.form as form_module

    def lacking(key, lang=None, /, **values):  # as a catalogue with no "Job" in British English
        if key == "field.role" and current() == "en-GB":
            raise KeyError(key)
        return text(key, lang, **values)

    monkeypatch.setattr(form_module, "text", lacking)
    app.speak("en-GB")
    assert app.language == "en" == app.form.language
    assert app.form.controls["role"].description == text("field.role", "en")
    assert app.form.read() == before == app.situation


# --- the narrative --------------------------------------------------------------------------------------
def test_the_narrative_is_the_catalogues_markdown_with_raw_html_escaped():
    html = narrative_html("intro")
    assert html.startswith("<h1>Rebound</h1>")
    assert "<strong>Driving? Pull over first.</strong>" in html and "<blockquote>" in html
    assert "<script>" not in _markdown()("Hi <script>alert(1)</script> **there**")
    with pytest.raises(ValueError):
        Narrative("nowhere")


def test_a_narrative_without_a_kernel_shows_its_own_words():
    section = Narrative("steps")
    bundle = section._repr_mimebundle_()
    assert bundle["text/plain"] == text("page.steps")
    assert bundle["text/html"] == narrative_html("steps")


def test_the_app_notebook_shows_every_section_of_its_narrative_once():
    cells = json.loads((NOTEBOOKS / "rebound.ipynb").read_text(encoding="utf-8"))["cells"]
    shown = ["".join(c["source"]) for c in cells]
    assert [s for s in shown if s.startswith("app.section(")] == [f'app.section("{name}")' for name in SECTIONS]
    assert shown.index("app.language_choice") < shown.index('app.section("intro")')


# --- Spanish (waits for the whole Spanish catalogue) ---------------------------------------------------
@pytest.mark.parametrize("lang", NOTEBOOK_LANGUAGES)
def test_each_languages_copy_of_the_app_notebook_differs_only_by_its_language_line(lang):
    """``make notebooks`` writes notebooks/<lang>/rebound.ipynb from the English one for each language
    folder; the two stay in step."""
    def code(path: Path) -> list[str]:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        return ["".join(c["source"]) for c in cells]

    english, other = code(NOTEBOOKS / "rebound.ipynb"), code(NOTEBOOKS / lang / "rebound.ipynb")
    differing = [(e, s) for e, s in zip(english, other, strict=True) if e != s]
    assert differing == [("from guide.ui import App\napp = App()", f'from guide.ui import App\napp = App(language="{lang}")')]


def test_every_notebook_folder_is_a_language_the_guide_speaks():
    assert NOTEBOOK_LANGUAGES and set(NOTEBOOK_LANGUAGES) <= set(languages())


def test_app_in_spanish_labels_the_page_and_writes_in_spanish():
    app = filled_app(language="es")
    assert app.language == "es" == app.situation.language
    assert app.form.controls["company"].description == text("field.company", "es")
    assert app.section("intro").value.startswith("<h1>Rebound</h1>")
    assert "Llame primero" in app.section("intro").value
    assert app.plan_view.steps is not None
    assert app.messages.tab.titles == tuple(text(f"channel.{ch}", "es") for ch in app.messages.channels)


def test_after_a_switch_to_spanish_the_downloads_are_spanish():
    """The handout and a message's file are made from the situation on screen, in its language."""
    app = filled_app()
    app.messages._select("email")
    app.speak("es")
    handout = app.plan_view.take.downloads["html"].make()
    assert '<html lang="es"' in handout.data.decode("utf-8")
    assert app.messages.show_tab("email").take.downloads["txt"].label == text("ui.take.txt", "es")
    message, situation = app.messages.show_tab("email").shown()
    assert situation.language == "es" and message.body.startswith("Estimad")


def test_after_a_switch_what_the_page_writes_later_is_in_its_language_not_the_kernels():
    """The kernel's language stays English; every later change, click and check on the page is answered
    in the page's (each view's callbacks run in its own language)."""
    app = filled_app()
    app.speak("es")
    assert current() == "en"
    reply, _ = app.plan_view.take.downloads["html"].reply("1")  # a click on a download
    assert reply["message"] == text("ui.take.saved", "es", filename=reply["filename"])
    app.form.controls["scenario"].value = "withdraw"  # the form's help for the interview time changes
    assert app.form.helps["interview_at"].help == f"<p>{text('ui.help.interview_at.withdraw', 'es')}</p>"
    reply, _ = app.plan_view.take.downloads["html"].reply("2")  # withdrawing needs more: not ready yet
    assert reply["message"] == text("ui.take.incomplete", "es")
    app.form.controls["company"].value = ""  # a missing detail: the plan says what is still needed
    assert text("field.company", "es") in app.plan_view.content.value
    app.draft.button.click()  # opened after the switch: built in the page's language
    app.draft.part._show_checking()
    assert text("ui.draft.checking", "es") in app.draft.part.status.value
    assert app.static_text() == text("ui.static.app", "es")


def test_the_pages_spanish_narrative_reads_as_the_spanish_chapters_must():
    """The app's Spanish sections hold to the Spanish chapters' rules (tests/test_narrative_es.py): no
    English word left, short sentences, Spanish question marks and quotes, easy to read."""
    import re

    import textstat

    from .test_narrative_es import ENGLISH_WORDS, MAX_WORDS

    prose = "\n\n".join(re.sub(r"[*_>`#]", "", text(f"page.{name}", "es")) for name in SECTIONS)
    words = {w.lower() for w in re.findall(r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+", prose)}
    assert not words & ENGLISH_WORDS
    assert [s for s in re.split(r"(?<=[.!?:»])\s+|\n", prose) if len(s.split()) > MAX_WORDS] == []
    assert prose.count("?") == prose.count("¿") and '"' not in prose and "«" in prose
    textstat.set_lang("es")
    try:
        assert textstat.szigriszt_pazos(prose) >= 65  # INFLESZ "normal" for the general public, at least
    finally:
        textstat.set_lang("en_US")


# --- waiting for the page's request in a preheated kernel (guide/room/voila_request.py) -------------------


@pytest.fixture
def voila_query_server(monkeypatch):
    """A stand-in for Voila's ``/voila/query/<kernel id>`` websocket on a free loopback port: it sends the
    request's environment once, as Voila does when a pooled kernel is handed to a page."""
    import asyncio
    import json
    import threading

    from websockets.asyncio.server import serve

    seen: list[str] = []
    ready = threading.Event()
    port: list[int] = []

    async def handler(websocket):
        seen.append(websocket.request.path)
        await websocket.send(json.dumps({"QUERY_STRING": "lang=es", "SCRIPT_NAME": "/"}))

    async def main(stop: asyncio.Event):
        async with serve(handler, "127.0.0.1", 0) as server:
            port.append(server.sockets[0].getsockname()[1])
            ready.set()
            await stop.wait()

    loop = asyncio.new_event_loop()
    stop = asyncio.Event()
    thread = threading.Thread(target=lambda: loop.run_until_complete(main(stop)), daemon=True)
    thread.start()
    ready.wait(10)
    for key, value in {"VOILA_PREHEAT": "True", "VOILA_APP_PORT": str(port[0]), "VOILA_KERNEL_ID": "k-123",
                       "VOILA_SERVER_URL": "/", "QUERY_STRING": ""}.items():
        monkeypatch.setenv(key, value)
    yield seen
    loop.call_soon_threadsafe(stop.set)
    thread.join(10)


def test_waiting_for_the_request_speaks_voilas_protocol(voila_query_server):
    """Our helper and Voila's own reach the same address and fill in the same environment."""
    import os

    from voila.utils import wait_for_request as voilas

    from guide.room.voila_request import wait_for_request as ours

    ours()
    assert os.environ["QUERY_STRING"] == "lang=es"
    os.environ["QUERY_STRING"] = ""
    voilas()
    assert os.environ["QUERY_STRING"] == "lang=es"
    assert voila_query_server == ["/voila/query/k-123", "/voila/query/k-123"]


def test_the_kernel_never_imports_voila_to_wait(monkeypatch):
    """Voila's module would bring Jupyter Server into each of a room's kernels (about 50 MB apiece)."""
    import subprocess
    import sys

    code = (
        # A preheated kernel whose server is not there: the app starts waiting for the page's request.
        "import sys, os; os.environ.update(VOILA_PREHEAT='True', VOILA_APP_PORT='9', VOILA_KERNEL_ID='k')\n"
        "from guide.ui import App; App()\n"
        "import time; time.sleep(1)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('voila', 'jupyter_server')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "[]"


def test_a_switch_whose_way_back_fails_too_stops_there(monkeypatch, caplog):
    app = filled_app()

    def broken(self, lang) -> None:  # as a kernel whose catalogues all went missing at once
        raise KeyError("page.language")

    monkeypatch.setattr(App, "_show_in", broken)
    app.speak("en-GB")  # no endless back and forth: one try each way, both in the log
    assert caplog.text.count("switching the language failed") == 2
    assert app.language == "en"
