"""What the draft review checks, as data: which rule each check enforces, how much it matters, where it
applies, and the word lists it looks for.

Each check cites a guidance rule of ``guide/rules.py``, so the review, the plan and the messages share
one statement of each rule and its source.

The word lists are deliberately small and specific: a check that fires on ordinary wording would teach
candidates to ignore the review. Every pattern is a regular-expression fragment matched
case-insensitively on the draft, whose curly quotes have been straightened first.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .catalogue import table
from .rules import BY_ID, Rule

MUST, SHOULD, STYLE = "must", "should", "style"
SEVERITIES = (MUST, SHOULD, STYLE)  # most important first
# How much a check weighs in the 0-100 score: a missing apology matters more than a long sentence.
WEIGHTS = {MUST: 3, SHOULD: 2, STYLE: 1}

WRITTEN = ("email", "letter")
SPOKEN = ("phone", "voicemail")
EVERY_CHANNEL = ("phone", "voicemail", "email", "letter", "text")


def guidance_rule(rule_id: str) -> Rule:
    """The guidance rule a check cites."""
    return BY_ID[rule_id]


@dataclass(frozen=True)
class Check:
    """One line of the review. ``where`` maps each scenario it applies to onto the channels it applies to;
    ``None`` means every scenario, and also a draft whose scenario is unknown, on ``channels``."""

    id: str
    rule_id: str
    severity: str
    where: dict[str, tuple[str, ...]] | None = None
    channels: tuple[str, ...] = EVERY_CHANNEL
    needs_situation: bool = False  # compares the draft with what the candidate entered

    def applies(self, scenario: str | None, channel: str) -> bool:
        if self.where is None:
            return channel in self.channels
        return scenario is not None and channel in self.where.get(scenario, ())

    @property
    def rule(self) -> Rule:
        return guidance_rule(self.rule_id)


def _on(channels: tuple[str, ...], *scenarios: str) -> dict[str, tuple[str, ...]]:
    return {s: channels for s in scenarios}


# In order of importance: findings of equal severity are listed in this order.
CHECKS: tuple[Check, ...] = (
    Check("no-placeholders", "details-right", MUST),
    Check("details-match", "details-right", MUST, needs_situation=True),
    Check("apology-first", "apology-first", MUST, _on(EVERY_CHANNEL, "missed", "late")),
    # A text is a two-line heads-up while on the way; the call, voicemail and email carry the ownership.
    Check(
        "take-responsibility",
        "take-responsibility",
        MUST,
        {"missed": EVERY_CHANNEL, "late": ("phone", "voicemail", "email", "letter")},
    ),
    Check("ask-new-time", "ask-new-time", MUST, _on(EVERY_CHANNEL, "missed", "reschedule")),
    Check("cancel-clearly", "cancel-clearly", MUST, _on(EVERY_CHANNEL, "cancel")),
    Check("withdraw-clearly", "cancel-clearly", MUST, _on(EVERY_CHANNEL, "withdraw")),
    # The follow-up letter is written after the day, when there is no arrival time left to give.
    Check("arrival-time", "realistic-eta", MUST, _on(("phone", "voicemail", "text", "email"), "late")),
    Check(
        "eta-matches",
        "realistic-eta",
        MUST,
        _on(("phone", "voicemail", "text", "email"), "late"),
        needs_situation=True,
    ),
    Check("subject-line", "subject-line", SHOULD, channels=("email",)),
    Check("no-blame", "no-blame", SHOULD),
    Check("no-invented-excuse", "no-invented-excuses", SHOULD),
    Check("no-medical-detail", "no-medical-detail", SHOULD),
    Check("not-over-explained", "honest-brief", SHOULD),
    Check("no-better-job", "no-other-employer", SHOULD, _on(EVERY_CHANNEL, "cancel", "withdraw")),
    Check(
        "very-late-offer",
        "offer-reschedule-if-very-late",
        SHOULD,
        _on(("phone", "voicemail", "text", "email"), "late"),
    ),
    # 001 puts the prevention step into the call and the email that follow a missed interview; a
    # voicemail stays short, and a late candidate promises it in the letter written afterwards.
    Check("prevention", "prevention", SHOULD, {"missed": ("phone", "email", "letter"), "late": ("letter",)}),
    # Slots go where the request is made in full; a missed-interview letter follows the call and email.
    Check(
        "offer-slots",
        "offer-slots",
        SHOULD,
        {"missed": ("phone", "email"), "reschedule": ("phone", "voicemail", "email", "letter")},
    ),
    # A phone script branches on what they answer, so it has no single last line to judge.
    Check("close-warmly", "close-warmly", SHOULD, channels=("voicemail", "email", "letter", "text")),
    Check("details-named", "details-right", SHOULD, channels=WRITTEN, needs_situation=True),
    Check(
        "name-the-appointment",
        "name-the-appointment",
        SHOULD,
        _on(("letter",), "missed", "late", "reschedule", "cancel"),
    ),
    Check("length", "keep-it-short", SHOULD, channels=("voicemail", "email", "letter", "text")),
    Check("formal-register", "formal-register", SHOULD),
    Check("no-markup", "details-right", SHOULD),
    Check("readability", "plain-words", STYLE, channels=("voicemail", "email", "letter", "text")),
)
CHECKS_BY_ID: dict[str, Check] = {c.id: c for c in CHECKS}

# --- thresholds ------------------------------------------------------------------------------------
# Hiring practice: an email or letter body of about 100-150 words. "About" is read as roughly a fifth
# either side; below that the apology, reason and request cannot all fit, above it the point gets lost.
# A voicemail should last under a minute at a calm pace (~130 words); a text is a heads-up of a few
# sentences, which an SMS carries in three segments (~80 words).
LENGTH_LIMITS: dict[str, tuple[int, int]] = {
    "email": (70, 180),
    "letter": (70, 180),
    "voicemail": (0, 130),
    "text": (0, 80),
}
# US school grade (Flesch-Kincaid). Plain-language guides aim at 8; a formal letter with dates in it
# reads around 10-12. Above 12, a stressed reader on a phone struggles.
READABILITY_MAX_GRADE = 12.0
READABILITY_MIN_WORDS = 30  # the formulas mean little for a two-line text
OPENING_SENTENCES = 3  # "first" = among the first three sentences after greeting and self-introduction
CLOSING_SENTENCES = 3
VERY_LATE_MINUTES = 20  # hiring practice: past about 20 minutes, offer another time
MAX_EXPLANATION_CUES = 2  # one sentence of reason is enough; a third "because/then" is a story
MIN_SLOTS = 2
QUOTE_MAX = 40  # characters of the draft quoted back in a reason

@lru_cache(maxsize=1)
def preventable_reasons() -> frozenset[str]:
    """Reasons with a concrete prevention step: those the catalogue has advice for ("prevention.<reason>").
    A function, not a constant, so importing this module does not load the whole catalogue."""
    return frozenset(key.split(".", 1)[1] for key in table() if key.startswith("prevention."))

# --- scenario cues: read a draft without a situation. First match wins, so the order matters: a missed
# interview draft asks to reschedule, a late one may offer to, a withdrawal may mention canceling. ------
SCENARIO_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("withdraw", (r"\bwithdraw", r"\bremove (?:myself|my application|my name)\b", r"\bno longer (?:wish|want) to be considered\b")),
    (
        "missed",
        (
            r"\bmissed\b",
            r"\bmissing\b[^.!?\n]{0,40}\b(?:interview|appointment|meeting|call)\b",
            r"\b(?:did not|didn't|failed to|could not|couldn't) (?:attend|make it|show up|turn up|join)\b",
            r"\bno-show\b",
        ),
    ),
    ("cancel", (r"\bcancel",)),
    (
        "late",
        (
            r"\brunning\b[^.!?\n]{0,25}\b(?:late|behind)\b",
            r"\b(?:be|am|'m|being|was) (?:\w+ )?late\b",
            r"\b(?:minutes?|mins?) late\b",
            r"\bon my way\b",
        ),
    ),
    (
        "reschedule",
        (
            r"\breschedul",
            r"\b(?:move|moved|change|changed) (?:our|my|the) (?:\w+ )?(?:interview|appointment)\b",
            r"\b(?:another|a different|a new) (?:time|date|day)\b",
        ),
    ),
)

# --- what a draft's parts look like ----------------------------------------------------------------
SUBJECT_LINE = r"^\s*(?:subject|subj|re)\s*:\s*(.*)$"
GREETING_WORDS = r"(?:dear|hello|hi|hey|good (?:morning|afternoon|evening)|greetings|to whom it may concern)"
SIGNOFF_LINE = (
    r"^\s*(?:yours sincerely|yours faithfully|yours truly|sincerely(?: yours)?|kind regards|best regards|"
    r"warm regards|warmest regards|regards|best|best wishes|all the best|many thanks|thanks again|thanks|"
    r"thank you(?: again)?|with thanks|with appreciation|respectfully(?: yours)?|cheers|take care)\s*[,.!]?\s*$"
)
# Sentences that only greet or say who is calling; "first" is counted after them.
INTRO = (
    r"^\W*" + GREETING_WORDS + r"\b[^.!?]{0,60}$",
    r"\bmy name is\b",
    r"^\W*(?:this is|it's|it is) [^\W\d_]",
    r"\b(?:may|could|can) I (?:please )?(?:speak|talk) (?:to|with)\b",
    r"^\W*" + GREETING_WORDS + r"\b[^.!?]{0,60},\s*(?:this is|it's|it is|my name is)\b",
)
TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "madam", "madame", "dear"})
GENERIC_ADDRESSEES = frozenset(
    {"hiring", "manager", "managers", "team", "sir", "madam", "or", "recruiter", "recruiting", "recruitment",
     "hr", "all", "there", "everyone", "whom", "it", "may", "concern", "committee", "panel", "colleagues",
     "talent", "acquisition", "human", "resources", "the", "and", "to", "department", "office", "folks"}
)
# Words that describe a job without naming it ("the advertised position").
GENERIC_ROLE_WORDS = frozenset(
    {"advertised", "open", "same", "above", "current", "new", "exciting", "available", "full", "part",
     "time", "fulltime", "parttime", "temporary", "permanent", "remote", "mentioned", "vacant", "posted",
     "listed", "wonderful", "great", "interesting", "hybrid", "entry", "level", "contract", "seasonal",
     "local", "your", "their", "its", "our", "other", "this", "that"}
)
COMPANY_SUFFIXES = frozenset(
    {"inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "llp", "plc",
     "gmbh", "ag", "sa", "group", "the", "s"}
)
# Connectors allowed inside a multi-word company or role name ("Bank of Maine", "Sales & Marketing").
NAME_CONNECTORS = frozenset({"of", "and", "&", "de", "la", "du", "van", "von", "for", "the"})
ROLE_CONNECTORS = frozenset({"of", "and", "&"})  # "Head of Sales", "Sales and Marketing Assistant"
FUNCTION_WORDS = frozenset(
    {"to", "for", "in", "at", "with", "on", "by", "from", "a", "an", "the", "this", "that", "these", "those",
     "i", "you", "me", "my", "your", "we", "our", "it", "is", "was", "be", "been", "am", "are", "were", "and",
     "or", "but", "so", "if", "as", "not", "no", "have", "had", "has", "will", "would", "could", "can",
     "should", "about", "into", "than", "then", "which", "who", "what", "when", "where", "how", "why"}
)

# --- what the checks look for ----------------------------------------------------------------------
APOLOGY = (r"\bsorry\b", r"\bapolog", r"\bregrets?\b", r"\bforgive\b", r"\bpardon\b")
RESPONSIBILITY = (
    r"\bmy (?:own )?(?:fault|mistake|error|responsibility|oversight)\b",
    r"\b(?:take|taking|accept|accepting|bear) (?:full |complete |entire |sole )?responsibility\b",
    r"\bI should(?: not|n't)? have\b",
    r"\bno excuse\b",
    r"\b(?:this|that|it) (?:is|was|'s) (?:entirely |all |completely )?on me\b",
    r"\bI (?:did not|didn't) (?:leave|allow|plan|give|check|set)\b",
    r"\bI (?:misread|misjudged|mixed up|lost track|forgot|overslept|noted the wrong|wrote down the wrong)\b",
    r"\bI regret\b",
    r"\b(?:inconvenience|disruption)\b",
    r"\b(?:set|put|kept|blocked|cleared) (?:that|this|the|your|some) (?:time|slot|hour)\b",
    r"\btime (?:that )?you (?:had |have |'d |'ve )?(?:set|put|kept|blocked) (?:aside|free)\b",
    r"\b(?:take|taking|took|cut|cutting) (?:up |into )?(?:much of |most of |a lot of |some of )?(?:the|your) time\b",
    r"\b(?:waste|wasted|wasting|cost|costing|took|taking up|used up|lost) (?:\w+ ){0,2}(?:of )?your (?:time|day|morning|afternoon)\b",
    r"\b(?:disrupt|upset|affect|impact)\w* (?:\w+ ){0,2}(?:your|the) (?:schedule|day|plans?|time|team)\b",
    r"\bkept you waiting\b",
)
ASK_NEW_TIME = (
    r"\breschedul\w*",
    r"\b(?:another|a new|a different|an alternative|alternative|other|a later|new|an additional|additional|a further|further) (?:time|date|day|slot|appointment|interview|opportunity|chance|meeting)s?\b",
    r"\b(?:second|another) (?:chance|opportunity)\b",
    r"\b(?:time|date|day)s? (?:that |which )?(?:suits?|works?|would suit|would work|is convenient)\b",
    r"\b(?:time|date)s? (?:that is |which is )?convenient\b",
    r"\bconvenient (?:time|date)\b",
    r"\bat your (?:earliest )?convenience\b",
    r"\b(?:are|would) you (?:be )?(?:available|free)\b",
    r"\bwould (?:any|one|either) of (?:these|the following|those)\b",
    r"\b(?:I am|I'm) (?:also )?(?:available|free)\b",
    r"\bI could (?:do|make|come)\b",
    r"\b(?:be )?moved to\b",
    r"\bmeet (?:again|another|later)\b",
)
# A sentence that mentions a new time but says it is *not* asking for one ("no need to find another date").
NEGATION = (r"\bnot\b", r"\bno need\b", r"n't\b", r"\bnever\b", r"\brather than\b", r"\binstead of\b", r"\bwithout\b", r"\bno longer\b")
CANCEL = (
    r"\bcancel\w*",
    r"\b(?:will not|won't|cannot|can't|am unable to|will be unable to|am not able to|will not be able to) (?:be )?(?:attend|make it|come in|come|be there|attending|join)\b",
    r"\bno longer (?:be )?(?:able to attend|available|attend)\b",
)
WITHDRAW = (
    r"\bwithdraw\w*",
    r"\bremove (?:myself|my application|my name|me)\b",
    r"\bno longer (?:wish|want|like) to be considered\b",
    r"\bno longer (?:in a position to )?pursu\w*",
    r"\btake (?:myself|my name) out of\b",
)
ARRIVAL_NUMBER = (
    r"(?:\d{1,3}|a few|five|ten|fifteen|twenty|twenty-five|thirty|forty|forty-five|sixty|half an|an|a quarter of an)"
)
ARRIVAL = (
    r"\b(?:arrive|arriving|arrival|be there|get there|be with you|join|be ready|reach you|be at|make it|be in)\b[^.!?\n]{0,40}?"
    r"(?:\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d{2}\b|" + ARRIVAL_NUMBER + r"\s*(?:minutes?|mins?|hours?)\b)",
    r"\b" + ARRIVAL_NUMBER + r"\s*(?:minutes?|mins?)\s+(?:late|away|out|behind|from now)\b",
    r"\b(?:eta|estimated arrival)\b",
)
# Minutes the draft promises, to compare with the minutes the candidate told us.
MINUTES = r"\b(\d{1,3}|five|ten|fifteen|twenty|twenty-five|thirty|forty|forty-five|sixty)\s*(?:minutes?|mins?)\b"
NUMBER_WORDS = {
    "five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30, "forty": 40,
    "forty-five": 45, "sixty": 60,
}
# A clock time right after an arrival verb: the time the draft says they will be there.
ARRIVAL_CLOCK = (
    r"\b(?:arrive|arriving|be there|get there|be with you|join|be ready|reach you|be at|make it|be in)\b"
    r"[^.!?\n]{0,25}?\b(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)"
)
PREVENTION = (
    r"\bfrom now on\b",
    r"\bin (?:the )?future\b",
    r"\bgoing forward\b",
    r"\bnext time\b",
    r"\b(?:make sure|ensure|to be sure) (?:that )?(?:this|it) (?:never|does not|doesn't|won't|will not|cannot|can't)\b",
    r"\b(?:never|not|won't) happen again\b",
    r"\bI (?:now|will now|have now|'ve now|always) (?:\w+ )?(?:set|check|confirm|plan|use|keep|leave|put|write|add|double-check|test|go)\b",
    r"\bnow goes? (?:straight )?into\b",
    r"\b(?:two|2|several|multiple|extra|a second|separate) alarms?\b",
    r"\breminders?\b",
    r"\bthe (?:night|day|evening) before\b",
    r"\bI (?:will|'ll) (?:test|set|plan|leave|check|double-check|confirm|put|keep|allow)\b",
)
# Reasons with nothing to prevent: illness, emergencies, private matters.
UNPREVENTABLE = (r"\bunwell\b", r"\bill\b", r"\billness\b", r"\bsick\b", r"\bemergency\b", r"\bpersonal matter\b", r"\bbereavement\b", r"\bpassed away\b")
AVAILABILITY = (
    r"\bavailable\b", r"\bfree (?:on|at|any)\b", r"\bI could (?:do|make|come)\b", r"\b(?:suit|suits|work|works) (?:for )?you\b",
    r"\bconvenient\b", r"\bfollowing times\b", r"\bany of these\b", r"\bone of these\b",
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)
DATE_MENTION = (
    r"\b(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day)?\b",
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? \d{1,2}\b",
    r"\b\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b",
    r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b",
    r"\b\d{4}-\d{2}-\d{2}\b",
    r"\btomorrow\b",
    r"\btoday\b",
)
TIME_MENTION = (r"\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)", r"\b\d{1,2}:\d{2}\b", r"\b(?:noon|midday)\b", r"\b(?:morning|afternoon)\b")
CLOSING = (r"\bthank", r"\bgrateful\b", r"\bappreciat", r"\bsorry\b", r"\bapolog", r"\bregret\b")
# Lines that only give contact details; they may come after the real closing sentence.
CONTACT_LINE = (r"\breach me\b", r"\bcall me (?:back )?(?:at|on)\b", r"^\W*(?:again, )?that's [\d+(]", r"@", r"^\W*[\d+()][\d\s().+-]{6,}\W*$")

# Blaming someone or something else. Specific on purpose: "my computer failed" is a fact, "your email
# was wrong" shifts the fault.
BLAME = (
    r"\b(?:not|wasn't|isn't|was not|is not) (?:really |entirely |actually )?my fault\b",
    r"\b(?:nobody|no one|no-one) (?:told|informed|reminded|sent|called|let me know)\b",
    r"\bI was (?:never|not) (?:told|informed|sent|reminded|given)\b",
    r"\byou(?:r team| guys| people)? (?:never|didn't|did not|forgot to|failed to|should have) (?:send|tell|inform|confirm|remind|give|call|let|answer|reply)\w*\b",
    r"\b(?:your|the) (?:receptionist|recruiter|assistant|secretary|hr|system|website|portal|email|e-mail|invitation|invite|calendar invite|directions|instructions|scheduler|security|front desk)(?:'s)?\b[^.!?\n]{0,40}\b(?:wrong|didn't|did not|never|failed|forgot|confus\w*|unclear|mistake|error|misleading|incorrect|lost|rude)\b",
    r"\b(?:the|my) (?:traffic |map |maps |navigation |gps )?(?:app|gps|google maps|waze|sat ?nav)\b[^.!?\n]{0,40}\b(?:wrong|sent me|told me|didn't|did not|failed|said|took me)\b",
    r"\b(?:because of|thanks to|blame) (?:my|the|your) (?:boss|manager|landlord|roommate|flatmate|bus driver|driver|babysitter|nanny|partner|wife|husband|receptionist|recruiter|assistant)\b",
    r"\b(?:my|the) (?:boss|manager|landlord|roommate|flatmate|babysitter|nanny|partner|wife|husband|driver) (?:made me|kept me|wouldn't let|would not let|forgot|didn't|did not)\b",
    r"\bit was (?:your|their|his|her) fault\b",
    r"\bblame\b",
)
# Medical detail: "I was unwell" is enough (hiring practice). Words that describe a condition or care.
MEDICAL = (
    r"\bfever\w*", r"\bvomit\w*", r"\bthrowing up\b", r"\bthrew up\b", r"\bdiarrh\w*", r"\bnause\w*",
    r"\bmigraine\w*", r"\bsurgery\b", r"\boperation on\b", r"\bhospitali?\w*", r"\bemergency room\b",
    r"(?-i:\bA&E\b)", r"(?-i:\bER\b)", r"\bdoctor'?s?\b", r"(?-i:\bGP\b)", r"\bdiagnos\w*", r"\binfection\w*", r"\bflu\b",
    r"\binfluenza\b", r"\bcovid\w*", r"\bcoronavirus\b", r"\bstomach\w*", r"\bfood poisoning\b",
    r"\bpregnan\w*", r"\bmiscarr\w*", r"\bdepress(?:ion|ed|ive)\b", r"\banxiety\b", r"\bpanic attack\w*",
    r"\bmedication\w*", r"\bprescription\w*", r"\bsymptom\w*", r"\binjur\w*", r"\bsprain\w*",
    r"\bbroke my (?:arm|leg|wrist|ankle|foot|hand)\b", r"\bdentist\w*", r"\btooth\w*", r"\bbleed\w*",
    r"\basthma\w*", r"\bdiabet\w*", r"\bchemo\w*", r"\bcancer\b", r"\bmental health\b", r"\btherap(?:y|ist)\b",
    r"\bcramps?\b", r"\bblood\b", r"\bantibiotic\w*", r"\bchest pain\w*", r"\bconcussion\b", r"\bseizure\w*",
)
# Classic excuses employers hear often and can check; worth saying only if true, and then plainly.
INVENTED_EXCUSES = (
    r"\b(?:transit|train|bus|subway|metro|tube|rail|transport) strike\b",
    r"\bstrike\b",
    r"\bdog ate\b",
    r"\b(?:abduct|kidnap)\w*",
    r"\baliens?\b",
    r"\bzombie\w*",
    r"\b(?:car|phone|wallet|bag|laptop) (?:was|got) stolen\b",
    r"\b(?:got|was) (?:robbed|mugged)\b",
    r"\b(?:earthquake|tornado|hurricane|volcano|tsunami)\w*",
    r"\bbomb (?:threat|scare)\b",
    r"\bjury duty\b",
    r"\bstuck in (?:an|the) (?:elevator|lift)\b",
    r"\blocked (?:myself )?out\b",
    r"\bpower (?:cut|outage)\b[^.!?\n]{0,40}\b(?:whole|entire|city|town|neighbou?rhood)\b",
    r"\b(?:road|roads|highway|motorway|bridge) (?:was |were )?(?:closed|shut)\b",
)
# Too much story: reasons chained to reasons. One sentence of reason is enough (hiring practice).
EXPLANATION_CUES = (
    r"\bbecause\b", r"\bcause\b", r"\bcuz\b", r"\bdue to\b", r"\bowing to\b", r"\bas a result\b",
    r"\bwhich meant\b", r"\bwhich is why\b", r"\bthat'?s why\b", r"\band then\b", r"\bso then\b",
    r"\bafter that\b", r"\bby the time\b", r"\bon top of (?:that|this)\b", r"\bto make (?:matters|things) worse\b",
    r"\bit turned out\b", r"\bturns out\b", r"\bwhat happened (?:was|is)\b", r"\blong story\b", r"\bthen I\b",
    r"\bmeanwhile\b", r"\bnot only\b", r"\bon the way there\b", r"\bfirst of all\b(?! to apolog)",
)
# Ranking the other employer (hiring practice: never say the other job is better).
BETTER_JOB = (
    r"\bbetter (?:offer|job|position|opportunity|role|company|package|salary|pay|fit|deal|employer)\b",
    r"\b(?:more money|higher salary|higher pay|pays more|pay more|pays better|pay better|better paid|paid more)\b",
    r"\b(?:more|most) (?:attractive|interesting|exciting) (?:offer|job|position|opportunity|role)\b",
)
# Where a draft names a company or a job, so it can be compared with what the candidate entered.
COMPANY_MENTION = (
    r"\b(?:position|role|job|opportunity|opening|vacancy|career|employment|team|post)\s+(?:at|with)\s+(?=\S)",
    r"\bjoin(?:ing)?(?:\s+the\s+team\s+at)?\s+(?=\S)",
)
ROLE_MENTION = (
    r"\b(?:the|this|your|my)\s+((?:[^\W\d_][\w'&/+-]*\s+){1,6}?)(?:position|role|job|vacancy|opening|post)\b",
)
# "I have accepted a position with Globex": naming the other employer.
OTHER_EMPLOYER = (r"\baccepted (?:a|an|another) (?:\w+ ){0,2}(?:position|offer|role|job) (?:with|at|from) (?=[^\W\d_])",)

# --- register ---------------------------------------------------------------------------------------
SLANG = (
    r"\bgonna\b", r"\bwanna\b", r"\bgotta\b", r"\bkinda\b", r"\bsorta\b", r"\bdunno\b", r"\byeah\b",
    r"\byep\b", r"\bnope\b", r"\bhey\b", r"\bya\b", r"\byou guys\b", r"\bcuz\b", r"\bcoz\b", r"\bu\b",
    r"\bur\b", r"\bthx\b", r"\bthanx\b", r"\bty\b", r"\bpls\b", r"\bplz\b", r"\bbtw\b", r"\blol\b",
    r"\bomg\b", r"\bidk\b", r"\btbh\b", r"\bimo\b", r"\bfyi\b", r"\basap\b", r"\bbrb\b", r"\bnp\b",
    r"\bsry\b", r"\bsoz\b", r"\bb4\b", r"\b(?:l8|l8r)\b", r"\bgr8\b", r"\bw/\B", r"\bmsg\b", r"\bappt\b",
    r"\binterv\b", r"\bawesome\b", r"\bcool\b", r"\bstuff\b", r"\bmy bad\b", r"\bno worries\b", r"\bcheers\b",
    r"\bxoxo\b", r"\bxx\b", r"\bbummer\b", r"\bcrazy\b", r"\bsuper sorry\b", r"\btotally\b",
    r"[?!]{2,}",
)
# Emoji and pictographs, and the common typed faces.
EMOJI = (
    "[\U0001F000-\U0001FAFF\U0001F1E6-\U0001F1FF\u2600-\u27BF\u2B00-\u2BFF\u2300-\u23FF\uFE0F\u200D\u203C\u2049]",
    r"[:;=](?<!\S[:;=])[-']?[)(DPpOo3|/\\*]+(?=\s|$|[.,!?])",
    r"(?:<3|xD)(?<!\S..)(?=\s|$|[.,!?])",
    r"(?:\^_\^|-_-|T_T)(?<!\S...)(?=\s|$|[.,!?])",
)
# Capitals that are not shouting: times, zones, common abbreviations of work life, Roman numerals.
ALLOWED_CAPITALS = frozenset(
    {"I", "A", "AM", "PM", "HR", "CEO", "CFO", "CTO", "COO", "VP", "CV", "ID", "UK", "US", "USA", "EU", "UN",
     "UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST", "CET", "CEST", "IST",
     "AEST", "AEDT", "NZST", "NZDT", "ET", "CT", "MT", "PT", "IT", "QA", "UX", "UI", "HVAC", "RN", "LPN",
     "CNA", "CPA", "MBA", "PHD", "BA", "BS", "BSC", "MA", "MS", "MSC", "DC", "NY", "NYC", "LA", "SF", "TV",
     "PR", "OK", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "SQL", "AI", "NHS", "RE", "PS",
     "CPR", "CDL", "GED", "SAT", "ACT", "AWS", "PC", "CRM", "ERP", "SEO", "PDF", "DIY", "EMT", "LLC", "INC",
     "LTD", "PLC", "CO", "NGO", "FAQ", "HQ", "KPI", "ROI", "RSVP", "TBA", "POS"}
)
SHOUT_MIN_LETTERS = 4  # one capitalized word this long, or two shorter ones in a row, reads as shouting

# --- leftovers -------------------------------------------------------------------------------------
PLACEHOLDERS = (
    r"\[[^\[\]\n]{1,60}\]",
    r"\{\{[^{}\n]{0,60}\}\}",
    r"\{%[^{}%\n]{0,60}%\}",
    r"\{[^\W\d][\w .'-]{0,40}\}",
    r"<<[^<>\n]{1,40}>>",
    r"<\s*(?:your|insert|company|name|date|time|role|position|job|hiring|recipient|first|last|full|employer|contact|interviewer)\b[^<>\n]{0,40}>",
    r"\((?:your|insert|company|employer|hiring manager'?s?|recipient'?s?|interviewer'?s?|job|position|role|date|time) [^()\n]{0,40}\)",
    r"\bxxx+\b",
    r"_{3,}",
    r"\blorem ipsum\b",
    r"(?-i:\bTBD\b)",
    r"\b(?:insert|enter) (?:your |the )?(?:name|company|date|time|position|role|job title|address)\b",
)
# Markup: HTML tags (known element names only, so "<your name>" stays a placeholder) and entities.
HTML_TAG = (
    r"<\s*/?\s*(?:a|abbr|b|big|blockquote|body|br|center|code|div|em|font|form|h[1-6]|head|hr|html|i|iframe|"
    r"img|input|li|link|meta|object|ol|p|pre|s|script|small|span|strong|style|sub|sup|svg|table|tbody|td|th|"
    r"thead|title|tr|u|ul)\b[^<>]{0,200}>|<!--"
)
HTML_ENTITY = r"&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});"
# Elements whose content is code, not text: dropped along with their tags.
HTML_CODE_BLOCK = r"<\s*(script|style)\b[^<>]{0,500}>.{0,100000}?<\s*/\s*\1\s*>"

# --- subject lines: the purpose words per scenario (hiring practice examples) ------------------------
SUBJECT_PURPOSE: dict[str, tuple[str, ...]] = {
    "missed": (r"\bapolog", r"\bsorry\b", r"\bmissed\b"),
    "late": (r"\blate\b", r"\bdelay", r"\brunning behind\b"),
    "reschedule": (r"\breschedul", r"\bnew (?:time|date)\b", r"\bchange\b", r"\bmov(?:e|ing)\b"),
    "cancel": (r"\bcancel",),
    "withdraw": (r"\bwithdraw",),
}
# The role is part of the subject except for a withdrawal, where the name alone is the hiring-practice form.
SUBJECT_NEEDS_ROLE: frozenset[str] = frozenset({"missed", "late", "reschedule", "cancel"})
