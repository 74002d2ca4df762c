"""Workshop mode's core: the role-play cards, the quiz, the outline, the printables and the room address."""

from __future__ import annotations

import functools
import html
import io
import re
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from guide.advice import advise
from guide.catalogue import text
from guide.rules import BY_ID, key_points, rules_for
from guide.ui.narrative import PAGES
from guide.ui.workshop import (
    CONTRAST_PAIRS,
    CardsDownload,
    CardSection,
    QuizView,
    RoomLink,
)
from guide.workshop import cards, outline, quiz
from guide.workshop.printable import card_pack, cards_html, cards_html_file, cards_pdf, sections
from guide.room.address import qr_svg, qr_terminal, room_address
from guide.room.serve import kernel_cap, participant_command
from tests.contrast import contrast_ratio

# --- role-play cards -------------------------------------------------------------------------------------


def test_the_same_seed_deals_the_same_set_and_another_seed_another():
    assert cards.role_play_set(7) == cards.role_play_set(7)
    assert cards.role_play_set(7) != cards.role_play_set(8)


def test_a_set_covers_every_scenario_in_turn():
    n = len(cards.SCENARIOS)
    plays = cards.role_play_set(3, 2 * n)
    assert [p.number for p in plays] == list(range(1, 2 * n + 1))
    assert sorted(p.scenario for p in plays[:n]) == sorted(cards.SCENARIOS)
    assert sorted(p.scenario for p in plays[n:]) == sorted(cards.SCENARIOS)


@pytest.mark.parametrize("count", [0, cards.MAX_COUNT + 1])
def test_a_set_size_outside_the_limits_is_refused(count):
    with pytest.raises(ValueError):
        cards.role_play_set(1, count)


@pytest.mark.parametrize("seed", range(1, 31))
def test_every_card_is_a_situation_the_guidance_covers(seed):
    """Reason, timing and twist fit the scenario, and every rubric line is a rule for that scenario."""
    for play in cards.role_play_set(seed, 10):
        assert play.reason in cards.reasons_for(play.scenario) and play.reason not in cards.UNPLAYABLE_REASONS
        assert play.timing in cards.TIMINGS[play.scenario]
        assert play.scenario in cards.TWISTS[play.twist][0]
        assert 3 <= len(play.rubric) <= 5
        assert len({r.id for r in play.rubric}) == len(play.rubric)
        for rule in play.rubric:
            assert play.scenario in rule.scenarios, (play, rule.id)
        # the hiring manager's card tells them how to react; the candidate's never does
        assert text(f"workshop.twist.{play.twist}") in play.manager_lines()
        assert text(f"workshop.twist.{play.twist}") not in play.candidate_lines()


def test_every_twist_is_an_employer_reaction_the_issue_names():
    assert {"voicemail", "position_filled", "why_missed", "unworkable_time"} <= set(cards.TWISTS)
    for twist, (scenarios, _) in cards.TWISTS.items():
        assert all(sc in BY_ID[cards.twist_rule(twist, sc)].scenarios for sc in scenarios)


def test_the_reused_chapter_material_is_made_of_rules():
    assert [r.id for r in cards.wallet_card()] == list(cards.WALLET_CARD_RULES)
    assert all("late" in r.scenarios for r in cards.wallet_card())
    assert {c.answer for c in cards.SORTING_CASES} == set(cards.SORTING_CHOICES)
    assert all(c.rule_id in BY_ID and c.case and c.why for c in cards.SORTING_CASES)
    assert len(cards.exit_ticket()) == len(cards.EXIT_TICKET_RULES)


def _what_the_app_says(advice) -> set[str]:
    """The rules the app shows for a situation: its plan's steps, its warnings and its key points."""
    scenario = advice.situation.scenario
    return (
        {st.rule_id for st in advice.plan}
        | {p.rule_id for p in advice.problems if p.rule_id}
        | {r.id for r in key_points(scenario)}
    )


@pytest.mark.parametrize("seed", range(1, 41))
def test_no_card_rehearses_what_the_app_warns_against(seed):
    """Each role play, told to the app, is a sound situation: no error and no warning (no canceling for a
    reason that passes, no arriving ill, no emergency known a week ahead, no technical fault in person)."""
    for play in cards.role_play_set(seed, 10):
        advice = advise(play.situation())
        # a hard call's own situation may carry the app's advice for it (a second no-show: "it was moved
        # once already"), and that advice is the card's answer key; nothing else
        keyed = set(cards.HARD_CALLS.get(play.twist, ()))
        assert advice.ready and not [p for p in advice.problems if p.rule_id not in keyed], (
            play, [p.message for p in advice.problems])  # fmt: skip
        assert play.reason in cards.REASONS_BY_TIMING[play.timing]


@pytest.mark.parametrize("seed", range(1, 41))
def test_a_set_has_no_near_duplicates(seed):
    plays = cards.role_play_set(seed, 10)
    assert len({(p.scenario, p.timing, p.twist) for p in plays}) == len(plays)
    for scenario in cards.SCENARIOS:
        mine = [p for p in plays if p.scenario == scenario]
        assert len({p.twist for p in mine}) == len(mine)


def test_employer_reactions_cover_what_the_chapters_coach():
    # "So what happened?", a time they cannot make, a curt recruiter, voicemail, "we filled the position"
    assert {"why_missed", "unworkable_time", "curt", "voicemail", "position_filled"} <= set(cards.TWISTS)
    assert "“You didn't even call!" in text("workshop.twist.curt")
    assert "So what happened?" in text("workshop.twist.why_missed")
    # hiring managers are not all the same person
    personas = {p.persona for seed in range(1, 6) for p in cards.role_play_set(seed, 10)}
    assert personas == set(cards.PERSONAS)
    assert all("busy, fair" not in line for p in cards.role_play_set(1, 10) for line in p.manager_lines())


