"""What the checks of the draft review look for in the message: apologies, requests, reasons, excuses.

The word lists are deliberately small and specific: a check that fires on ordinary wording would teach
candidates to ignore the review. Every pattern is a regular-expression fragment matched
case-insensitively on the draft, whose curly quotes have been straightened first.
"""

from __future__ import annotations

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
    # Recognizing what it cost them: "I understand how valuable your time is".
    r"\byour time is (?:very |so |extremely )?(?:valuable|precious|important)\b",
    r"\bhow (?:valuable|precious|important) your time\b",
    r"\bvalu\w* (?:of )?your time\b",
)
ASK_NEW_TIME = (
    r"\breschedul\w*",
    r"\b(?:rearrang|postpon)\w*",
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
    # "could we move the interview to one of these options?", "would another day work?"
    r"\b(?:move|shift|push|change|switch) (?:the|our|my|this) (?:\w+ ){0,2}(?:interview|appointment|meeting|call)\b",
    r"\b(?:these|the following|those) (?:options|times|dates|slots|days)\b",
    r"\b(?:arrange|set up|schedule|book|find|fix|organi[sz]e|agree on|pick|choose) (?:a |another |a new |an alternative |some )?(?:time|date|day|slot|interview|meeting|call)s?\b",
    r"\b(?:would|could|can|might) (?:we|I) (?:still )?(?:meet|speak|talk|interview|come in)\b",
    r"\b(?:would|'d) (?:\w+ ){0,2}(?:welcome|appreciate|love|like|value|be grateful for) (?:\w+ ){0,3}(?:chance|opportunity) to (?:interview|meet|speak|talk|come in)\b",
    r"\bstill (?:be )?(?:consider|interview)\w*",
    r"\b(?:is|was) there (?:any )?(?:chance|possibility|way)\b",
    r"\bif (?:a|another) (?:time|date|day)\b",
    r"\b(?:time|date|day) of your (?:convenience|choosing)\b",
    r"\bbe (?:very |most |so |really |more than )?(?:grateful|glad|happy|pleased|keen|delighted|thankful) (?:\w+ ){0,4}(?:meet|interview|speak|talk|come in)\b",
    r"\b(?:could|can|would|may|might) (?:we|I) (?:please )?(?:move|shift|push back|change|rearrange|postpone)\b",
    r"\b(?:does|would|will|could) (?:\w+ ){0,2}(?:work|suit) (?:for )?you\b",
    # "Would Tuesday the 11th at 2 p.m. or Wednesday at 10 a.m. work for you instead?"
    r"\b(?:does|would|will|could|might) [^?!\n]{0,100}?\b(?:work|suit)s? (?:for )?you\b[^.!\n]{0,20}\?",
)
# A sentence that mentions a new time but says it is *not* asking for one ("no need to find another date").
NEGATION = (r"\bnot\b", r"\bno need\b", r"n't\b", r"\bnever\b", r"\brather than\b", r"\binstead of\b", r"\bwithout\b", r"\bno longer\b")
CANCEL = (
    r"\bcancel\w*",
    r"\b(?:will not|won't|cannot|can't|am unable to|will be unable to|am not able to|will not be able to|won't be able to|will no longer be able to) (?:be )?(?:attend|make it|make (?:the|our|my) (?:interview|appointment|meeting)|come in|come|be there|attending|coming|join|joining)\b",
    r"\bno longer (?:be )?(?:able to attend|available|attend)\b",
    r"\b(?:decline|declining) (?:the |your |this )?(?:kind )?(?:invitation|interview)\b",
)
WITHDRAW = (
    r"\bwithdraw\w*",
    r"\bremove (?:myself|my application|my name|me)\b",
    r"\bno longer (?:wish|want|like) to be considered\b",
    r"\bno longer (?:in a position to )?pursu\w*",
    r"\btake (?:myself|my name) out of\b",
    r"\bno longer (?:interested|seeking|available for (?:this|the) (?:position|role|job))\b",
    r"\b(?:decline|declining) (?:the |your |this )?(?:kind )?(?:invitation|offer|opportunity)\b",
    r"\b(?:decided|chosen|choose) to (?:pursue|accept|take up) (?:another|a different|other)\b",
    r"\bgo in a different direction\b",
)
ARRIVAL_NUMBER = (
    r"(?:\d{1,3}|a few|five|ten|fifteen|twenty|twenty-five|thirty|forty|forty-five|sixty|half an|an|a quarter of an)"
)
ARRIVAL = (
    r"\b(?:arrive|arriving|arrival|be there|get there|be with you|join|rejoin|be ready|reach you|be at|make it|be in)\b[^.!?\n]{0,40}?"
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
    r"[^.!?\n]{0,25}?\b(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s*(?P<half>a\.?m\.?|p\.?m\.?)"
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
    # "I will leave even earlier", "I will check the traffic reports", "I'll make sure to..."
    r"\bI (?:will|'ll|am going to|plan to|intend to|have|'ve|now) (?:\w+ ){0,2}(?:leave|check|set|confirm|plan|allow|double-check|prepare|arrive|give myself|build in|add|put|test|use|keep|take steps|taken steps|changed|arranged|set up)\b[^.!?\n]{0,60}\b(?:earlier|early|ahead|in advance|margin|spare|extra|traffic|route|alarm|reminder|calendar|backup|back-up|the night before|the day before)\b",
    r"\b(?:make sure|ensure|be sure|take care) (?:to|that I|I)\b",
    r"\b(?:taken|take|taking|put) (?:\w+ )?(?:steps|measures|precautions)\b",
    r"\b(?:put|have|set up) (?:\w+ )?(?:systems?|plans?|safeguards?|backups?) in place\b",
    r"\b(?:does|do|will) not (?:happen|occur|recur) again\b",
    r"\b(?:won't|will not|never) (?:let )?(?:this|it|that) happen\b",
    r"\b(?:set|setting) (?:an? |two |several |extra )?(?:alarms?|reminders?)\b",
    r"\bcalendar\b[^.!?\n]{0,40}\b(?:now|always|from now)\b",
    # What is already in place, told later: "Since then, I check the route that morning."
    r"\bsince (?:then|that day),? (?:I|every)\b",
)
# Reasons with nothing to prevent: illness, emergencies, private matters.
UNPREVENTABLE = (
    r"\bunwell\b", r"\bill\b", r"\billness\b", r"\bsick\b", r"\bemergency\b", r"\bpersonal matter\b", r"\bbereavement\b",
    r"\bpassed away\b",
    # Sudden events: nothing the candidate could have planned around.
    r"\b(?:family|personal|childcare|caring) (?:obligation|matter|situation|issue|crisis|responsibilit\w*)\b",
    r"\b(?:unforeseen|unexpected\w*|sudden\w*|unavoidabl\w*)\b", r"\baccident\b", r"\bfuneral\b", r"\bdeath\b",
    r"\bjury duty\b", r"\b(?:robbed|mugged|burglar\w*|break-in)\b", r"\bstrike\b",
)
AVAILABILITY = (
    r"\bavailable\b", r"\bfree (?:on|at|any)\b", r"\bI could (?:do|make|come)\b", r"\b(?:suit|suits|work|works) (?:for )?you\b",
    r"\bconvenient\b", r"\bfollowing times\b", r"\bany of these\b", r"\bone of these\b",
    r"\b(?:I'm|I am|I'd be|I would be|I will be|I'll be) (?:also )?free\b",
)
# Leaving the new time to them: after a missed interview, accepted advice in place of specific slots.
OPEN_TIME = (
    r"\bat your (?:earliest )?convenience\b",
    r"\b(?:whenever|whatever time|any time|anytime|any day|whichever (?:time|day))\b[^.!?\n]{0,40}\b(?:suits?|works?|convenient|best|good|possible)\b",
    r"\b(?:time|date|day)s? (?:that |which )?(?:best )?(?:suits?|works?|is convenient|would suit|would work)\b",
    r"\bconvenient (?:time|date|day)\b",
    r"\b(?:fit|work) (?:around|with|into) your (?:schedule|calendar|diary|availability)\b",
    r"\b(?:flexible|fully available|available any)\b",
    r"\byour (?:availability|schedule|calendar)\b",
    r"\b(?:time|date|day) of your (?:convenience|choosing)\b",
    r"\bany (?:morning|afternoon|evening|day|time|weekday)s?\b",
    r"\bmost (?:mornings|afternoons|evenings|days)\b",
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)
DATE_MENTION = (
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b",
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? \d{1,2}\b",
    r"\b\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b",
    r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b",
    r"\b\d{4}-\d{2}-\d{2}\b",
    r"\btomorrow\b",
    r"\btoday\b",
)
TIME_MENTION = (r"\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)", r"\b\d{1,2}:\d{2}\b", r"\b(?:noon|midday)\b", r"\b(?:morning|afternoon)\b")
CLOSING = (
    r"\bthank", r"\bgrateful\b", r"\bappreciat", r"\bsorry\b", r"\bapolog", r"\bregret\b",
    # A warm last line without the word "thanks": "I look forward to hearing from you", "I wish you well".
    r"\blook(?:ing)? forward\b", r"\bhope to hear\b", r"\bwish (?:you|your team|the team)\b", r"\bbest wishes\b",
)
# Lines that only give contact details; they may come after the real closing sentence.
CONTACT_LINE = (
    r"\breach me\b", r"\bcall me (?:back )?(?:at|on)\b", r"^\W*(?:again, )?that's [\d+(]", r"@",
    # A line that is only a phone number. At most 80 characters are looked at, and the runs are
    # possessive, so a long line of "+-" or "(" is given up on at once instead of backtracking.
    r"^(?=[^\n]{0,80}$)\W*[\d+()][\d\s().+-]{6,}+\W*+$",
)

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
    # Circumstance told as someone else's doing: "They decided to do construction on today of all days."
    r"\bof all (?:days|mornings|afternoons|times|the days)\b",
    r"\b(?:they|the (?:bus|train|transit|transport|rail) company|the city|the council|the company) (?:really )?(?:should|need to|needs to|ought to) (?:fix|sort|do something|have)\b",
    r"\b(?:they|someone|somebody|some idiot|the city|the council|the driver|the bus driver|the train company)\b[^.!?\n]{0,25}\b(?:decided|chose) to\b",
    r"\b(?:as usual|typical(?:ly)?|of course),? (?:the )?(?:traffic|trains?|bus(?:es)?|subway|metro|roads?|transit|construction|roadworks)\b",
    r"\b(?:ridiculous|terrible|awful|horrible|insane|stupid|crazy|useless) (?:traffic|construction|roadworks|trains?|bus(?:es)?|service|drivers?|transit|subway)\b",
    r"\b(?:traffic|construction|roadworks|the trains?|the bus(?:es)?|transit|the subway) (?:is|was|are|were) (?:\w+ )?(?:insane|crazy|ridiculous|terrible|awful|horrible|a nightmare|a joke|a mess|useless)\b",
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
# Signs that a reason is given, in any words; read generously, only to tell a short message that gives
# one from a short message that leaves it out.
REASON_CUES = (
    r"\bbecause\b", r"\bdue to\b", r"\bowing to\b", r"\bsince\b", r"\bas I\b", r"\bafter\b",
    r"\bI (?:overslept|forgot|misread|mixed up|missed my (?:bus|train|flight|connection|ride|lift)|lost track|fell|woke|had to|got stuck|was stuck|was delayed|was held up|was called|was unwell|was ill)\b",
    r"\b(?:came|has come|have come) up\b", r"\bmy (?:alarm|car|train|bus|phone|child|son|daughter|mother|father)\b",
    r"\b(?:traffic|accident|delay\w*|stuck|train|bus|car|flight|transit|strike|alarm|emergency|unwell|ill|illness|sick)\b",
    r"\b(?:conflict|clash|mix-up|mixup|confusion|personal|family|circumstances?|matter|commitment|obligation)\b",
    r"\b(?:accepted|decided|offer|position elsewhere)\b",
    r"\b(?:technical|connection|internet|phone|laptop|computer|power)\b",
    r"\b(?:shift|appointment|exam|class|court|jury|work|job|calendar|diary)\b",
    r"\bwrong (?:day|date|time|address|place|room|building|link)\b",
    r"\b(?:got|had|have) the (?:day|date|time|address|place|room|link) wrong\b",
    r"\b(?:cannot|can't|could not|couldn't|unable to) (?:swap|move|change|avoid|get out of|rearrange)\b",
)
