"""The guidance as data: each rule once, with where it comes from.

The plan, the messages' structure and (later) the draft review all cite these rules, so a rule is
written once and its source travels with it. ``source`` is the file name of one of the four guidance
documents, or ``"hiring practice"`` for common advice beyond them; the sentence itself lives in the
catalogue under ``rule.<id>`` so a translation never has to touch this file.
"""

from __future__ import annotations

from dataclasses import dataclass

from .catalogue import text
from .domain import SCENARIO_SPECS, SCENARIOS

# The four source documents (see ../shared/guidance) and what each is about, for readers of this file.
APOLOGY_LETTER = "000_3c29c32ea522268d.txt"  # call at once, then a brief formal apology letter
PHONE_OR_EMAIL = "001_21a47bea370c2c15.txt"  # apologize by phone, ask again, prevention, follow-up email
REBOUND = "002_0b928312843e7f91.txt"  # acknowledge the mistake, show commitment, be careful after
BACKING_OUT = "003_39a87e99f4cab505.txt"  # canceling and withdrawing cleanly
HIRING_PRACTICE = "hiring practice"
# Where the advice depends on the reader's country: the law it rests on, named (no copy of a law is beside
# the checkout, so each is cited by its name), or what a country's public services are well known to do.
ADA = "law.US.ada"  # Americans with Disabilities Act: employers of 15 or more, accommodation on request
EQUALITY_ACT = "law.GB.equality-act"  # Equality Act 2010: reasonable adjustments for a disabled candidate
SPAIN_DISABILITY_LAW = "law.ES.lgdpd"  # Real Decreto Legislativo 1/2013, art. 40: adapting the job
MEXICO_LABOR_LAW = "law.MX.lft-lgipd"  # Ley Federal del Trabajo art. 133; LGIPD's "ajustes razonables"
LAWS = (ADA, EQUALITY_ACT, SPAIN_DISABILITY_LAW, MEXICO_LABOR_LAW)
WELL_KNOWN = "well-known practice"  # what a country's public employment service is known to offer

DOCUMENTS = (APOLOGY_LETTER, PHONE_OR_EMAIL, REBOUND, BACKING_OUT)  # the files of ../shared/guidance
SOURCES = (*DOCUMENTS, HIRING_PRACTICE, *LAWS, WELL_KNOWN)
ALL = SCENARIOS


def source_label(source: str) -> str:
    """A source as a reader knows it ("an article on ..."), not by its file name."""
    return text(f"ui.source.{source}")


@dataclass(frozen=True)
class Rule:
    id: str
    source: str
    scenarios: tuple[str, ...]
    # Where it holds, as ISO country codes (the codes of ``guide.policy`` and ``employer_country``);
    # empty: everywhere. A reader is shown the countries their language lists (``countries_shown``).
    countries: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return text(f"rule.{self.id}")


def _rule(id: str, source: str, *scenarios: str) -> Rule:
    return Rule(id, source, tuple(scenarios) or ALL)


def _rule_in(countries: tuple[str, ...], id: str, source: str, *scenarios: str) -> Rule:
    """A rule that holds only in ``countries`` (the law there, or its public services)."""
    return Rule(id, source, tuple(scenarios) or ALL, countries)