@pytest.mark.parametrize("scenario", cards.SCENARIOS)
def test_the_candidate_card_carries_a_model_script_for_its_own_scenario(scenario):
    play = next(p for seed in range(1, 10) for p in cards.role_play_set(seed, 10) if p.scenario == scenario)
    lines = play.candidate_lines()
    assert cards.model_call(scenario, play.timing, play.reason) in lines
    assert not any("facilitator page" in line for line in lines)
    script = cards.model_call(scenario)
    assert len(script.split()) <= 50  # short enough to glance at during a call


def test_observer_items_are_short_things_you_can_hear():
    rules = {r.id for seed in range(1, 41) for p in cards.role_play_set(seed, 10) for r in p.rubric}
    for rule_id in rules:
        item = cards.observe(rule_id)
        assert item.startswith("I heard ") and len(item.split()) <= 12, item
    # the two long rule sentences a call cannot show are no longer on any checklist
    assert not rules & {"cancel-notice", "call-order"}


# --- one source of truth: move, cancel, withdraw ---------------------------------------------------------


@pytest.mark.parametrize("case", cards.SORTING_CASES, ids=lambda c: c.id)
def test_each_sorting_key_is_what_the_app_says_for_that_case(case):
    advice = advise(case.situation())
    assert advice.ready, [p.message for p in advice.problems]
    assert case.rule_id in _what_the_app_says(advice)
    assert case.answer in BY_ID[case.rule_id].scenarios or case.rule_id in {r.id for r in key_points(case.answer)}


@pytest.mark.parametrize("case_id", ["dentist", "flu"])
def test_canceling_instead_of_moving_is_what_the_app_warns_about(case_id):
    case = next(c for c in cards.SORTING_CASES if c.id == case_id)
    canceled = advise(case.situation().replace(scenario="cancel", proposed_slots=()))
    assert any(not p.is_error for p in canceled.problems)  # the app says: move it instead


def test_cancel_and_withdraw_are_defined_once_and_used_everywhere():
    answers = {c.id: c.answer for c in cards.SORTING_CASES}
    # Leo (not for him) and Priya (took another job) both have an interview booked: both cancel it,
    # as the guide's own rule for an accepted offer says.
    assert answers["not_for_me"] == answers["other_offer"] == "cancel"
    assert "cancel" in text(f"rule.{cards.DEFINITION_RULES['cancel']}")
    pack = card_pack(1, 10)
    (sorting_section,) = sections(pack, "sorting")
    sorting = sorting_section.cards
    for scenario in cards.DEFINITION_RULES:
        words = cards.definition(scenario)
        assert any(words in c.lines for c in sorting)  # the definition card
        assert any(c.closing == cards.definition_source(scenario) for c in sorting)  # with its source
        for play in cards.role_play_set(1, 10):
            if play.scenario == scenario:
                assert words in play.candidate_lines()  # and the candidate's card


# --- quiz --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("question", quiz.QUESTIONS, ids=lambda q: q.id)
def test_each_question_has_one_answer_and_a_rule_behind_it(question):
    assert question.rule_id in BY_ID
    assert question.answer in quiz.OPTIONS
    wordings = [w for _o, w in question.options]
    assert len(set(wordings)) == len(wordings) == 3
    right = [o for o in quiz.OPTIONS if quiz.feedback(question, o)[0]]
    assert right == [question.answer]


def test_feedback_names_the_better_answer_when_wrong():
    q = quiz.BY_ID["late_eta"]
    right, sentence = quiz.feedback(q, "a")
    assert not right and text("workshop.quiz.late_eta.b") in sentence


@pytest.mark.parametrize("question", [q for q in quiz.QUESTIONS if q.facts], ids=lambda q: q.id)
def test_each_keyed_answer_is_what_advise_says(question):
    advice = advise(question.situation())
    assert advice.ready and not [p for p in advice.problems if p.rule_id != question.rule_id]
    if question.first:
        # "What first?": the plan's first contact (a step that uses a channel) is the keyed rule.
        first = next(st for st in advice.plan if st.channel)
        assert first.rule_id == question.rule_id, [st.rule_id for st in advice.plan]
    else:
        assert question.rule_id in {r.id for r in rules_for(advice.situation.scenario)}


def test_the_first_questions_follow_chapter_one_and_the_twenty_minute_line():
    overslept = quiz.BY_ID["overslept_call"]
    assert overslept.rule_id == "check-messages" and "email and voicemail" in text("workshop.quiz.overslept_call.b")
    assert quiz.BY_ID["agency"].rule_id == "booked-by-agency"
    late = quiz.BY_ID["late_eta"]
    assert late.rule_id == "offer-reschedule-if-very-late" and "another day" in text("workshop.quiz.late_eta.b")
    assert late.situation().eta_minutes - 10 == 25  # 25 minutes late: past the guide's "about 20"


def test_no_distractor_is_one_nobody_would_choose():
    """A room splits only over answers people really give; none is a joke or an obvious trap."""
    for q in quiz.QUESTIONS:
        for option, wording in q.options:
            if option != q.answer:
                assert "nobody checks" not in wording.lower() and "give up" not in wording.lower()


