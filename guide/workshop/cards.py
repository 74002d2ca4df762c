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
from dataclasses import dataclass

from ..catalogue import text
from ..domain import SCENARIO_SPECS, SCENARIOS, reason, reasons_for
from ..rules import Rule, rule
DEFAULT_SEED = 1
DEFAULT_COUNT = 2 * len(SCENARIOS)  # two of each scenario: enough for a room of 40 in pairs or trios taking turns
MAX_COUNT = 40

# When it happens (each scenario's ``workshop.timings`` in ``guide.domain``); the wording is
# ``workshop.timing.<key>``.
TIMINGS: dict[str, tuple[str, ...]] = {sc: spec.workshop.timings for sc, spec in SCENARIO_SPECS.items()}

# The hiring manager's twist (an employer reaction card), the scenarios it fits, and the rule the
# observer then watches for. ``plain`` is a call that simply goes well.
TWISTS: dict[str, tuple[tuple[str, ...], str]] = {
    "plain": (SCENARIOS, "thank-them"),
    "voicemail": (("missed", "late", "reschedule", "cancel"), "no-answer"),
    "position_filled": (("missed", "reschedule"), "gracious-if-declined"),
    "why_missed": (("missed", "late"), "no-invented-excuses"),
    "unworkable_time": (("missed", "reschedule"), "offer-slots"),
    "asks_to_stay": (("cancel", "withdraw"), "cancel-clearly"),
}

# What the observer watches in every call of that scenario, before the twist's own rule.
OBSERVER_RULES: dict[str, tuple[str, ...]] = {
    sc: spec.workshop.observer_rules for sc, spec in SCENARIO_SPECS.items()
}
# More than about 20 minutes late changes what a good call offers.
TIMING_RULES = {"late_30": "offer-reschedule-if-very-late", "late_10": "call-order"}

# Reasons too vague to act out.
UNPLAYABLE_REASONS = {"other"}
COMPANIES = 6  # workshop.company.1..6 and workshop.role.1..6: made-up employers and jobs


@dataclass(frozen=True)
class RolePlay:
    number: int
    scenario: str
    reason: str
    timing: str
    twist: str
    company: str
    role: str

    @property
    def rubric(self) -> tuple[Rule, ...]:
        """The observer's checklist: the scenario's rules, the timing's and the twist's, each once."""
        ids = list(OBSERVER_RULES[self.scenario])
        for extra in (TIMING_RULES.get(self.timing), TWISTS[self.twist][1]):
            if extra and extra not in ids:
                ids.append(extra)
        return tuple(rule(i) for i in ids)

    # The words on each card, from the catalogue.
    def situation_line(self) -> str:
        return text(SCENARIO_SPECS[self.scenario].workshop.situation, company=self.company, role=self.role)

    def candidate_lines(self) -> tuple[str, ...]:
        return (
            self.situation_line(),
            text("workshop.card.reason", reason=text(reason(self.reason).label)),  # type: ignore[union-attr]
            text(f"workshop.timing.{self.timing}"),
            text(SCENARIO_SPECS[self.scenario].workshop.goal),
            text("workshop.card.candidate.model"),
        )

    def manager_lines(self) -> tuple[str, ...]:
        return (
            text(SCENARIO_SPECS[self.scenario].workshop.manager, company=self.company, role=self.role),
            text(f"workshop.twist.{self.twist}"),
            text("workshop.card.manager.stay_in_role"),
        )

    def observer_lines(self) -> tuple[str, ...]:
        return (self.situation_line(), text(f"workshop.timing.{self.timing}"))


def _playable_reasons(scenario: str) -> tuple[str, ...]:
    return tuple(r for r in reasons_for(scenario) if r not in UNPLAYABLE_REASONS)


def twists_for(scenario: str) -> tuple[str, ...]:
    return tuple(t for t, (scenarios, _rule) in TWISTS.items() if scenario in scenarios)


def role_play_set(seed: int = DEFAULT_SEED, count: int = DEFAULT_COUNT) -> tuple[RolePlay, ...]:
    """``count`` role plays dealt from ``seed``: the scenarios in turn (shuffled each round), the rest drawn."""
    if not 1 <= count <= MAX_COUNT:
        raise ValueError(f"count must be between 1 and {MAX_COUNT}")
    rng = random.Random(seed)
    order: list[str] = []
    while len(order) < count:
        order.extend(rng.sample(SCENARIOS, len(SCENARIOS)))
    plays = []
    for number, scenario in enumerate(order[:count], start=1):
        company = rng.randint(1, COMPANIES)
        plays.append(
            RolePlay(
                number=number,
                scenario=scenario,
                reason=rng.choice(_playable_reasons(scenario)),
                timing=rng.choice(TIMINGS[scenario]),
                twist=rng.choice(twists_for(scenario)),
                company=text(f"workshop.company.{company}"),
                role=text(f"workshop.role.{company}"),
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


@dataclass(frozen=True)
class SortingCase:
    """One case to sort into move, cancel or withdraw; ``answer`` is a scenario, ``rule_id`` the reason."""

    id: str
    answer: str
    rule_id: str

    @property
    def case(self) -> str:
        return text(f"workshop.sort.{self.id}.case")

    @property
    def why(self) -> str:
        return text(f"workshop.sort.{self.id}.why")


SORTING_CHOICES = ("reschedule", "cancel", "withdraw")
SORTING_CASES = (
    SortingCase("dentist", "reschedule", "act-fast"),
    SortingCase("other_offer", "withdraw", "cancel-others-after-offer"),
    SortingCase("not_for_me", "cancel", "cancel-clearly"),
    SortingCase("flu", "reschedule", "weak-reasons"),
    SortingCase("no_interview_yet", "withdraw", "withdraw-not-needed"),
    SortingCase("third_round", "withdraw", "withdraw-call-late-stage"),
    SortingCase("second_move", "reschedule", "reschedule-once"),
    SortingCase("tomorrow_morning", "cancel", "cancel-notice"),
)


# The exit ticket: one point from each chapter's checklist, as a rule a participant ticks if they could
# now do it, then one open line.
EXIT_TICKET_RULES = ("call-first", "apology-first", "offer-slots", "realistic-eta", "cancel-clearly", "confirm-in-writing")


def exit_ticket() -> tuple[Rule, ...]:
    return tuple(rule(i) for i in EXIT_TICKET_RULES)
