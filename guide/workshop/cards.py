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

import functools
import random
from dataclasses import dataclass, field
from datetime import timedelta

from ..catalogue import text
from ..domain import SCENARIO_SPECS, SCENARIOS, reason, reasons_for  # noqa: F401  (reasons_for: read by the tests)
from ..rules import Rule, rule, source_label
from ..situation import Situation
from .quiz import QUIZ_NOW, situation_of
DEFAULT_SEED = 1
MAX_ROOM = 40  # the largest room the kit is written for (the facilitator page says 6 to 40)
TRIO = 3  # a candidate, a hiring manager and an observer; each person is the candidate once


def trios_for(people: int) -> int:
    """How many trios a room makes: one or two left over join a trio as a second observer."""
    return max(1, people // TRIO)


# --- the room's grouping: one rule, said the same way everywhere -------------------------------------------
# The printed outline, the facilitator page (its narrative and the card panel) and the pack's summary all
# say how a room splits with ``grouping_rule`` and ``grouping_line`` and nothing else: a room never makes a
# pair (no set is printed for one, and a pair has no observer), except a room of one or two.


@dataclass(frozen=True)
class Grouping:
    people: int
    trios: int
    extra: int  # people left over (0, 1 or 2): each joins a trio as its second observer

    @property
    def pair(self) -> bool:
        """Fewer than three people: one pair plays the set, and the hiring manager also ticks the list."""
        return self.people < TRIO

    @property
    def joined(self) -> tuple[int, ...]:
        """The trios a left-over person joins: the last ones, one each."""
        return tuple(range(self.trios - self.extra + 1, self.trios + 1))


def grouping(people: int) -> Grouping:
    trios = trios_for(people)
    return Grouping(people, trios, 0 if people < TRIO else people - TRIO * trios)


def grouping_rule() -> str:
    """How any room splits, in one sentence (the outline and the facilitator page print this)."""
    return text("workshop.group.rule")


def grouping_line(people: int) -> str:
    """How this room splits: so many trios, and which trio each left-over person joins."""
    g = grouping(people)
    if g.pair:
        return text("workshop.group.pair", people=people)
    line = text("workshop.group.room", people=people, trios=g.trios, plays=TRIO * g.trios)
    if g.extra == 1:
        line += " " + text("workshop.group.extra_one", trio=g.joined[0])
    elif g.extra == 2:
        line += " " + text("workshop.group.extra_two", first=g.joined[0], second=g.joined[1])
    return line


def plays_for_room(people: int) -> int:
    """Role plays a room needs: one set of three per trio, one play per round (13 sets for 40 people)."""
    return TRIO * trios_for(people)


DEFAULT_ROOM = 24
DEFAULT_COUNT = plays_for_room(DEFAULT_ROOM)
MAX_COUNT = plays_for_room(MAX_ROOM) + 1  # 40: a set of 39 and one spare

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


def defined_as(situation: Situation) -> str | None:
    """Which of move, cancel or withdraw the printed definitions (``workshop.define.<scenario>``) make of
    a situation, or None where none fits (only an application sent: nothing to move, cancel or withdraw
    from, as rule ``withdraw-not-needed`` says). Every key, card and quiz answer is checked against it."""
    spec = reason(situation.reason)
    still_wants_it = spec is not None and not spec.took_other_offer and spec.id != "not_interested"
    booked = situation.interview_at is not None
    if still_wants_it:
        return "reschedule" if booked else None
    if situation.interviews_so_far >= 1:
        return "withdraw"
    return "cancel" if booked else None


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
    # A call that goes to plan: not for missed or late, whose calls have enough hard reactions to meet.
    "plain": (("reschedule", "cancel", "withdraw"), "thank-them"),
    "voicemail": (("missed", "late", "reschedule", "cancel"), "no-answer"),
    "position_filled": (("missed", "reschedule"), "gracious-if-declined"),
    "why_missed": (("missed", "late"), "no-invented-excuses"),
    "unworkable_time": (("missed", "reschedule"), "offer-slots"),
    "curt": (("missed",), "no-blame"),
    # The angry manager when the candidate is running late (they did call: nobody can say they didn't).
    "curt_late": (("late",), "no-blame"),
    # And when the candidate asks to move it, or cancels at short notice: annoyed, not accusing.
    "curt_move": (("reschedule",), "no-blame"),
    "curt_cancel": (("cancel",), "no-blame"),
    "asks_to_stay": (("cancel", "withdraw"), ("cancel-clearly", "withdraw-clearly")),
    # The hard calls a room fears (``HARD_CALLS``): a full mailbox, the agency's recruiter, a second no-show.
    "voicemail_full": (("missed", "late", "reschedule", "cancel"), "no-phone-number"),
    "agency": (SCENARIOS, "booked-by-agency"),
    "second_miss": (("missed",), "what-happened-answer"),
}
# The hard calls, each with its answer key: the guide's own advice for it (rules, printed with their
# sources on the counselor's key page; a test checks each is what ``advise()`` gives for the card).
HARD_CALLS: dict[str, tuple[str, ...]] = {
    "curt": ("curt-recruiter",),
    "curt_late": ("curt-recruiter",),
    "curt_move": ("no-blame", "gracious-if-declined"),
    "curt_cancel": ("no-blame", "cancel-clearly"),
    "position_filled": ("gracious-if-declined",),
    "voicemail_full": ("no-phone-number",),
    "agency": ("booked-by-agency",),
    "second_miss": ("what-happened-answer", "reschedule-once"),
}
# Twists whose fact the candidate knows before calling (who booked it; that it is the second date): said on
# the candidate's card, with its "if…" line on that card only. The reaction itself stays on the manager's.
KNOWN_TWISTS = frozenset({"agency", "second_miss"})
# What a known twist adds to the card's situation, as the app would be told it.
TWIST_FACTS: dict[str, dict[str, object]] = {"second_miss": {"times_moved": 1}}
# What a twist holds against the candidate. A card whose own facts say the candidate did that thing right
# never gets the twist (``done_right``): "You didn't even call!" cannot meet a call made before the start.
TWIST_ACCUSES: dict[str, tuple[str, ...]] = {"curt": ("call_before_start",)}