# --- outline ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("length", outline.LENGTHS)
def test_the_outline_adds_up_to_the_session_the_counselor_picked(length):
    segments = outline.outline(length)
    assert sum(s.minutes for s in segments) == outline.total_minutes(length) == length
    # what eats time in a real room is in the plan: sign-in and introductions, moving chairs both ways
    assert {"welcome", "setup", "regroup"} <= {s.id for s in segments}
    starts = [start for start, _s in outline.schedule(length)]
    assert starts[0] == 0 and all(b - a == s.minutes for (a, s), b in zip(outline.schedule(length), starts[1:], strict=False))
    for s in segments:
        assert s.title and s.do and s.say and s.paper
        assert "{" not in s.do + s.paper  # every fill-in filled
    play = next(s for s in segments if s.id == "roleplay")
    # the role play is its rounds: one per person of a trio, each read + a three-minute call + feedback
    assert play.rounds == 3 and play.minutes == play.rounds * sum(play.round_minutes)
    assert play.round_minutes[outline.ROUND_PARTS.index("call")] == 3
    warmup = next(s for s in segments if s.id == "warmup")
    assert 1 <= warmup.questions <= len(quiz.QUESTIONS)
    assert warmup.minutes * 60 // warmup.questions >= 60  # at least a minute a question


def test_an_unknown_session_length_is_refused():
    with pytest.raises(ValueError):
        outline.outline(45)


def test_the_outline_view_shows_the_length_chosen():
    from guide.ui.workshop import OutlineView

    view = OutlineView()
    assert text("workshop.outline.heading", minutes=75) in html.unescape(view.table.value)
    view.length.value = 60
    shown = html.unescape(view.table.value)
    assert text("workshop.outline.heading", minutes=60) in shown and text("workshop.outline.on_paper") in shown


# --- printables ------------------------------------------------------------------------------------------


def test_the_printable_page_has_three_cards_per_role_play_and_nothing_from_outside():
    page = cards_html(5, 4)
    pack = card_pack(5, 4)
    from guide.workshop.printable import PER_PERSON, per_page

    assert sum(len(s.cards) for s in sections(pack, "role_plays")) == 4 * 3
    copies = {s.id: per_page("letter", PER_PERSON[s.id][0]) if s.per_person else 1 for s in pack}  # sheets to cut
    assert copies["exit"] == 4 and copies["evaluation"] == 2
    assert page.count('class="card"') == sum(len(s.cards) * copies[s.id] for s in pack)
    assert "<script" not in page and not re.search(r"(src|href)=", page)
    for play in cards.role_play_set(5, 4):
        assert play.situation_line().replace("'", "&#x27;") in page
    assert cards_html_file(5, 4).filename == "rebound-workshop-cards-set-5.html"


def test_the_pdf_holds_the_same_cards():
    export = cards_pdf(2, 3)
    assert export.filename.endswith(".pdf") and export.mime_type == "application/pdf"
    reader = pypdf.PdfReader(io.BytesIO(export.data))
    content = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    for play in cards.role_play_set(2, 3):
        assert play.situation_line() in content
        for item in play.observer_items():
            assert " ".join(item.split()) in content
    assert " ".join(text("workshop.sort.answer_key").split()) in content


# --- the room ----------------------------------------------------------------------------------------------


def test_the_address_is_the_lan_address_when_listening_everywhere():
    assert room_address("127.0.0.1", 8866) == "http://127.0.0.1:8866/"
    everywhere = room_address("0.0.0.0", 8866)
    assert re.fullmatch(r"http://[0-9.]+:8866/", everywhere) and "0.0.0.0" not in everywhere


def test_the_qr_code_is_drawn_here():
    svg = qr_svg("http://10.1.2.3:8866/", "QR")
    assert svg.startswith("<svg") and "<title>QR</title>" in svg and "http" not in svg.split("</title>", 1)[1]
    assert "\u2588" in qr_terminal("http://10.1.2.3:8866/")


def test_the_cap_leaves_room_for_reloads_and_the_pool_is_the_room():
    assert kernel_cap(40) == 44 and kernel_cap(5) == 7 and kernel_cap(1) == 3
    command = participant_command(40, "0.0.0.0", 8866)
    assert "--pool_size=40" in command and "--RoomKernelManager.max_kernels=44" in command


# --- the facilitator page's widgets ------------------------------------------------------------------------



@pytest.mark.parametrize("ink, paper", CONTRAST_PAIRS)
def test_workshop_text_colors_meet_wcag_aa(ink, paper):
    assert contrast_ratio(ink, paper) >= 4.5


def test_answering_a_question_shows_at_once_whether_it_is_right_and_why():
    view = QuizView().questions[[q.id for q in quiz.QUESTIONS].index("late_eta")]
    view.choice.value = "a"
    shown = html.unescape(view.feedback.value)
    assert text("workshop.quiz.wrong", answer=text("workshop.quiz.late_eta.b")) in shown
    assert quiz.BY_ID["late_eta"].rule.text in shown
    view.choice.value = "b"
    assert text("workshop.quiz.right", answer=text("workshop.quiz.late_eta.b")) in html.unescape(view.feedback.value)
    assert view.choice.description == quiz.BY_ID["late_eta"].prompt  # the radio group is named by its question


