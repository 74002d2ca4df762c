"""Role-play cards for the phone practice, and the chapter material reused as cards.

``role_play_set(seed)`` deals the same set for the same seed, so a counselor can print it again next
week. Each role play is one generated situation (scenario, reason, timing, a twist from the hiring
manager) with three cards: the candidate's, the hiring manager's (how to react) and the observer's (a
short rubric whose items are rules from ``guide.rules``, each one that applies to that scenario).

The reused material is data too: the running-late "right now" list as a wallet card, the move / cancel
/ withdraw sorting cases with their answer key, and the exit ticket, all built from rules and catalogue
keys so the cards say exactly what the chapters say.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import timedelta

from ..catalogue import text
from ..domain import SCENARIO_SPECS, SCENARIOS, reason, reasons_for  # noqa: F401  (reasons_for: read by the tests)
from ..rules import Rule, rule, source_label
from ..situation import Situation
from .quiz import QUIZ_NOW, situation_of
DEFAULT_SEED = 1
DEFAULT_COUNT = 2 * len(SCENARIOS)  # two of each scenario: enough for a room of 40 in pairs or trios taking turns
MAX_COUNT = 40

# --- move, cancel, withdraw: defined once ----------------------------------------------------------------
# Each definition (``workshop.define.<scenario>``) rests on a rule, whose source it prints with it. The
# sorting cards, their key, the candidate's cards and the quiz use these words and no others. Cancel is
# about one booked interview, whatever the reason (another job taken, or this one not for you): the
# guide's own rule for an accepted offer says to cancel the interviews still pending. Withdraw is leaving
# a process already under way (interviews done, or waiting to hear).
DEFINITION_RULES = {
    "reschedule": "move-rather-than-cancel",
    "cancel": "cancel-others-after-offer",
    "withdraw": "withdraw-call-late-stage",
}


def definition(scenario: str) -> str:
    return text(f"workshop.define.{scenario}")


def definition_source(scenario: str) -> str:
    return text("ui.plan.source", source=source_label(rule(DEFINITION_RULES[scenario]).source))


# When it happens (each scenario's ``workshop.timings`` in ``guide.domain``; wording
# ``workshop.timing.<key>``), as the facts the app would be told; and the reasons that make a sound call at
# that moment. Passing reasons (illness, a family emergency, a clash) never go with "cancel" (the app
# warns: move it instead), nobody is sent to an interview ill, and nobody knows of an emergency a week
# ahead: those would rehearse what the guide warns against.
TIMINGS: dict[str, tuple[str, ...]] = {sc: spec.workshop.timings for sc, spec in SCENARIO_SPECS.items()}
_DAY = 24 * 60
TIMING_FACTS: dict[str, dict[str, object]] = {
    "missed_this_morning": dict(now=QUIZ_NOW.replace(hour=13, minute=15), minutes_to_start=-195),
    "missed_yesterday": dict(now=QUIZ_NOW.replace(hour=9, minute=0), minutes_to_start=-19 * 60),
    "late_10": dict(minutes_to_start=15, eta_minutes=25),
    "late_30": dict(minutes_to_start=10, eta_minutes=40),
    "reschedule_tomorrow": dict(now=QUIZ_NOW.replace(hour=9, minute=0), minutes_to_start=_DAY, proposed_slots=(
        QUIZ_NOW.replace(hour=10, minute=0) + timedelta(days=3), QUIZ_NOW.replace(hour=14, minute=0) + timedelta(days=6))),
    "reschedule_next_week": dict(minutes_to_start=7 * _DAY, proposed_slots=(
        QUIZ_NOW.replace(hour=10, minute=0) + timedelta(days=8), QUIZ_NOW.replace(hour=14, minute=0) + timedelta(days=9))),
    "cancel_tomorrow": dict(now=QUIZ_NOW.replace(hour=9, minute=0), minutes_to_start=_DAY),
    "cancel_in_three_days": dict(minutes_to_start=3 * _DAY),
    "withdraw_after_two": dict(minutes_to_start=7 * _DAY, interviews_so_far=2),
    "withdraw_after_three": dict(interviews_so_far=3),
}
REASONS_BY_TIMING: dict[str, tuple[str, ...]] = {
    "missed_this_morning": ("overslept", "traffic", "forgot", "confusion"),
    "missed_yesterday": ("forgot", "confusion", "illness", "family_emergency"),
    "late_10": ("overslept", "traffic", "confusion"),
    "late_30": ("overslept", "traffic", "confusion"),
    "reschedule_tomorrow": ("illness", "family_emergency", "conflict"),
    "reschedule_next_week": ("conflict",),
    "cancel_tomorrow": ("not_interested", "accepted_offer"),
    "cancel_in_three_days": ("not_interested", "accepted_offer"),
    "withdraw_after_two": ("not_interested", "accepted_offer"),
    "withdraw_after_three": ("not_interested", "accepted_offer"),
}

# The hiring manager's twist (an employer reaction card), the scenarios it fits, and the rule the
# observer then listens for. Together they cover what the chapters coach: "So what happened?", a time
# the candidate cannot make, a curt recruiter, voicemail, "we filled the position", a push to stay.
# A twist's rule may be one per scenario (each scenario's own verb: cancel-clearly, withdraw-clearly);
# ``twist_rule`` picks the one for the play's scenario.
TWISTS: dict[str, tuple[tuple[str, ...], str | tuple[str, ...]]] = {
    "plain": (SCENARIOS, "thank-them"),
    "voicemail": (("missed", "late", "reschedule", "cancel"), "no-answer"),
    "position_filled": (("missed", "reschedule"), "gracious-if-declined"),
    "why_missed": (("missed", "late"), "no-invented-excuses"),
    "unworkable_time": (("missed", "reschedule"), "offer-slots"),
    "curt": (("missed", "late"), "no-blame"),
    "asks_to_stay": (("cancel", "withdraw"), ("cancel-clearly", "withdraw-clearly")),
}


def twist_rule(twist: str, scenario: str) -> str:
    """The rule the observer listens for in ``twist``, for ``scenario``."""
    candidates = TWISTS[twist][1]
    candidates = (candidates,) if isinstance(candidates, str) else candidates
    return next(r for r in candidates if scenario in rule(r).scenarios)
# How the hiring manager comes across, so they are not all the same person (a curt one is its own twist).
PERSONAS = ("busy", "warm", "formal")

# What the observer listens for in every call of that scenario, before the timing's and the twist's.
# Only what can be heard in a three-minute call; each is worded ``workshop.observe.<rule>`` ("I heard…").
OBSERVER_RULES: dict[str, tuple[str, ...]] = {
    sc: spec.workshop.observer_rules for sc, spec in SCENARIO_SPECS.items()
}
# More than about 20 minutes late changes what a good call offers.
TIMING_RULES = {"late_30": "offer-reschedule-if-very-late"}

# Reasons too vague to act out.
UNPLAYABLE_REASONS = {"other"}
COMPANIES = 6  # workshop.company.1..6 and workshop.role.1..6: made-up employers and jobs


def observe(rule_id: str) -> str:
    """What the observer ticks for ``rule_id``: a short "I heard…" line."""
    return text(f"workshop.observe.{rule_id}")


@dataclass(frozen=True)
class RolePlay:
    number: int
    scenario: str
    reason: str
    timing: str
    twist: str
    company: str
    role: str
    persona: str = field(default="busy")

    @property
    def rubric(self) -> tuple[Rule, ...]:
        """The observer's checklist: the scenario's rules, the timing's and the twist's, each once."""
        ids = list(OBSERVER_RULES[self.scenario])
        for extra in (TIMING_RULES.get(self.timing), twist_rule(self.twist, self.scenario)):
            if extra and extra not in ids:
                ids.append(extra)
        return tuple(rule(i) for i in ids)

    def observer_items(self) -> tuple[str, ...]:
        return tuple(observe(r.id) for r in self.rubric)

    def situation(self) -> Situation:
        """The card as the app would be told it (the tests ask ``advise()`` about every card)."""
        return situation_of({**TIMING_FACTS[self.timing], "scenario": self.scenario, "reason": self.reason})

    # The words on each card, from the catalogue.
    def situation_line(self) -> str:
        return text(SCENARIO_SPECS[self.scenario].workshop.situation, company=self.company, role=self.role)

    def candidate_lines(self) -> tuple[str, ...]:
        lines = [
            self.situation_line(),
            text("workshop.card.reason", reason=text(reason(self.reason).label)),  # type: ignore[union-attr]
            text(f"workshop.timing.{self.timing}"),
            text(SCENARIO_SPECS[self.scenario].workshop.goal),
        ]
        if self.scenario in DEFINITION_RULES:
            lines.append(definition(self.scenario))
        lines.append(text("workshop.card.script_intro"))
        lines.append(text(f"workshop.card.script.{self.scenario}"))
        return tuple(lines)

    def manager_lines(self) -> tuple[str, ...]:
        lines = [text(SCENARIO_SPECS[self.scenario].workshop.manager, company=self.company, role=self.role)]
        if self.twist != "curt":
            lines.append(text(f"workshop.card.manager.persona.{self.persona}"))
        lines += [text(f"workshop.twist.{self.twist}"), text("workshop.card.manager.stay_in_role")]
        return tuple(lines)

    def observer_lines(self) -> tuple[str, ...]:
        return (self.situation_line(), text(f"workshop.timing.{self.timing}"))


def _playable_reasons(timing: str) -> tuple[str, ...]:
    return tuple(r for r in REASONS_BY_TIMING[timing] if r not in UNPLAYABLE_REASONS)


def twists_for(scenario: str) -> tuple[str, ...]:
    return tuple(t for t, (scenarios, _rule) in TWISTS.items() if scenario in scenarios)


def role_play_set(seed: int = DEFAULT_SEED, count: int = DEFAULT_COUNT) -> tuple[RolePlay, ...]:
    """``count`` role plays dealt from ``seed``: the scenarios in turn (shuffled each round), the rest drawn.

    Two plays of one scenario never share a timing and a twist (no near-duplicates): each scenario's
    (timing, twist) pairs are dealt from a shuffled list, and only start again once all are used.
    """
    if not 1 <= count <= MAX_COUNT:
        raise ValueError(f"count must be between 1 and {MAX_COUNT}")
    rng = random.Random(seed)
    order: list[str] = []
    while len(order) < count:
        order.extend(rng.sample(SCENARIOS, len(SCENARIOS)))
    decks: dict[str, list[tuple[str, str]]] = {}
    last: dict[str, tuple[str, str]] = {}
    plays = []
    for number, scenario in enumerate(order[:count], start=1):
        if not decks.get(scenario):
            decks[scenario] = [(tm, tw) for tw in twists_for(scenario) for tm in TIMINGS[scenario]]
            rng.shuffle(decks[scenario])
        deck, before = decks[scenario], last.get(scenario, ("", ""))
        # The next play of a scenario differs from the one before in when and in how, where it can.
        pick = next((p for p in deck if p[0] != before[0] and p[1] != before[1]), deck[0])
        deck.remove(pick)
        timing, twist = last[scenario] = pick
        company = rng.randint(1, COMPANIES)
        plays.append(
            RolePlay(
                number=number,
                scenario=scenario,
                reason=rng.choice(_playable_reasons(timing)),
                timing=timing,
                twist=twist,
                company=text(f"workshop.company.{company}"),
                role=text(f"workshop.role.{company}"),
                persona=rng.choice(PERSONAS),
            )
        )
    return tuple(plays)


# --- the chapters' material, as cards --------------------------------------------------------------------

# Chapter 2's "right now" list, in its order: who to call, what time to give, when to offer another day,
# what if nobody answers, when a text is fine, and what to do on arrival.
WALLET_CARD_RULES = (
    "call-order",
    "realistic-eta",
    "offer-reschedule-if-very-late",
    "no-answer",
    "text-only-if-they-text",
    "on-arrival",
)


def wallet_card() -> tuple[Rule, ...]:
    return tuple(rule(i) for i in WALLET_CARD_RULES)


def wallet_lines() -> tuple[str, ...]:
    """The wallet card's own short lines (``workshop.wallet.<rule>``), one per rule, small enough for a
    card of 85 by 54 mm; the full sentences are on the card in the pack and in chapter 2."""
    return tuple(text(f"workshop.wallet.{i}") for i in WALLET_CARD_RULES)


@dataclass(frozen=True)
class SortingCase:
    """One case to sort into move, cancel or withdraw; ``answer`` is a scenario, ``rule_id`` the reason.

    ``facts`` describe the case as the app would be told it with ``answer`` chosen (see ``quiz.situation_of``),
    so a test can check that the app's plan for it cites ``rule_id``.
    """

    id: str
    answer: str
    rule_id: str
    facts: dict[str, object] = field(default_factory=dict, compare=False, hash=False)

    @property
    def case(self) -> str:
        return text(f"workshop.sort.{self.id}.case")

    @property
    def why(self) -> str:
        return text(f"workshop.sort.{self.id}.why")

    def situation(self) -> Situation:
        return situation_of({**self.facts, "scenario": self.answer})


_SLOTS = (QUIZ_NOW.replace(hour=10, minute=0) + timedelta(days=6), QUIZ_NOW.replace(hour=14, minute=0) + timedelta(days=7))
SORTING_CHOICES = ("reschedule", "cancel", "withdraw")
SORTING_CASES = (
    SortingCase("dentist", "reschedule", "act-fast",
                dict(reason="conflict", minutes_to_start=2 * _DAY, proposed_slots=_SLOTS)),
    # Priya has an interview booked: by the guide's own rule for an accepted offer, she cancels it.
    SortingCase("other_offer", "cancel", "cancel-others-after-offer",
                dict(reason="accepted_offer", minutes_to_start=6 * _DAY)),
    SortingCase("not_for_me", "cancel", "cancel-clearly", dict(reason="not_interested", minutes_to_start=7 * _DAY)),
    SortingCase("flu", "reschedule", "act-fast",
                dict(reason="illness", minutes_to_start=4 * 60, proposed_slots=_SLOTS)),
    SortingCase("no_interview_yet", "withdraw", "withdraw-not-needed", dict(reason="accepted_offer")),
    SortingCase("third_round", "withdraw", "withdraw-call-late-stage",
                dict(reason="not_interested", interviews_so_far=3)),
    SortingCase("second_move", "reschedule", "reschedule-once",
                dict(reason="conflict", minutes_to_start=5 * _DAY, times_moved=1, proposed_slots=_SLOTS)),
    SortingCase("tomorrow_morning", "cancel", "cancel-notice",
                dict(reason="not_interested", now=QUIZ_NOW.replace(hour=18, minute=0), minutes_to_start=15 * 60)),
)  # fmt: skip


# The exit ticket: one point from each chapter's checklist, as a rule a participant ticks if they could
# now do it, then one open line.
EXIT_TICKET_RULES = ("call-first", "apology-first", "offer-slots", "realistic-eta", "cancel-clearly", "confirm-in-writing")


def exit_ticket() -> tuple[Rule, ...]:
    return tuple(rule(i) for i in EXIT_TICKET_RULES)


def exit_ticket_lines() -> tuple[str, ...]:
    """The exit ticket's "I can…" statements (``workshop.exit.can.<rule>``), one per rule."""
    return tuple(text(f"workshop.exit.can.{i}") for i in EXIT_TICKET_RULES)