def twist_rule(twist: str, scenario: str) -> str:
    """The rule the observer listens for in ``twist``, for ``scenario``."""
    candidates = TWISTS[twist][1]
    candidates = (candidates,) if isinstance(candidates, str) else candidates
    return next(r for r in candidates if scenario in rule(r).scenarios)


# How the hiring manager comes across, so they are not all the same person (a curt one is its own twist,
# and a voicemail has nobody on the line to play).
PERSONAS = ("busy", "warm", "formal")
NO_PERSONA = ("curt", "curt_late", "curt_move", "curt_cancel", "voicemail", "voicemail_full", "second_miss")
NOBODY_ANSWERS = ("voicemail", "voicemail_full")  # the card is a recording, not a person


def timing_done_right(timing: str) -> frozenset[str]:
    """What a card with this timing says the candidate did right: calling before the interview started."""
    minutes = TIMING_FACTS[timing].get("minutes_to_start")
    return frozenset({"call_before_start"} if isinstance(minutes, int) and minutes > 0 else ())

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


# --- the model script: the same rules as the observer's checklist --------------------------------------------
# The call, in the order it is said: each rule is one sentence of the call (``workshop.say.<scenario>.<rule>``)
# after who is calling (``workshop.say.<scenario>.open``). A rule with no sentence in a scenario's call is
# said only if the call meets that reaction: an "if…" line (``workshop.say.if.<rule>``). Each card's script
# holds a line for every rule its observer listens for, and "if…" lines for every reaction its scenario may
# meet, so the script gives away no twist.
CALL_ORDER = (
    "take-responsibility", "honest-brief", "realistic-eta", "offer-reschedule-if-very-late", "cancel-clearly", "withdraw-clearly",
    "no-other-employer", "ask-new-time", "offer-slots", "thank-them",
)  # fmt: skip
TIMING_ONLY = frozenset(TIMING_RULES.values())  # said only at the timing that calls for it