def test_the_download_buttons_make_the_chosen_set():
    panel = CardsDownload()
    panel.seed.value = 12
    reply, buffers = panel.html_button.reply("r1")
    assert reply["kind"] == "file" and reply["filename"] == "rebound-workshop-cards-set-12.html"
    assert buffers[0] == cards_html_file(12, cards.DEFAULT_COUNT).data
    reply, buffers = panel.pdf_button.reply("r2")
    assert reply["filename"] == "rebound-workshop-cards-set-12.pdf" and buffers[0].startswith(b"%PDF-")


def test_the_room_link_without_a_session_says_how_to_start_one(monkeypatch):
    monkeypatch.delenv("REBOUND_ROOM_ADDRESS", raising=False)
    assert text("workshop.room.not_running") in RoomLink().content.value
    monkeypatch.setenv("REBOUND_ROOM_ADDRESS", "http://10.0.0.7:8866/")
    linked = RoomLink().content.value
    assert "http://10.0.0.7:8866/" in linked and "<svg" in linked


def test_a_card_section_escapes_and_shows_every_card():
    shown = CardSection("sorting").children[-1].value
    for case in cards.SORTING_CASES:
        assert case.case in html.unescape(shown)


def test_the_set_shown_is_the_set_chosen():
    panel = CardsDownload()
    panel.seed.value = 4
    panel.room.value = 7  # two trios: six role plays
    shown = html.unescape(panel.preview.value)
    for play in cards.role_play_set(4, 6):
        assert play.situation_line() in shown
    assert text("workshop.card.number", number=7) not in shown
    assert text("workshop.ui.sets", grouping=cards.grouping_line(7)) in html.unescape(panel.sets.value)


# --- plan B ---------------------------------------------------------------------------------------------


def test_the_facilitator_page_says_what_to_do_when_phones_cannot_reach_the_laptop():
    import json
    from pathlib import Path

    plan_b = text("facilitator.plan_b", "en")
    assert plan_b.startswith("## Plan B")
    for must in ("mobile data", "isolation", "county laptop", "hotspot", "Check before the session", "paper"):
        assert must in plan_b, must
    cells = json.loads(Path("notebooks/facilitator.ipynb").read_text(encoding="utf-8"))["cells"]
    # the code cells stay short (a notebook that only shows the page's narrative and tools)
    assert all(len("".join(c["source"]).splitlines()) <= 2 for c in cells if c["cell_type"] == "code")
    # the minutes live in the outline alone, which the counselor sets to 60, 75 or 90
    prose = "\n".join(text(f"facilitator.{s}", "en") for s in PAGES["facilitator"])
    assert not re.search(r"\(\d+ min\)", prose)


def test_the_facilitator_page_has_the_apps_language_choice_and_keeps_what_was_chosen():
    """The narrative is in the catalogue (a missing translation fails), and the page switches language
    like the app's page: every section and tool, keeping the length, the set and the room chosen."""
    from guide.ui.facilitator import PARTS, FacilitatorPage

    page = FacilitatorPage(language="es")
    assert page.language_choice.language == "es"
    assert "Plan B" in page.section("plan_b").value and "datos móviles" in page.section("plan_b").value
    cards_part, outline_part = page.part("cards"), page.part("outline")
    assert cards_part.tool.seed.description == text("workshop.ui.seed", "es")
    cards_part.tool.seed.value, cards_part.tool.room.value = 7, 12
    outline_part.tool.length.value = 90
    page.language_choice.dropdown.value = "en"
    assert page.language == "en" and "mobile data" in page.section("plan_b").value
    assert page.part("cards").tool.seed.description == text("workshop.ui.seed", "en")
    assert (page.part("cards").tool.seed.value, page.part("cards").tool.room.value) == (7, 12)
    assert page.part("outline").tool.length.value == 90
    for name in PARTS:  # every tool builds in Spanish
        assert page.part(name) is not None
    for section in PAGES["facilitator"]:
        assert text(f"facilitator.{section}", "es") != text(f"facilitator.{section}", "en")


# --- the print pack ---------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=None)
def _pdf(seed: int, count: int):
    """One pack's PDF, made once for every test that reads it (a pack takes seconds to lay out)."""
    return cards_pdf(seed, count)


def _pages(export) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(export.data))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def _unheaded(page: str) -> str:
    """A page without its first line, "Print N copies for a room of M (…)."."""
    return re.sub(r"^Print \d+ cop(y|ies) for a room of \d+ \([^)]*\)\. ", "", page)


def test_each_answer_key_is_alone_on_its_own_pages_of_the_pdf():
    pages = [_unheaded(p) for p in _pages(_pdf(1, 10))]
    pack = card_pack(1, 10)
    keys = [s for s in pack if s.own_page]
    assert {s.heading for s in keys} == {
        text("workshop.sort.answer_key"), text("workshop.quiz.key"), text("workshop.email.key"),
        text("workshop.outline.pack_heading", minutes=outline.DEFAULT_LENGTH), text("workshop.hard.title"),
    }
    handed_out = [s for s in pack if not s.own_page]
    for key in keys:
        heading = " ".join(key.heading.split())
        on = [i for i, page in enumerate(pages) if page.startswith(heading)]
        assert on, heading
        page = pages[on[0]]
        for section in handed_out:  # nothing a participant is given shares the key's page
            assert " ".join(section.heading.split()) not in page, (key.heading, section.heading)
            for card in section.cards:
                for line in card.lines[:1]:
                    assert " ".join(line.split()) not in page, (key.heading, line)


