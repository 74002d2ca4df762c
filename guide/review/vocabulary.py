"""How a draft is built and what it names: its parts (subject, greeting, sign-off), names of people,
companies and jobs, the scenario cues that say what it is about, register (slang, emoji, capitals),
template leftovers and markup. Regular-expression fragments, matched case-insensitively like ``phrases``.
"""

from __future__ import annotations

# --- scenario cues: read a draft without a situation. First match wins, so the order matters: a missed
# interview draft asks to reschedule, a late one may offer to, a withdrawal may mention canceling. ------
SCENARIO_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "withdraw",
        (
            r"\bwithdraw", r"\bremove (?:myself|my application|my name)\b", r"\bno longer (?:wish|want) to be considered\b",
            r"\bno longer (?:interested in|pursuing)\b",
            r"\b(?:decided|chosen) to (?:pursue|accept|take up) (?:another|a different|other)\b",
            r"\bgo in a different direction\b",
        ),
    ),
    (
        "missed",
        (
            r"\bmissed\b",
            r"\bmissing\b[^.!?\n]{0,40}\b(?:interview|appointment|meeting|call)\b",
            r"\b(?:did not|didn't|failed to|could not|couldn't) (?:attend|make it|show up|turn up|join|come|get there|be there)\b",
            r"\bno-show\b",
            # "I apologize for not being able to attend", "my absence from yesterday's interview"
            r"\b(?:not being able to|being unable to|my failure to|not making it to|not attending|not showing up)\b",
            r"\bmy absence\b",
            r"\bfail(?:ed|ing)? to (?:attend|appear|show up|turn up|make it|join)\b",
            r"\b(?:my|the) (?:non-attendance|no-show)\b",
            r"\b(?:was|were) (?:unable|not able) to (?:attend|make it|join|come|be there)\b",
        ),
    ),
    ("cancel", (r"\bcancel",)),
    (
        "late",
        (
            r"\brunning\b[^.!?\n]{0,25}\b(?:late|behind)\b",
            r"\b(?:be|am|'m|being|I was) (?:\w+ )?late\b",  # "I was late", not "the bus was late"
            r"\b(?:minutes?|mins?) late\b",
            r"\bon my way\b",
            # A late message that never says "late": "stuck in traffic, I will arrive by 10:20"
            r"\b(?:stuck|held up|caught) in (?:heavy )?(?:traffic|a jam|a delay)\b",
            r"\bbehind schedule\b",
            r"\b(?:is|are|was|got|been|running) delayed\b",
            r"\b(?:minutes?|mins?) (?:behind|away|out)\b",
            r"\b(?:arrive|get there|be there|be with you)\b[^.!?\n]{0,30}\b(?:later than|a little after|shortly after)\b",
        ),
    ),
    (
        "reschedule",
        (
            r"\breschedul",
            r"\b(?:move|moved|change|changed) (?:our|my|the) (?:\w+ )?(?:interview|appointment)\b",
            r"\b(?:another|a different|a new) (?:time|date|day)\b",
            r"\b(?:could|can|would|may|might) (?:we|I) (?:please )?(?:move|shift|push back|change|rearrange|postpone)\b",
        ),
    ),
    # Not coming, with no new time asked for: a cancellation that never says "cancel".
    (
        "cancel",
        (
            r"\b(?:will not|won't|cannot|can't|am unable to|will be unable to|am not able to|will not be able to|won't be able to|will no longer be able to) "
            r"(?:be )?(?:attend|make it|make (?:the|our|my) (?:interview|appointment|meeting)|come|coming|be there|join)\b",
            r"\bno longer (?:be )?(?:able to attend|available)\b",
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
# A title's full stop ("Ms. Lee") is part of a name, not the end of a sentence.
_NAME_PART = r"(?:[^.!?]|\b(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.)"
INTRO = (
    r"^\W*" + GREETING_WORDS + r"\b" + _NAME_PART + r"{0,60}$",
    r"\bmy name is\b",
    r"^\W*(?:this is|it's|it is) [^\W\d_]",
    r"\b(?:may|could|can) I (?:please )?(?:speak|talk) (?:to|with)\b",
    r"^\W*" + GREETING_WORDS + r"\b" + _NAME_PART + r"{0,60},\s*(?:this is|it's|it is|my name is)\b",
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
# The pronoun written in lower case ("i missed it", "i'm"), a sure sign of text-speak in a letter.
LOWERCASE_I = r"(?-i:(?<![\w'(.])i(?:'m|'ll|'ve|'d)?(?![\w'.)]))"  # not "i.e." nor a list's "(i)"
LOWERCASE_MIN_WORDS = 6  # a message this long with no capital letter at all is written all in lower case
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

# --- subject lines: the purpose words per scenario (hiring practice examples) ------------------------
SUBJECT_PURPOSE: dict[str, tuple[str, ...]] = {
    "missed": (r"\bapolog", r"\bsorry\b", r"\bmissed\b", r"\bmissing\b", r"\babsence\b", r"\breschedul"),
    "late": (r"\blate\b", r"\bdelay", r"\brunning behind\b", r"\barriv\w*"),
    "reschedule": (r"\breschedul", r"\bnew (?:time|date)\b", r"\bchange\b", r"\bmov(?:e|ing)\b"),
    "cancel": (r"\bcancel",),
    "withdraw": (r"\bwithdraw",),
    # The later messages the plan asks for.
    "confirm": (r"\bconfirm",),
    "follow_up": (r"\bfollow(?:ing)?[- ]?up\b",),
    "declined": (r"\bthank",),
    "thanks": (r"\bthank",),
}
# The role is part of the subject except for a withdrawal, where the name alone is the hiring-practice form.
SUBJECT_NEEDS_ROLE: frozenset[str] = frozenset({"missed", "late", "reschedule", "cancel"})