def _has(key: str) -> bool:
    from ..catalogue import source_table

    return key in source_table()


def _call_rules(scenario: str, timing: str | None = None) -> tuple[str, ...]:
    """The rules a scenario's call says, in order; ``timing`` None: every line any of its timings says."""
    return tuple(
        r for r in CALL_ORDER
        if _has(f"workshop.say.{scenario}.{r}") and (r not in TIMING_ONLY or timing is None or TIMING_RULES.get(timing) == r)
    )  # fmt: skip


def _reaction_rules(scenario: str, timing: str | None = None) -> tuple[str, ...]:
    """The "if…" lines: each reaction a call of this scenario (at ``timing``) may meet, whose rule the
    call does not already say."""
    called = _call_rules(scenario)
    twists = [
        t for tm in ((timing,) if timing else TIMINGS[scenario]) for t in twists_for(scenario, tm) if t not in KNOWN_TWISTS
    ]  # fmt: skip
    return tuple(dict.fromkeys(twist_rule(t, scenario) for t in twists if twist_rule(t, scenario) not in called))


def script_rules(scenario: str, timing: str | None = None) -> tuple[str, ...]:
    return _call_rules(scenario, timing) + _reaction_rules(scenario, timing)


@functools.lru_cache(maxsize=None)
def owns_mistake(scenario: str, timing: str | None = None, why: str | None = None) -> bool:
    """Whether the call owns a mistake, as ``advise()`` says for that situation (``Facts.own_doing``: the
    reason was the candidate's doing, like oversleeping). With no reason known, it owns none: "that was my
    mistake" is never said for a reason it does not fit (illness, traffic, a family emergency)."""
    if why is None:
        return False
    if timing is None:
        return bool(reason(why) and reason(why).own_doing)  # type: ignore[union-attr]
    from ..advice import advise

    facts = advise(situation_of({**TIMING_FACTS[timing], "scenario": scenario, "reason": why})).facts
    return bool(facts and facts.own_doing)


def script_line(scenario: str, rule_id: str, why: str | None = None, timing: str | None = None) -> str:
    """The words of the script that say ``rule_id``: a sentence of the call, else its "if…" line. The
    apology owns a mistake only where ``advise()`` says the reason was the candidate's doing
    (``owns_mistake``); otherwise it is the ``.not_own`` wording ("I am very sorry I could not be there")."""
    key = f"workshop.say.{scenario}.{rule_id}"
    if _has(f"{key}.not_own") and not owns_mistake(scenario, timing, why):
        return text(f"{key}.not_own")
    return text(key) if _has(key) else text(f"workshop.say.if.{rule_id}")


def model_call(scenario: str, timing: str | None = None, why: str | None = None) -> str:
    """The call itself, in quotation marks, as one paragraph."""
    said = [
        text(f"workshop.say.{scenario}.open"),
        *(script_line(scenario, r, why, timing) for r in _call_rules(scenario, timing)),
    ]
    return text("workshop.say.quoted", call=" ".join(said))


def model_script(scenario: str, timing: str | None = None, why: str | None = None) -> tuple[str, ...]:
    """The call, then one "if…" line for each reaction the call may meet."""
    return (
        model_call(scenario, timing, why),
        *(script_line(scenario, r, why, timing) for r in _reaction_rules(scenario, timing)),
    )