def test_the_pack_holds_what_a_session_on_paper_reads_from():
    content = " ".join(_pages(_pdf(1, 10)))
    for q in quiz.QUESTIONS:
        assert " ".join(q.prompt.split()) in content
    for scenario in cards.SCENARIOS:
        timing, why = cards.MODEL_CASES[scenario]
        assert " ".join(cards.model_call(scenario, timing, why).split()) in content
    assert text("workshop.email.title") in content
    for _start, segment in outline.schedule(outline.DEFAULT_LENGTH):  # the outline, with its paper column
        assert " ".join(text("workshop.outline.paper_line", paper=segment.paper).split()) in content


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("paper", ["letter", "A4"])
def test_wallet_cards_print_several_to_a_sheet_and_the_words_fit_the_card(language, paper):
    from guide import i18n
    from guide.workshop.printable import WALLET_MM, wallet_sheet_fit

    with i18n.speaking(language):
        across, down, tallest = wallet_sheet_fit(paper)
    assert across * down >= 8
    assert tallest <= WALLET_MM[1] - 2  # a millimetre or two of card left below the last line


def test_the_pdf_ends_with_a_sheet_of_wallet_cards_with_cut_marks():
    export = _pdf(1, 3)
    last = _unheaded(_pages(export)[-1])
    assert last.startswith(text("workshop.wallet.sheet"))
    assert last.count(text("workshop.wallet.title")) == 8
    for line in cards.wallet_lines():
        assert len(line.split()) <= 8 and line in last
    page = pypdf.PdfReader(io.BytesIO(export.data)).pages[-1]
    strokes = page.get_contents().get_data().count(b" l")  # lines drawn: the cut marks
    assert strokes >= 2 * (2 + 1) + 2 * (4 + 1)


def test_the_printable_page_is_on_the_paper_of_its_language():
    from guide import i18n

    assert "size: letter;" in cards_html(1, 2)
    with i18n.speaking("en-GB"):
        assert "size: A4;" in cards_html(1, 2)


def test_the_exit_ticket_is_i_can_statements_and_the_evaluation_asks_before_and_after():
    lines = cards.exit_ticket_lines()
    assert len(lines) == len(cards.EXIT_TICKET_RULES) and all(line.startswith("I can ") for line in lines)
    (exit_section,) = sections(card_pack(1, 2), "exit")
    (evaluation_section,) = sections(card_pack(1, 2), "evaluation")
    (ticket,) = exit_section.cards
    (evaluation,) = evaluation_section.cards
    assert ticket.ticks == lines
    assert text("workshop.evaluation.when") in evaluation.lines and "Session" in text("workshop.evaluation.when")
    before_after = text("workshop.evaluation.before_after")
    assert before_after in evaluation.lines and "Before today" in before_after and "Now" in before_after


# --- the counselor's second read (issue 25) -----------------------------------------------------------------


def _plays(count: int = 39, seeds=range(1, 21)):
    return [p for seed in seeds for p in cards.role_play_set(seed, count)]


def test_a_voicemail_card_is_the_greeting_only_and_the_observer_times_the_message():
    """Nobody is on the line: the "employer" reads a greeting and says "beep", with no persona to play and
    nothing to react to; the observer listens for a message of about 30 seconds."""
    voicemails = [p for p in _plays() if p.twist == "voicemail"]
    assert voicemails
    personas = {text(f"workshop.card.manager.persona.{p}") for p in cards.PERSONAS}
    for play in voicemails:
        lines = play.manager_lines()
        assert not personas & set(lines), lines
        assert text("workshop.card.manager.stay_in_role") not in lines
        assert any(line.startswith("“You have reached") for line in lines), lines
        assert any("30 seconds" in item for item in play.observer_items()), play.observer_items()


def test_no_twist_accuses_the_candidate_of_what_their_card_says_they_did_right():
    """"You didn't even call!" never meets a call made before the interview's start."""
    for play in _plays():
        assert not set(cards.TWIST_ACCUSES.get(play.twist, ())) & play.done_right(), play
    for timing in ("late_10", "late_30"):  # a late call is made before the start: nobody can say "you didn't call"
        assert "curt" not in cards.twists_for("late", timing)


def test_every_observer_item_is_heard_in_the_model_script_of_its_card():
    """The candidate's script and the observer's checklist come from one list of rules: each item the
    observer ticks has its line in the script the candidate holds (the reactions as "if…" lines for every
    reaction the scenario may meet, so the script gives none of them away)."""
    for play in _plays(seeds=range(1, 11)):
        script = " ".join(play.script_lines())
        lines = " ".join(play.candidate_lines())
        for rule in play.rubric:
            line = cards.script_line(play.scenario, rule.id, play.reason, play.timing)
            assert line in script and line in lines, (play.number, play.scenario, rule.id)
        if not cards.reason(play.reason).own_doing:  # the guide owns a mistake only where it was theirs
            assert "my mistake" not in script, play
        # the cancel script gives its one reason, as the observer listens for one
    assert "honest-brief" in cards.script_rules("cancel")


def test_every_keyed_answer_agrees_with_the_one_definition_and_with_advise():
    """Move, cancel and withdraw as the printed definitions say them (``cards.defined_as``), for every
    sorting key, every role-play card and every quiz question that names one of the three."""
    for case in cards.SORTING_CASES:
        assert cards.defined_as(case.situation()) == case.answer, case.id
        advice = advise(case.situation())
        assert advice.ready and not [p for p in advice.problems if p.is_error], case.id
    for play in _plays(seeds=range(1, 6)):
        if play.scenario in cards.SORTING_CHOICES:
            assert cards.defined_as(play.situation()) == play.scenario, play
    for q in quiz.QUESTIONS:
        if q.facts and q.facts["scenario"] in cards.SORTING_CHOICES:
            assert cards.defined_as(q.situation()) == q.facts["scenario"], q.id