RULES: tuple[Rule, ...] = (
    _rule("act-fast", PHONE_OR_EMAIL, "missed", "late", "reschedule", "cancel"),
    _rule("call-first", APOLOGY_LETTER, "missed", "late", "reschedule"),
    _rule("check-messages", HIRING_PRACTICE, "missed"),
    _rule("same-day", HIRING_PRACTICE, "missed"),  # 001 says "a day or two"; "the same day" is hiring practice
    _rule("no-answer", HIRING_PRACTICE, "missed", "late", "reschedule", "cancel"),
    _rule("confirm-received", APOLOGY_LETTER, "reschedule", "cancel"),
    _rule("honest-brief", BACKING_OUT, "missed", "late", "reschedule", "cancel"),
    _rule("no-invented-excuses", HIRING_PRACTICE, "missed", "late", "reschedule", "cancel"),
    _rule("take-responsibility", PHONE_OR_EMAIL, "missed", "late"),
    _rule("ask-new-time", PHONE_OR_EMAIL, "missed", "reschedule"),
    _rule("offer-slots", HIRING_PRACTICE, "missed", "reschedule"),
    _rule("prevention", PHONE_OR_EMAIL, "missed", "late", "reschedule"),
    _rule("email-after-call", PHONE_OR_EMAIL, "missed", "late"),
    # When the plan writes first (their office closed): the call and the email cite these instead of
    # "call first", so no step says one order while the plan keeps another.
    _rule("write-while-closed", PHONE_OR_EMAIL, "missed", "reschedule", "cancel", "withdraw"),
    _rule("no-answer-written", APOLOGY_LETTER, "missed", "reschedule"),
    _rule("formal-letter", APOLOGY_LETTER, "missed"),  # after lateness a thank-you, not a letter
    _rule("confirm-in-writing", HIRING_PRACTICE, "missed", "late", "reschedule"),
    _rule("gracious-if-declined", PHONE_OR_EMAIL, "missed", "reschedule"),
    _rule("follow-up-once", HIRING_PRACTICE, "missed", "reschedule"),
    _rule("follow-up-times", HIRING_PRACTICE, "missed", "reschedule"),  # the one follow-up, before a time offered
    _rule("reschedule-once", HIRING_PRACTICE, "missed", "reschedule"),
    _rule("realistic-eta", HIRING_PRACTICE, "late"),
    _rule("offer-reschedule-if-very-late", HIRING_PRACTICE, "late"),
    _rule("call-order", HIRING_PRACTICE, "late"),
    _rule("text-only-if-they-text", HIRING_PRACTICE, "late", "reschedule", "cancel"),
    _rule("cancel-notice", HIRING_PRACTICE, "reschedule", "cancel", "withdraw"),
    _rule("cancel-clearly", BACKING_OUT, "cancel"),
    _rule("withdraw-clearly", BACKING_OUT, "withdraw"),
    _rule("withdraw-letter", HIRING_PRACTICE, "withdraw"),
    _rule("weak-reasons", BACKING_OUT, "cancel"),
    _rule("keep-it-short", HIRING_PRACTICE),
    _rule("thank-them", APOLOGY_LETTER),
    _rule("no-other-employer", HIRING_PRACTICE, "cancel", "withdraw"),
    _rule("future-roles", HIRING_PRACTICE, "cancel", "withdraw"),
    _rule("withdraw-call-late-stage", HIRING_PRACTICE, "withdraw"),
    _rule("withdraw-not-needed", HIRING_PRACTICE, "withdraw"),
    _rule("show-commitment", REBOUND, "missed", "late"),
    _rule("arrive-early", REBOUND, "missed", "late", "reschedule"),
    _rule("on-arrival", HIRING_PRACTICE, "late"),
    _rule("late-stage-call", HIRING_PRACTICE, "missed", "late", "reschedule", "cancel"),
    _rule("stop-safely", HIRING_PRACTICE, "late"),
    # What a well-written message looks like (used by the draft review).
    _rule("apology-first", APOLOGY_LETTER, "missed", "late"),
    _rule("close-warmly", PHONE_OR_EMAIL),
    _rule("formal-register", PHONE_OR_EMAIL),
    _rule("plain-words", BACKING_OUT),
    _rule("subject-line", HIRING_PRACTICE),
    _rule("details-right", REBOUND),
    _rule("name-the-appointment", HIRING_PRACTICE, "missed", "late", "reschedule", "cancel"),
    # "honest-brief" now says only what the backing-out document says (honest and concise); what hiring
    # practice adds about blame, health and private matters is worded in rules of its own.
    _rule("no-blame", HIRING_PRACTICE, "missed", "late", "reschedule", "cancel"),
    _rule("no-medical-detail", HIRING_PRACTICE, "missed", "late", "reschedule", "cancel"),
    _rule("personal-matter", HIRING_PRACTICE, "missed", "late", "reschedule", "cancel"),
    _rule("move-rather-than-cancel", BACKING_OUT, "cancel"),
    # Another job accepted, as cancel and withdraw are defined once (``workshop.define.*``, chapter 3): cancel
    # each interview still booked (the article's own advice), withdraw where you have been interviewed.
    _rule("offer-accepted-first", APOLOGY_LETTER, "withdraw"),
    _rule("cancel-others-after-offer", APOLOGY_LETTER, "cancel", "withdraw"),
    _rule("booked-by-agency", HIRING_PRACTICE),
    _rule("no-phone-number", PHONE_OR_EMAIL, "missed", "late", "reschedule", "cancel"),
    _rule("after-two-days", REBOUND, "missed"),
    _rule("what-happened-answer", REBOUND, "missed", "late"),
    # On the day and after, health and a person's own phone: the situations a counselor hears most.
    _rule("video-fails", HIRING_PRACTICE, "late"),
    _rule("scheduling-link", HIRING_PRACTICE, "reschedule", "cancel"),
    _rule("curt-recruiter", HIRING_PRACTICE, "missed", "late"),
    _rule("stop-after-follow-up", HIRING_PRACTICE, "missed", "reschedule"),
    _rule("proof", HIRING_PRACTICE, "missed"),
    _rule("accommodation", HIRING_PRACTICE, "missed", "late", "reschedule"),
    _rule("own-phone", HIRING_PRACTICE, "missed", "late", "reschedule"),
    _rule("support-services", HIRING_PRACTICE, "late"),
    # Where you live: what the law lets you ask for a disability, and the free public employment services.
    _rule_in(("US",), "accommodation-law-us", ADA, "missed", "late", "reschedule"),
    _rule_in(("US",), "accommodation-help-us", HIRING_PRACTICE, "missed", "late", "reschedule"),
    _rule_in(("GB",), "accommodation-law-gb", EQUALITY_ACT, "missed", "late", "reschedule"),
    _rule_in(("ES",), "accommodation-law-es", SPAIN_DISABILITY_LAW, "missed", "late", "reschedule"),
    _rule_in(("ES",), "employment-service-es", WELL_KNOWN, "missed", "late"),
    _rule_in(("MX",), "accommodation-law-mx", MEXICO_LABOR_LAW, "missed", "late", "reschedule"),
    _rule_in(("MX",), "employment-service-mx", WELL_KNOWN, "missed", "late"),
)