# The model call read aloud to the room (the print pack's "model phone calls", one per scenario): each is
# for one stated situation (when, and the reason), so its apology is what ``advise()`` says for it. The
# missed call is the facilitator page's own example: an interview missed because of traffic.
# Keyed by timing (each scenario's own, from ``guide.domain``): the reason its model call is for.
MODEL_REASONS: dict[str, str] = {
    "missed_this_morning": "traffic",
    "late_10": "overslept",
    "reschedule_tomorrow": "illness",
    "cancel_in_three_days": "not_interested",
    "withdraw_after_two": "accepted_offer",
}
MODEL_CASES: dict[str, tuple[str, str]] = {
    sc: next((tm, MODEL_REASONS[tm]) for tm in TIMINGS[sc] if tm in MODEL_REASONS) for sc in SCENARIOS
}


def model_case_lines(scenario: str) -> tuple[str, ...]:
    """The model call's card: its situation (when, the reason), then the call and its "if…" lines."""
    timing, why = MODEL_CASES[scenario]
    return (
        text(f"workshop.timing.{timing}"),
        text("workshop.card.reason", reason=text(reason(why).label)),  # type: ignore[union-attr]
        *model_script(scenario, timing, why),
    )


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

    def done_right(self) -> frozenset[str]:
        """What the card's own facts say the candidate did right (no twist may accuse them of the opposite)."""
        return timing_done_right(self.timing)

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
        facts = {**TIMING_FACTS[self.timing], **TWIST_FACTS.get(self.twist, {})}
        return situation_of({**facts, "scenario": self.scenario, "reason": self.reason})

    # The words on each card, from the catalogue.
    def situation_line(self) -> str:
        return text(SCENARIO_SPECS[self.scenario].workshop.situation, company=self.company, role=self.role)

    def candidate_lines(self) -> tuple[str, ...]:
        lines = [
            self.situation_line(),
            text("workshop.card.reason", reason=text(reason(self.reason).label)),  # type: ignore[union-attr]
            text(f"workshop.timing.{self.timing}"),
            *((text(f"workshop.card.known.{self.twist}"),) if self.twist in KNOWN_TWISTS else ()),
            text(SCENARIO_SPECS[self.scenario].workshop.goal),
        ]
        if self.scenario in DEFINITION_RULES:
            lines.append(definition(self.scenario))
        lines.append(text("workshop.card.script_intro"))
        lines.extend(self.script_lines())
        return tuple(lines)

    def script_lines(self) -> tuple[str, ...]:
        """The model script on the candidate's card: the call for its scenario and timing, then "if…" lines
        (and the line for a twist whose fact the card states, ``KNOWN_TWISTS``)."""
        known = (
            (script_line(self.scenario, twist_rule(self.twist, self.scenario), self.reason, self.timing),)
            if self.twist in KNOWN_TWISTS else ()
        )  # fmt: skip
        return model_script(self.scenario, self.timing, self.reason) + known

    def manager_lines(self) -> tuple[str, ...]:
        if self.twist in NOBODY_ANSWERS:
            # Nobody is on the line: the card is the greeting, read out, and a "beep" (or a full mailbox).
            return (
                text("workshop.card.manager.voicemail", company=self.company, role=self.role),
                text(f"workshop.twist.{self.twist}.greeting", company=self.company),
                text(f"workshop.twist.{self.twist}"),
            )
        context = (
            "workshop.card.manager.context.agency" if self.twist == "agency"
            else SCENARIO_SPECS[self.scenario].workshop.manager
        )  # fmt: skip
        lines = [text(context, company=self.company, role=self.role)]
        if self.twist not in NO_PERSONA:
            lines.append(text(f"workshop.card.manager.persona.{self.persona}"))
        lines += [text(f"workshop.twist.{self.twist}"), text("workshop.card.manager.stay_in_role")]
        return tuple(lines)

    def observer_lines(self) -> tuple[str, ...]:
        return (self.situation_line(), text(f"workshop.timing.{self.timing}"))


def _playable_reasons(timing: str) -> tuple[str, ...]:
    return tuple(r for r in REASONS_BY_TIMING[timing] if r not in UNPLAYABLE_REASONS)