@pytest.mark.parametrize("people, trios", [(40, 13), (25, 8), (12, 4), (9, 3), (6, 2)])
def test_the_role_plays_scale_with_the_room(people, trios):
    assert cards.trios_for(people) == trios
    assert cards.plays_for_room(people) == 3 * trios


@pytest.mark.parametrize("seed", range(1, 16))
def test_a_room_of_forty_gets_thirteen_sets_with_no_near_duplicates(seed):
    plays = cards.role_play_set(seed, cards.plays_for_room(40))
    assert len(plays) == 39
    sets = cards.trio_sets(plays)
    assert len(sets) == 13 and all(len(s) == 3 for s in sets)
    for trio in sets:  # the three people of a trio each face a different situation
        assert len({p.scenario for p in trio}) == 3, trio
    assert len({(p.scenario, p.timing, p.twist, p.reason) for p in plays}) == len(plays)


def test_the_sheet_says_how_sets_rotate():
    content = " ".join(_pages(_pdf(1, 10)))
    assert " ".join(text("workshop.cards.rotate").split()) in content
    for n in (1, 2, 3):
        assert text("workshop.cards.trio_set", trio=n, first=3 * n - 2, last=3 * n) in content


def _exit_pages(export) -> list[str]:
    return [p for p in map(_unheaded, _pages(export)) if p.startswith(text("workshop.exit.sheet", per_page=4).split(":")[0])]


def test_the_exit_ticket_prints_several_to_a_page_with_cut_marks():
    export = _pdf(1, 3)
    pages = _exit_pages(export)
    assert len(pages) == 1
    page = pages[0]
    assert page.count(text("workshop.exit.title")) >= 4
    for line in cards.exit_ticket_lines():
        assert page.count(" ".join(line.split())) >= 4
    assert not any(q.prompt in page for q in quiz.QUESTIONS)  # not beside the quiz
    index = [_unheaded(p) for p in _pages(export)].index(page)
    strokes = pypdf.PdfReader(io.BytesIO(export.data)).pages[index].get_contents().get_data().count(b" l")
    assert strokes >= 8  # the cut marks


def test_no_heading_is_left_alone_at_the_foot_of_a_page():
    for count in (3, 10, 39):
        pages = _pages(_pdf(1, count))
        headings = [" ".join(s.heading.split()) for s in card_pack(1, count)]
        for n, page in enumerate(pages, 1):
            for heading in headings:
                assert not page.endswith(heading), (count, n, heading)


def test_counts_on_paper_are_said_as_a_person_would():
    content = " ".join(_pages(_pdf(1, 10)))
    assert not re.search(r"\b0 of the\b", content)
    assert "none of the times you entered" in content


def test_the_ninety_minute_plan_has_a_short_break_and_still_adds_up():
    segments = outline.outline(90)
    ids = [s.id for s in segments]
    assert "break" in ids
    pause = segments[ids.index("break")]
    assert 5 <= pause.minutes <= 10
    before = sum(s.minutes for s in segments[: ids.index("break")])
    assert 30 <= before <= 60  # somewhere near the middle, not at either end
    assert sum(s.minutes for s in segments) == 90
    assert all("break" not in [s.id for s in outline.outline(length)] for length in (60, 75))
    for length in (60, 75):  # and an outline without a break never mentions one
        assert not any("break" in s.do for s in outline.outline(length)), length


def test_the_print_pack_is_one_command(tmp_path, capsys):
    from guide.workshop import pack

    assert pack.main(["--room", "4", "--length", "90", "--out", str(tmp_path)]) == 0
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == ["rebound-workshop-cards-set-1.html", "rebound-workshop-cards-set-1.pdf"]
    content = " ".join(_pages(type("E", (), {"data": (tmp_path / written[1]).read_bytes()})()))
    assert text("workshop.outline.pack_heading", minutes=90) in content and "Break" in content


def test_the_evaluation_prints_several_to_a_page_and_never_beside_the_quiz():
    pages = _pages(_pdf(1, 3))
    sheet = [p for p in map(_unheaded, pages) if p.startswith(text("workshop.evaluation.sheet", per_page=2).split(":")[0])]
    assert len(sheet) == 1
    assert sheet[0].count(text("workshop.evaluation.title")) >= 2
    for page in pages:
        if text("workshop.evaluation.title") in page:
            assert not any(" ".join(q.prompt.split()) in page for q in quiz.QUESTIONS)


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("paper", ["letter", "A4"])
@pytest.mark.parametrize("kind", ["exit", "evaluation"])
def test_per_person_cards_fit_their_card_on_the_sheet(kind, paper, language):
    from guide import i18n
    from guide.workshop.printable import PER_PERSON, sheet_fit

    with i18n.speaking(language):
        on_sheet, tallest = sheet_fit(kind, paper)
    assert on_sheet >= 2
    assert tallest <= PER_PERSON[kind][0][1] - 2


def test_the_room_link_gives_the_browser_version_beside_the_room_and_says_when_to_use_which(monkeypatch):
    monkeypatch.setenv("REBOUND_ROOM_ADDRESS", "http://10.0.0.7:8866/")
    monkeypatch.delenv("REBOUND_SITE_ADDRESS", raising=False)
    assert text("workshop.room.when") not in html.unescape(RoomLink().content.value)
    monkeypatch.setenv("REBOUND_SITE_ADDRESS", "http://10.0.0.7:8868/")
    linked = html.unescape(RoomLink().content.value)
    assert "http://10.0.0.7:8866/" in linked and "http://10.0.0.7:8868/" in linked
    assert linked.count("<svg") == 2  # a QR code for each
    assert text("workshop.room.when") in linked