BY_ID: dict[str, Rule] = {r.id: r for r in RULES}


def rule(rule_id: str) -> Rule:
    return BY_ID[rule_id]


def rules_for(scenario: str) -> tuple[Rule, ...]:
    return tuple(r for r in RULES if scenario in r.scenarios)


def rules_in(country: str) -> tuple[Rule, ...]:
    """The rules that hold only in ``country`` (an ISO code)."""
    return tuple(r for r in RULES if country.upper() in r.countries)


def countries_shown(language: str | None = None) -> tuple[str, ...]:
    """The countries whose law and services a reader in ``language`` is shown, in order: data of each
    language's catalogue (``rule.countries``), so a new language or country needs no code."""
    return tuple(c.strip().upper() for c in text("rule.countries", language).split("|") if c.strip())


# After the first message: what the chapters on the days after show. Not a scenario of its own, so it
# never reaches the form; it only names an ordering of advice.
AFTER = "after"

# The points that matter most in each situation, in the order a counselor would say them: what to do
# first comes first (each scenario's ``key_points`` in ``guide.domain``). The full list of a scenario
# (``rules_for``) is still shown, folded, below these.
KEY_POINTS: dict[str, tuple[str, ...]] = {
    **{sc: spec.key_points for sc, spec in SCENARIO_SPECS.items()},
    AFTER: (
        "confirm-in-writing", "prevention", "arrive-early", "what-happened-answer", "show-commitment",
        "follow-up-once", "stop-after-follow-up",
        "gracious-if-declined",
    ),
}


def key_points(scenario: str) -> tuple[Rule, ...]:
    """The few rules that matter most for ``scenario`` (or ``AFTER``), most urgent first."""
    return tuple(BY_ID[rule_id] for rule_id in KEY_POINTS[scenario])


# All the advice, shown once (in the chapter on the days after) rather than under every situation, in
# groups a reader scans for: each rule in exactly one group, the groups in the order things happen.
GROUPS: dict[str, tuple[str, ...]] = {
    "first-contact": (
        "act-fast", "check-messages", "call-first", "same-day", "no-phone-number", "no-answer", "no-answer-written",
        "call-order", "booked-by-agency", "scheduling-link", "text-only-if-they-text", "stop-safely",
        "write-while-closed", "confirm-received",
        "late-stage-call",
    ),
    "what-to-say": (
        "apology-first", "take-responsibility", "honest-brief", "no-blame", "no-invented-excuses",
        "no-medical-detail", "personal-matter", "proof", "prevention", "curt-recruiter", "what-happened-answer",
    ),
    "on-the-day": ("realistic-eta", "offer-reschedule-if-very-late", "on-arrival", "video-fails", "support-services"),
    "new-time": (
        "ask-new-time", "offer-slots", "reschedule-once", "accommodation", "after-two-days", "confirm-in-writing",
        "gracious-if-declined",
    ),
    "cancel-or-withdraw": (
        "move-rather-than-cancel", "cancel-notice", "cancel-clearly", "withdraw-clearly", "weak-reasons",
        "offer-accepted-first", "cancel-others-after-offer", "withdraw-call-late-stage", "withdraw-letter",
        "withdraw-not-needed", "no-other-employer", "future-roles",
    ),
    "writing": (
        "email-after-call", "keep-it-short", "plain-words", "formal-register", "subject-line", "details-right",
        "name-the-appointment", "formal-letter", "thank-them", "close-warmly",
    ),
    "after": ("follow-up-once", "follow-up-times", "stop-after-follow-up", "show-commitment", "arrive-early", "own-phone"),
    "where-you-live": (
        "accommodation-law-us", "accommodation-help-us", "accommodation-law-gb", "accommodation-law-es",
        "employment-service-es", "accommodation-law-mx", "employment-service-mx",
    ),
}


def grouped(language: str | None = None) -> tuple[tuple[str, tuple[Rule, ...]], ...]:
    """Every rule once, in its group: ``((group, rules), ...)``; a rule that holds only in some countries
    is kept when one of them is a country the reader's language shows, in that order."""
    shown = countries_shown(language)
    rank = {c: i for i, c in enumerate(shown)}

    def keep(rule: Rule) -> bool:
        return not rule.countries or any(c in rank for c in rule.countries)

    out = []
    for group, ids in GROUPS.items():
        rules = [BY_ID[rule_id] for rule_id in ids if keep(BY_ID[rule_id])]
        rules.sort(key=lambda r: min((rank[c] for c in r.countries if c in rank), default=-1))
        if rules:
            out.append((group, tuple(rules)))
    return tuple(out)


def local_rules(language: str | None = None) -> tuple[Rule, ...]:
    """The law and free help in the countries a reader in ``language`` is shown (``where-you-live``)."""
    return dict(grouped(language)).get("where-you-live", ())