def twists_for(scenario: str, timing: str | None = None) -> tuple[str, ...]:
    """The reactions a scenario's call may meet; with ``timing``, only those that fit what the card says
    happened (none accuses the candidate of what they did right)."""
    right = timing_done_right(timing) if timing else frozenset()
    return tuple(
        t for t, (scenarios, _rule) in TWISTS.items()
        if scenario in scenarios and not right & set(TWIST_ACCUSES.get(t, ()))
    )  # fmt: skip


def _scenario_order(rng: random.Random, count: int) -> list[str]:
    """The scenarios, dealt a trio's set at a time: three different ones in each set, the least used first
    (ties drawn), so every scenario comes round in turn."""
    used = dict.fromkeys(SCENARIOS, 0)
    order: list[str] = []
    while len(order) < count:
        size = min(TRIO, count - len(order))
        # Missed first among the least used: it is the workshop's main case, and it has the most reactions.
        chosen = sorted(SCENARIOS, key=lambda sc: (used[sc], sc != "missed", rng.random()))[:size]
        rng.shuffle(chosen)
        for sc in chosen:
            used[sc] += 1
        order.extend(chosen)
    return order


def role_play_set(seed: int = DEFAULT_SEED, count: int = DEFAULT_COUNT) -> tuple[RolePlay, ...]:
    """``count`` role plays dealt from ``seed``, in trios' sets of three (``trio_sets``): three different
    scenarios in a set, every scenario in turn.

    No near-duplicates: each scenario's (timing, twist, reason) combinations are dealt from a shuffled
    deck, started again only once all are used; each scenario's reactions come round in turn (the least
    met first), and the next play of a scenario differs from the one before in when, where it can.
    """
    if not 1 <= count <= MAX_COUNT:
        raise ValueError(f"count must be between 1 and {MAX_COUNT}")
    rng = random.Random(seed)
    decks: dict[str, list[tuple[str, str, str]]] = {}
    last: dict[str, tuple[str, str, str]] = {}
    twists_used: dict[str, dict[str, int]] = {}
    plays = []
    for number, scenario in enumerate(_scenario_order(rng, count), start=1):
        if not decks.get(scenario):
            decks[scenario] = [
                (tm, tw, rs) for tm in TIMINGS[scenario] for tw in twists_for(scenario, tm) for rs in _playable_reasons(tm)
            ]
            rng.shuffle(decks[scenario])
        deck, before = decks[scenario], last.get(scenario, ("", "", ""))
        seen = twists_used.setdefault(scenario, dict.fromkeys(TWISTS, 0))
        # The reaction least met so far in this scenario first, so every hard call comes round before any
        # comes twice; then one that differs from the play before in when, in the deck's shuffled order.
        pick = min(deck, key=lambda p: (seen[p[1]], p[1] == before[1], p[0] == before[0], deck.index(p)))
        deck.remove(pick)
        timing, twist, why = last[scenario] = pick
        seen[twist] += 1
        company = rng.randint(1, COMPANIES)
        plays.append(
            RolePlay(
                number=number,
                scenario=scenario,
                reason=why,
                timing=timing,
                twist=twist,
                company=text(f"workshop.company.{company}"),
                role=text(f"workshop.role.{company}"),
                persona=rng.choice(PERSONAS),
            )
        )
    return tuple(plays)


def trio_sets(plays: tuple[RolePlay, ...]) -> tuple[tuple[RolePlay, ...], ...]:
    """The plays as trios' sets: plays 1–3 for the first trio, 4–6 for the second, and so on."""
    return tuple(plays[i : i + TRIO] for i in range(0, len(plays), TRIO))


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
    # Jon has had an interview there: by the definition, leaving that process is withdrawing.
    SortingCase("waiting_to_hear", "withdraw", "offer-accepted-first", dict(reason="accepted_offer", interviews_so_far=1)),
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