# --- the counselor's third read (issue 25, round 4) ----------------------------------------------------------


def _facilitator_text(section: str, lang: str = "en") -> str:
    from guide.ui.facilitator import FacilitatorPage

    return FacilitatorPage(language=lang).section(section).static_text()


@pytest.mark.parametrize("people", [40, 12, 10, 8, 2])
def test_the_room_splits_one_way_in_the_printed_outline_and_on_the_facilitator_page(people):
    """The 40th person: the printed outline, the facilitator page's narrative, its card panel and the
    pack's sets all follow one grouping (one or two left over join a trio as a second observer)."""
    from guide.ui.workshop import OutlineView

    g = cards.grouping(people)
    assert g.trios == cards.trios_for(people) and 0 <= g.extra <= 2
    assert g.pair == (people < 3) and all(1 <= t <= g.trios for t in g.joined)
    rule, line = cards.grouping_rule(), cards.grouping_line(people)
    pack = card_pack(1, cards.plays_for_room(people), people=people)
    (printed,) = sections(pack, "outline")
    setup = next(c for c in printed.cards if c.title == text("workshop.outline.setup.title"))
    assert rule in setup.lines[0] and line in setup.lines[0]
    assert len(sections(pack, "role_plays")) == g.trios  # a set for each trio, none for a pair
    assert rule in html.unescape(OutlineView().table.value)
    for section in ("outline", "cards"):
        assert rule in _facilitator_text(section)
        assert "pairs" not in _facilitator_text(section)  # no second rule beside the one
    panel = CardsDownload()
    panel.room.value = people
    assert line in html.unescape(panel.sets.value)
    for length in outline.LENGTHS:
        assert "a pair where" not in next(s for s in outline.outline(length) if s.id == "setup").doing(people)


@pytest.mark.parametrize("people", [40, 13])
def test_every_master_sheet_says_how_many_copies_to_print_for_the_room(people):
    from guide.workshop.printable import copies_line

    export = cards_pdf(1, cards.plays_for_room(people), people=people)
    pages = _pages(export)
    expected = {  # for a room of 40 on letter paper
        "exit": 10, "evaluation": 20, "wallet_sheet": 5, "sorting": 8, "email": 20, "outline": 1, "quiz_key": 1,
    } if people == 40 else {"exit": 4, "evaluation": 7, "wallet_sheet": 2, "sorting": 3, "email": 7}  # fmt: skip
    for section_id, copies in expected.items():
        line = copies_line(section_id, people, "letter")
        assert line.startswith(f"Print {copies} cop") and f"for a room of {people}" in line, line
    pack = card_pack(1, cards.plays_for_room(people), people=people)
    for n, page in enumerate(pages[1:], 2):  # after the cover, every page opens with its count
        assert re.match(rf"Print \d+ cop(y|ies) for a room of {people} ", page), (n, page[:80])
        for section in pack:  # and a section never shares a page with another count than its own
            if f"{' '.join(section.heading.split())} {section.copies}" in page:
                assert page.startswith(section.copies), (n, section.id)
    content = " ".join(pages)
    for section in pack:  # each section's heading carries its count
        if not section.per_person:
            assert f"{' '.join(section.heading.split())} {section.copies}" in content, section.id
    for sheet in ("exit", "evaluation", "wallet_sheet"):
        assert any(p.startswith(copies_line(sheet, people, "letter")) for p in pages), sheet


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_printed_outline_holds_the_discussion_prompts_the_page_shows(lang):
    from guide import i18n

    with i18n.speaking(lang):
        prompts = outline.debrief_prompts()
        (printed,) = sections(card_pack(1, 6), "outline")
        debrief = next(c for c in printed.cards if c.title == text("workshop.outline.debrief.title"))
    assert len(prompts) == len(outline.DEBRIEF_PROMPTS) >= 4
    page = _facilitator_text("debrief", lang)
    for prompt in prompts:
        assert f"- {prompt}" in debrief.lines and f"- {prompt}" in page


def test_the_model_call_read_aloud_owns_a_mistake_only_where_advise_says_it_was_the_candidates():
    """The call read to the room is for a stated situation, and its apology follows ``advise()`` for it:
    "that was my mistake" only when the reason was the candidate's doing."""
    (scripts,) = sections(card_pack(1, 3), "scripts")
    for scenario, card in zip(cards.SCENARIOS, scripts.cards, strict=True):
        timing, why = cards.MODEL_CASES[scenario]
        advice = advise(cards.situation_of({**cards.TIMING_FACTS[timing], "scenario": scenario, "reason": why}))
        assert advice.ready and not advice.problems
        said = " ".join(card.lines)
        assert text(f"workshop.timing.{timing}") in card.lines  # the situation is on the card
        assert ("my mistake" in said) == advice.facts.own_doing, (scenario, why)
    for timing in cards.TIMINGS["missed"]:
        for why in cards.REASONS_BY_TIMING[timing]:
            own = advise(cards.situation_of({**cards.TIMING_FACTS[timing], "scenario": "missed", "reason": why})).facts.own_doing
            assert ("my mistake" in cards.model_call("missed", timing, why)) == own, why
    for scenario in cards.SCENARIOS:  # with no reason known, no mistake is owned
        assert "my mistake" not in cards.model_call(scenario)


