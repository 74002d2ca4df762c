"""What each source document actually says, as a list of paraphrased claims, and the points a rule makes.

A rule in ``rules.py`` names one source. To keep that honest, each point a rule's sentence makes (a
*topic*, found by a pattern below) must be a point that one of its source's claims makes too. A test
(tests/test_rule_claims.py) walks every rule this way, so a rule that says more than its source (for
example "no medical details" citing the backing-out article) fails until it is split or re-sourced.

The claims are our own short paraphrases, written while reading each document; where the documents are
beside the checkout, the test also checks each claim's topics against the document's own words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .rules import (
    ADA, APOLOGY_LETTER, BACKING_OUT, EQUALITY_ACT, HIRING_PRACTICE, MEXICO_LABOR_LAW, PHONE_OR_EMAIL, REBOUND,
    SPAIN_DISABILITY_LAW, WELL_KNOWN,
)

# One point of advice each. Patterns are matched case-insensitively against a rule's sentence, a claim,
# and the source documents, so they list the ways each of those words the same point.
TOPICS: dict[str, str] = {
    "act-quickly": r"the moment you|sooner|as soon as|immediately|asap|quick|straight away|right away|at once",
    "phone": r"\bcall|phone",
    "voicemail": r"voicemail|leave a (short )?message",
    "email": r"\bemail",
    "letter": r"\bletter\b",
    "text-message": r"\btexts?\b|texting",
    "emoji-abbreviations": r"emoji|abbreviation",
    "apology": r"apolog|say sorry|sorry once",
    "apology-first": r"apolog\w* first|(start|open)s? with the apology|apologi[sz]e immediately",
    "honest": r"honest",
    "brief": r"brief|concise|short|one sentence|a sentence or two|long story|over-explain",
    "sweet": r"short and sweet",
    # Points no source makes: named so that a rule making one fails, rather than passing on a nearby word.
    "plain": r"everyday words|plain words|simple words|short sentences",
    "only-after": r"only after|wait until|not until|not before you",
    "professional": r"professional",
    "formal": r"formal",
    "own-it": r"\bown (it|what|up)|responsib|acknowledge",
    "impact": r"time it cost|cost them time|impact|inconvenience|time lost|lost time",
    "blame": r"blam",
    "medical": r"medical|health|unwell",
    "private-matters": r"personal matter|childcare|court|pregnan|religio|private|discriminat",
    "invented": r"invent|make up|made up|made-up",
    "checkable": r"check claims|easy to check|can check",
    "new-time": r"new time|another (interview )?time|reschedul|another chance|another slot|move the interview|"
                r"alternative slots|schedule another interview|second chance",
    "specific-slots": r"two or three|specific (alternative )?(times|slots)",
    "time-zone": r"time zone",
    "prevention": r"happen again|does not happen|don't miss|do not miss|two (separate )?alarms|ensur\w* similar",
    "learn": r"learn|what you changed|say what you changed",
    "confirm-received": r"got your message|(has|have) the message|received",
    "confirm-details": r"confirm (the )?(day|date|specifics)|date, time and (place|location)|day, hour and address",
    "calendar-invitation": r"calendar invitation",
    "thank": r"thank|appreciat",
    "declined": r"not to reschedule|declines|decide not",
    "keep-door-open": r"door open|open the door|future opportunit",
    "within-days": r"day or two|same day|two days",
    "check-messages-first": r"email and voicemail first|check email and voicemail",
    "follow-up-once": r"follow up once|no reply",
    "five-days": r"five business days",
    "once-only": r"only once|at most once|asking twice|second request",
    "eta": r"arrival time|arrive late|25 minutes|be there at",
    "twenty-minutes": r"20 minutes",
    "who-to-call": r"reception|the person who (arranged|set up)|recruiter",
    "agency": r"agenc|job cent",
    "on-arrival": r"when you (get there|arrive)|on arrival",
    "driving": r"driv|at the wheel|pull over",
    "video-fails": r"video (interview|call|link) (that )?(fails|breaks)|video .{0,30}(fails|breaks|drops)|rejoin",
    "scheduling-link": r"scheduling link|hiring app|booking link",
    "curt-recruiter": r"curt|angry|upset",
    "stop-following-up": r"stop there|stop following up|\bstop \(|one more (short|brief) note",
    "keep-applying": r"keep applying|other openings|apply(ing)? elsewhere",
    "not-guaranteed": r"not guaranteed|never guaranteed|no guarantee",
    "proof": r"\bproof",
    "accommodation": r"accommodation|adjustment|\badapt",
    # The law, by country: who it covers and how far it goes, so a rule cannot say more than the act.
    "named-law": r"\bADA\b|Equality Act|Ley General|Ley Federal",
    "employer-size": r"\b15 or more|fifteen or more",
    "undue-hardship": r"undue hardship|excessive burden",
    "turned-down": r"turning a candidate down|refus\w* (a|to hire a) (worker|candidate)",
    "jan": r"Job Accommodation Network|\bJAN\b",
    "public-employment": r"\bSEPE\b|Servicio Nacional de Empleo|public employment service",
    "diagnosis": r"diagnos",
    "own-voicemail": r"voicemail greeting|greeting|inbox|mailbox",
    "unknown-numbers": r"unknown number",
    "support-services": r"bus pass|gas card|childcare help|help with childcare|supportive services",
    "office-hours": r"office hours|business hours",
    "notice": r"notice|24|48",
    "cancel": r"cancel",
    "cancel-clearly": r"unmistakabl|absolutely clear|very clear|make (it )?clear|as opposed to",
    "weak-reason": r"weak reason|illegitimate|unreliab",
    "lose-chance": r"end your chance|close the door|second chance|might not get",
    "offer-accepted": r"accepted (that|an|another) offer|accept an offer|accepted that offer",
    "pending-interviews": r"pending",
    "other-employer": r"which company|\bother (employer|job)|the better (offer|job)",
    "future-roles": r"future (openings|roles)|keep you in mind",
    "late-stage": r"several interviews",
    "not-needed": r"isn't needed|not needed|don't need to withdraw|no interview has been booked|before any interview",
    "word-count": r"100|150",
    "subject": r"subject",
    "details-right": r"every detail|details right|the details\b|further mistakes",
    "name-appointment": r"which interview|names the missed appointment|date, time, place",
    "commitment": r"still want the job|interest in the role|committed|commitment",
    "watched": r"watch",
    "prepared": r"prepared",
    "keep-promises": r"everything you said|follow up as promised|when you say you will",
    "recoverable": r"not too late|not impossible|overcome",
}


# Per source, the claims it supports, in our own words (never its sentences: see the copy test).
CLAIMS: dict[str, tuple[str, ...]] = {
    APOLOGY_LETTER: (
        "The first step is a phone call to the hiring manager as soon as you know you will miss it.",
        "Cannot get through? Leave a message, or write a short email instead.",
        "Before the interview time, check that the manager or their assistant has the message.",
        "Then write a brief, formal apology letter, even if they already gave you a new time.",
        "The letter opens with the apology, gives the details and thanks them.",
        "After you accept an offer, call each employer with a pending interview, cancel it, and write.",
    ),
    PHONE_OR_EMAIL: (
        "Call the moment you realize; the sooner they hear, the likelier they reschedule.",
        "Call if you are running late as well; they may still see you if you arrive late.",
        "Say honestly why it happened: honesty shows you take responsibility.",
        "Ask whether the interview can be rescheduled.",
        "Say what you will do so it does not happen again, such as two alarms.",
        "After the call, email to repeat the apology and thank them.",
        "If they reschedule, confirm the date, time and place.",
        "If they decide not to reschedule, send a thankful email anyway: it may open the door later.",
        "If you cannot reach them by phone, email the apology and ask for another interview time.",
        "In an email: a formal tone, apologize immediately, acknowledge the impact, close with another apology.",
        "Apologize within a day or two.",
    ),
    REBOUND: (
        "Acknowledge what happened, to yourself and to the interviewer, and learn from it.",
        "Ask as soon as possible whether you can reschedule.",
        "Go on showing interest in the role, and say sorry for the lost time.",
        "The mistake can be overcome, but they will watch you more closely.",
        "No further mistakes with details: be prepared, and follow up and call when you say you will.",
        "Show you are committed to this job, not to any job.",
    ),
    BACKING_OUT: (
        "Canceling an interview for a job you want, for an illegitimate reason, looks unreliable.",
        "After canceling you might not get a second chance with that company.",
        "If you miss it, call at once, apologize, and ask to reschedule.",
        "If asked why, answer in an honest, concise and professional way.",
        "To cancel, make absolutely clear you are canceling, as opposed to asking for another time.",
        "A cancellation can be short and sweet.",
    ),
    HIRING_PRACTICE: (
        "Keep an apology or cancellation short: a body of 100 to 150 words or so, with one sentence of reason.",
        "A subject line gives the purpose, then the name, then the role.",
        "A formal letter names the missed appointment: date, time, place.",
        "No blaming anyone else.",
        "No over-explaining and no medical detail: unwell is enough.",
        "Share nothing private that could lead to discrimination: a personal matter is enough.",
        "Never an invented excuse: recruiters can check claims.",
        "Say a true arrival time: 25 minutes away means saying 25, not 10.",
        "More than about 20 minutes late: offer to reschedule instead.",
        "Call the person who set up the interview (the recruiter), then reception, then the interviewer.",
        "If nobody answers, leave a voicemail, then send a short email straight after.",
        "After a missed interview, check email and voicemail first, then make contact the same day, "
        "or within a day or two.",
        "Offer two or three specific times, with the time zone if needed.",
        "Reschedule at most once: asking twice can cost you the chance.",
        "When they agree a new time, write to confirm the date, time and place; accept any calendar invitation.",
        "Cancel with 24 to 48 hours' notice; with less than 24, phone first and then email.",
        "Text only if the employer texts you; keep to business hours, skip abbreviations and emoji, then email.",
        "If the employer declines to reschedule, still thank them: it keeps the door open.",
        "Withdrawing is not needed before any interview is booked.",
        "Leave the other employer unnamed, and don't describe the other job as better.",
        "It is fine to ask to be kept in mind for future roles.",
        "After several interviews, call first, then write.",
        "No reply? Follow up once, after five business days or so, ideally by phone.",
        "On arrival, apologise briefly and once, skip the long story, and put your mind on the interview.",
        "Pull over somewhere safe before any call or text: never at the wheel.",
        "When the video link breaks down, say so straight away by chat, email or a call, suggest going on by "
        "phone, and rejoin.",
        "When an agency or job centre booked it, let your contact there know before anyone else.",
        "Booked with a scheduling link or a hiring app? Change or cancel it in the same place, plus a brief "
        "personal note.",
        "A curt or angry recruiter: keep calm, one apology, no arguing, ask whether another chance exists, "
        "and accept a no kindly.",
        "When the single follow-up brings no reply, stop (one more brief note a week on, at most) and keep "
        "applying; a second chance is never guaranteed.",
        "Proof is seldom asked for; if it is, a note giving the date, with no medical detail.",
        "A candidate may ask for an adjustment, say a new time or a call instead, and need not name a diagnosis.",
        "In the US the Job Accommodation Network (JAN) helps with accommodation questions at no charge.",
        "Record a voicemail greeting, stop the inbox filling, and take calls from unknown numbers politely.",
        "A workforce centre may help with bus passes, gas cards or childcare.",
    ),
    # The laws are cited by name (no copy is beside the checkout): our paraphrase of what each says.
    ADA: (
        "Under the ADA, an employer with 15 or more employees must, when asked, make a reasonable accommodation "
        "for an applicant's disability, short of undue hardship.",
    ),
    EQUALITY_ACT: (
        "Under the Equality Act 2010 an employer must make reasonable adjustments for disabled applicants, at "
        "interview as well as at work.",
    ),
    SPAIN_DISABILITY_LAW: (
        "Article 40 of Spain's Ley General de derechos de las personas con discapacidad obliges employers to "
        "adapt the job so a disabled person can get and keep it, short of an excessive burden.",
    ),
    MEXICO_LABOR_LAW: (
        "Mexico's Ley Federal del Trabajo forbids employers refusing to hire a worker because of a disability.",
        "Mexico's Ley General para la Inclusión de las Personas con Discapacidad defines reasonable adjustments.",
    ),
    WELL_KNOWN: (
        "Spain's regional public employment services, coordinated by SEPE, give free help to people "
        "looking for work.",
        "Mexico's Servicio Nacional de Empleo, with an office in each state, gives free help to people "
        "looking for work.",
    ),
}


@lru_cache(maxsize=None)
def _pattern(topic: str) -> re.Pattern[str]:
    return re.compile(TOPICS[topic], re.IGNORECASE)


def topics_in(sentence: str) -> frozenset[str]:
    """The points of advice ``sentence`` makes, as topic names."""
    return frozenset(topic for topic in TOPICS if _pattern(topic).search(sentence))


# Guard topics (see "plain" and "only-after" above): no claim makes them, so a rule that does fails.
UNSOURCED: frozenset[str] = frozenset({"plain", "only-after"})


def supported_topics(source: str) -> frozenset[str]:
    """Every point at least one claim of ``source`` makes."""
    return frozenset().union(*(topics_in(claim) for claim in CLAIMS[source]))


def unsupported_topics(rule_text: str, source: str) -> frozenset[str]:
    """The points ``rule_text`` makes that ``source`` does not: empty when the source backs the rule."""
    return topics_in(rule_text) - supported_topics(source)
