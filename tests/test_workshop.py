"""Workshop mode's core: the role-play cards, the quiz, the outline, the printables and the room address."""

from __future__ import annotations

import html
import io
import re

import pypdf
import pytest

from guide.catalogue import text
from guide.rules import BY_ID
from guide.ui.workshop import (
    CONTRAST_PAIRS,
    CardsDownload,
    CardSection,
    QuizView,
    RoomLink,
)
from guide.workshop import cards, outline, quiz
from guide.workshop.printable import card_pack, cards_html, cards_html_file, cards_pdf
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
    for scenarios, rule_id in cards.TWISTS.values():
        assert all(sc in BY_ID[rule_id].scenarios for sc in scenarios)


def test_the_reused_chapter_material_is_made_of_rules():
    assert [r.id for r in cards.wallet_card()] == list(cards.WALLET_CARD_RULES)
    assert all("late" in r.scenarios for r in cards.wallet_card())
    assert {c.answer for c in cards.SORTING_CASES} == set(cards.SORTING_CHOICES)
    assert all(c.rule_id in BY_ID and c.case and c.why for c in cards.SORTING_CASES)
    assert len(cards.exit_ticket()) == len(cards.EXIT_TICKET_RULES)


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
    assert not right and text("workshop.quiz.late_eta.c") in sentence


# --- outline ----------------------------------------------------------------------------------------------


def test_the_outline_is_the_issues_starting_plan_and_adds_up():
    assert [(s.id, s.minutes) for s in outline.OUTLINE] == [
        ("warmup", 10), ("sorting", 10), ("roleplay", 25), ("email", 15), ("debrief", 10), ("exit", 5)
    ]  # fmt: skip
    assert outline.total_minutes() == 75
    assert [start for start, _s in outline.schedule()] == [0, 10, 20, 45, 60, 70]
    assert all(s.title and s.do and s.say for s in outline.OUTLINE)


# --- printables ------------------------------------------------------------------------------------------


def test_the_printable_page_has_three_cards_per_role_play_and_nothing_from_outside():
    page = cards_html(5, 4)
    assert page.count('class="card"') == 4 * 3 + sum(len(s.cards) for s in card_pack(5, 4)[1:])
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
        for rule in play.rubric:
            assert " ".join(rule.text.split()) in content
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
    view = QuizView().questions[1]  # late_eta
    view.choice.value = "a"
    shown = html.unescape(view.feedback.value)
    assert text("workshop.quiz.wrong", answer=text("workshop.quiz.late_eta.c")) in shown
    assert quiz.BY_ID["late_eta"].rule.text in shown
    view.choice.value = "c"
    assert text("workshop.quiz.right", answer=text("workshop.quiz.late_eta.c")) in html.unescape(view.feedback.value)
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
    panel.count.value = 2
    shown = html.unescape(panel.preview.value)
    for play in cards.role_play_set(4, 2):
        assert play.situation_line() in shown
    assert text("workshop.card.number", number=3) not in shown