def test_each_hard_call_has_the_guides_advice_as_its_key_and_advise_agrees():
    """Curt managers, "we've filled it", a full mailbox, the agency's recruiter, a second no-show: each
    is a reaction some card meets, and its key's rules are what the app gives for that card's situation."""
    assert {"curt", "position_filled", "voicemail_full", "agency", "second_miss"} <= set(cards.HARD_CALLS)
    met: set[str] = set()
    for play in _plays(seeds=range(1, 9)):
        if play.twist not in cards.HARD_CALLS:
            continue
        met.add(play.twist)
        advice = advise(play.situation())
        assert advice.ready, play
        shown = _what_the_app_says(advice) | {r.id for r in rules_for(play.scenario)}
        for rule_id in cards.HARD_CALLS[play.twist]:
            assert rule_id in shown, (play.twist, rule_id)
        # the observer listens for what the key coaches, and the candidate's script says it
        assert cards.script_line(play.scenario, cards.twist_rule(play.twist, play.scenario), play.reason, play.timing) in play.script_lines()
    assert met == set(cards.HARD_CALLS)
    second = next(p for p in _plays() if p.twist == "second_miss")
    assert [p.rule_id for p in advise(second.situation()).problems] == ["reschedule-once"]
    # the counselor's key page: each hard call, the guide's sentence for it, and which role plays hold it
    plays = cards.role_play_set(1, 39)
    (key,) = sections(card_pack(1, 39), "hard_key")
    assert key.own_page
    for twist, card in zip(cards.HARD_CALLS, key.cards, strict=True):
        assert card.title == text(f"workshop.hard.{twist}")
        for rule_id in cards.HARD_CALLS[twist]:
            assert BY_ID[rule_id].text in card.lines
        for play in plays:
            if play.twist == twist:
                assert re.search(rf"\b{play.number}\b", card.lines[-1]), (twist, play.number)


@pytest.mark.parametrize("seed", range(1, 16))
def test_a_room_of_forty_meets_the_hard_calls_often(seed):
    """Not one angry manager in 39: every hard call comes round, angry managers on several cards, and
    fewer than one call in five goes to plan."""
    plays = cards.role_play_set(seed, 39)
    twists = [p.twist for p in plays]
    assert sum(t in cards.HARD_CALLS for t in twists) >= len(plays) // 3
    assert sum(t.startswith("curt") for t in twists) >= 4
    assert twists.count("plain") <= len(plays) // 5
    for twist in ("curt", "position_filled", "voicemail_full", "agency", "second_miss"):
        assert twist in twists, twist


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_weak_email_key_agrees_with_the_review_in_the_language_printed(lang):
    """Every flaw the weak email was written to show is either a failing line of that language's review or,
    where the review could not read it, a point the key makes itself from the same rule; no flaw is passed,
    and with checks left out the key gives no score and no "what works" line that speaks for them."""
    from guide import i18n
    from guide.examples import example_review
    from guide.review.checklist import CHECKS
    from guide.workshop.printable import WEAK_EMAIL_FLAWS

    with i18n.speaking("en"):
        english = example_review()
    assert set(WEAK_EMAIL_FLAWS) == {f.check for f in english.findings if not f.passed}  # what it was written to show
    with i18n.speaking(lang):
        result = example_review()
        (key,) = sections(card_pack(1, 3), "email_key")
        said = [" ".join((c.title, *c.lines)) for c in key.cards]
        rules = {c.id: BY_ID[c.rule_id] for c in CHECKS}
        for check in WEAK_EMAIL_FLAWS:
            found = result.finding(check) if check not in result.skipped else None
            assert found is None or not found.passed, (lang, check)
            if check in result.skipped:
                assert any(rules[check].text in line for line in said), (lang, check)
            else:
                assert any(found.title in line for line in said), (lang, check)
        if result.skipped:
            assert not any(text("ui.draft.score", score=result.score) in line for line in said)
            assert not any(result.summary in line for line in said)


@pytest.mark.parametrize("length", outline.LENGTHS)
def test_the_minutes_to_read_the_cards_fit_the_longest_card_for_a_slow_reader(length):
    """Participants who read slowly or in a second language finish the candidate's card in the minutes the
    outline gives it (at ``outline.READING_WPM`` words a minute), in English and in Spanish."""
    from guide import i18n

    play = next(s for s in outline.outline(length) if s.id == "roleplay")
    read = play.round_minutes[outline.ROUND_PARTS.index("read")]
    for lang in ("en", "es"):
        with i18n.speaking(lang):
            longest = max(len(" ".join(p.candidate_lines()).split()) for seed in (1, 2, 3) for p in cards.role_play_set(seed, 39))
        assert read * outline.READING_WPM >= longest, (length, lang, read, longest)


def test_the_print_pack_makes_its_pdfs_where_python_has_no_ssl():
    """The static site's Python (Pyodide) has no ``ssl``, so fpdf2's import needs the stand-ins
    ``guide.site.browser.allow_fpdf`` puts in place; the facilitator page counts copies per page as it
    opens, so the print pack's first import of fpdf2 must go through them too (it failed in the site)."""
    script = (
        "import urllib.request, http.client\n"
        "del urllib.request.HTTPSHandler\n"
        "del http.client.HTTPSConnection\n"
        "import guide.site.browser as browser\n"
        "browser.IN_BROWSER = True\n"
        "from guide.workshop.printable import per_page\n"
        "print(per_page('Letter'))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1], timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.strip()) > 0
