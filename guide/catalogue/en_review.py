"""English wording of the draft review: each check's heading, its reasons, its suggestions, the summary.

Keys are ``review.<check>.<part>``: ``title`` (heading), ``pass``/``fail`` (one-line reason, with an
optional ``.<variant>``), ``fix`` (the suggestion for a failure), ``problem`` (the failure as a short
phrase for the summary line). Values in braces are filled in by ``guide.review``; bits of the
candidate's draft arrive already in quotes.
"""

TEXT: dict[str, str] = {
    # --- summary and notes ------------------------------------------------------------------------
    "review.summary.empty": "Nothing to check yet: paste your draft into the box.",
    # What the draft does well comes first, then the one thing to fix first.
    "review.summary.ready": "Ready to send: {good}.",
    "review.summary.ready.plain": "Ready to send: all {total} checks pass.",
    "review.summary.general": "All {total} general checks pass; choose what the message is about for the full review.",
    "review.summary.fix": "What works: {good}. Fix first: {problem}.",
    "review.summary.fix.plain": "Fix first: {problem}.",
    # A must-fix problem: "not ready" comes first, at a glance, then the one thing to fix, then what works.
    "review.summary.must": "Not ready to send. Fix first: {problem}. What works: {good}.",
    "review.summary.must.plain": "Not ready to send. Fix first: {problem}.",
    "review.summary.polish": "What works: {good}. One small touch left: {problem}.",
    "review.summary.polish.plain": "One small touch left: {problem}.",
    "review.note.unknown-scenario": (
        "It isn't clear what this message is about, so only the general checks ran. "
        "Choose what the message is about for the full review."
    ),
    "review.note.guessed": "Checked as “{scenario}”. If that's not right, choose what the message is about.",
    # A bit of the draft quoted in a reason line, in the language's quotation marks (Spanish: «…»).
    "review.quote": "“{item}”",
    "review.list.join": "{first} or {last}",
    "review.list.and": "{first} and {last}",
    "review.severity.must": "Must fix",
    "review.severity.should": "Should fix",
    "review.severity.style": "Nice to have",
    "review.severity.note": "Worth a look",
    # --- leftover placeholders -------------------------------------------------------------------
    "review.no-placeholders.title": "No leftover gaps",
    "review.no-placeholders.pass": "No template gaps like “[Company]” are left in.",
    "review.no-placeholders.fail": "Template gaps are still in the text: {found}.",
    "review.no-placeholders.fix": "Replace each gap with the real detail, or delete it.",
    "review.no-placeholders.problem": "a template gap is still in the text",
    # --- names and details match the form ---------------------------------------------------------
    "review.details-match.good": "the names and details are right",
    "review.details-match.title": "Names and details match",
    "review.details-match.pass": "The names, company and job match what you entered.",
    "review.details-match.fail": "Some details don't match what you entered. {items}",
    "review.details-match.item.greeting": "It greets {found}, but the contact you entered is {expected}.",
    "review.details-match.item.name": "It is signed or introduced as {found}, but your name is {expected}.",
    "review.details-match.item.company": "It mentions {found}, but the company you entered is {expected}.",
    "review.details-match.item.role": "It mentions the {found} job, but the job you entered is {expected}.",
    "review.details-match.fix": (
        "Correct the name or detail; if you reused an earlier message, check every line again."
    ),
    "review.details-match.problem": "a name or detail doesn't match what you entered",
    # --- apology first --------------------------------------------------------------------------------
    "review.apology-first.good": "it opens with an apology",
    "review.apology-first.title": "Apology comes first",
    "review.apology-first.pass": "It opens with an apology.",
    "review.apology-first.fail.missing": "There is no apology in it.",
    "review.apology-first.fail.late": "The apology only comes in sentence {position}; it should open the message.",
    "review.apology-first.fix.missing": "Begin with a plain apology, for example: “I am sorry that I missed our interview.”",
    "review.apology-first.fix.late": "Move the apology to the start, right after the greeting.",
    "review.apology-first.problem": "the apology isn't at the start",
    # --- responsibility ----------------------------------------------------------------------------
    "review.take-responsibility.good": "it owns what happened",
    "review.take-responsibility.title": "You take responsibility",
    "review.take-responsibility.pass": "It owns what happened or recognizes the time it cost them.",
    "review.take-responsibility.pass.late": "A plain apology is all a quick word about running late needs; the rest can wait.",
    "review.take-responsibility.pass.unpreventable": "It apologizes sincerely; for something you couldn't help, that is enough.",
    "review.take-responsibility.fail": "It doesn't own the mistake or recognize what it cost them.",
    "review.take-responsibility.fix": (
        "Add one sentence that owns it, such as “That was my mistake” or "
        "“I know you had set that time aside for me.”"
    ),
    "review.take-responsibility.problem": "it doesn't take responsibility",
    # --- asking for a new time ----------------------------------------------------------------------
    "review.ask-new-time.good": "it asks for a new time",
    "review.ask-new-time.title": "A clear request for a new time",
    "review.ask-new-time.pass": "It asks for another time to meet.",
    "review.ask-new-time.fail": "It never asks for another time to meet.",
    "review.ask-new-time.fix": "Ask plainly, for example: “Would it be possible to reschedule?”",
    "review.ask-new-time.problem": "no clear request for a new time",
    # --- canceling -------------------------------------------------------------------------------------
    "review.cancel-clearly.good": "it cancels plainly",
    "review.cancel-clearly.title": "Clearly a cancellation",
    "review.cancel-clearly.pass": "It says plainly that you are canceling, without asking for another date.",
    "review.cancel-clearly.fail.missing": "It never says outright that you are canceling the interview.",
    "review.cancel-clearly.fail.mixed": "It cancels but also seems to ask for another time: {found}.",
    "review.cancel-clearly.fix.missing": "Say it in so many words: “I need to cancel my interview on …”",
    "review.cancel-clearly.fix.mixed": (
        "If you are canceling, remove the request for a new time; if you want a new time, "
        "choose “I need to move it to another time” instead."
    ),
    "review.cancel-clearly.problem": "it isn't clear that you are canceling",
    # --- withdrawing ----------------------------------------------------------------------------------
    "review.withdraw-clearly.good": "it withdraws plainly",
    "review.withdraw-clearly.title": "Clearly a withdrawal",
    "review.withdraw-clearly.pass": "It says plainly that you are withdrawing your application.",
    "review.withdraw-clearly.fail.missing": "It never says outright that you are withdrawing.",
    "review.withdraw-clearly.fail.mixed": "It withdraws but also seems to ask for another time: {found}.",
    "review.withdraw-clearly.fix.missing": "Say it in so many words: “I am withdrawing my application for …”",
    "review.withdraw-clearly.fix.mixed": "Remove the request for a new time, so they know the decision is final.",
    "review.withdraw-clearly.problem": "it isn't clear that you are withdrawing",
    # --- running late: arrival time -----------------------------------------------------------------
    "review.arrival-time.good": "it says when you will arrive",
    "review.arrival-time.title": "When you will arrive",
    "review.arrival-time.pass": "It says when you expect to be there.",
    "review.arrival-time.fail": "It doesn't say when you will get there.",
    "review.arrival-time.fix": "Give a time you can keep, for example: “I expect to arrive by 10:25 AM.”",
    "review.arrival-time.problem": "no arrival time",
    "review.eta-matches.good": "the arrival time is realistic",
    "review.eta-matches.title": "A realistic arrival time",
    "review.eta-matches.pass": "The arrival time matches what you told us.",
    "review.eta-matches.fail.minutes": "It says {said} minutes, but you told us it will be about {eta}.",
    "review.eta-matches.fail.clock": "It says {said}, but with the time you gave, you will arrive around {expected}.",
    "review.eta-matches.fix.minutes": "Give the real delay: they can plan around a later time, not around a broken promise.",
    "review.eta-matches.fix.clock": "Give the time you can really keep: {expected}.",
    "review.eta-matches.problem": "the arrival time is too optimistic",
    # --- subject line -----------------------------------------------------------------------------
    "review.subject-line.good": "the subject says what it is",
    "review.subject-line.title": "A subject that says what it is",
    "review.subject-line.pass": "The subject says what the email is about.",
    "review.subject-line.pass.checked": "The subject says what the email is about, with your name and the job.",
    "review.subject-line.fail.missing": "The email has no subject line.",
    "review.subject-line.fail.incomplete": "The subject doesn't give {missing}.",
    "review.subject-line.part.purpose": "what the email is about",
    "review.subject-line.part.name": "your name",
    "review.subject-line.part.role": "the job title",
    "review.subject-line.fix.missing": "Add one, such as “Apology for missed interview – your name – the job title”.",
    "review.subject-line.fix.incomplete": "Use the pattern “purpose – your name – job title”.",
    "review.subject-line.problem": "the subject line is missing or unclear",
    # --- honest and brief -------------------------------------------------------------------------
    "review.no-blame.title": "Nobody else is blamed",
    "review.no-blame.pass": "It doesn't put the blame on anyone or anything else.",
    "review.no-blame.fail": "This reads as blaming someone else: {found}.",
    "review.no-blame.fix": "Leave out who or what else was at fault; say what happened and own your part.",
    "review.no-blame.problem": "it blames someone else",
    "review.no-invented-excuse.title": "A reason they can believe",
    "review.no-invented-excuse.pass": "Nothing in it sounds like a made-up excuse.",
    "review.no-invented-excuse.fail": (
        "{found} can happen to anyone, and employers hear it often as an excuse, so they may check."
    ),
    "review.no-invented-excuse.fix": (
        "If it is true, keep it to one plain sentence with no extra detail; "
        "if it isn't, give the real reason or just “a personal matter”."
    ),
    "review.no-invented-excuse.problem": "an unusual reason, stated plainly only if true",
    "review.no-medical-detail.title": "No medical details",
    "review.no-medical-detail.pass": "It doesn't go into medical details.",
    "review.no-medical-detail.fail": "It gives medical details: {found}.",
    "review.no-medical-detail.fix": "“I was unwell” is enough; health details are private and need not be shared.",
    "review.no-medical-detail.problem": "it shares medical details",
    "review.not-over-explained.title": "A short explanation",
    "review.not-over-explained.pass": "The explanation is kept short.",
    "review.not-over-explained.fail": "It tells a long story ({count} linking phrases such as {found}).",
    # {story} and {words} are numbers of words; {found} quotes the draft's first sentence of story.
    "review.not-over-explained.fail.story": (
        "It tells the whole story: {story} of its {words} words are about what went wrong, from {found}."
    ),
    "review.not-over-explained.fix": "One sentence of reason is enough; cut the rest of the story.",
    "review.not-over-explained.problem": "it over-explains",
    # --- cancel and withdraw: the other employer ----------------------------------------------------
    "review.no-better-job.title": "The other job stays private",
    "review.no-better-job.pass": "It doesn't name or compare the other employer.",
    "review.no-better-job.fail.ranks": "It compares the other job favorably: {found}.",
    "review.no-better-job.fail.names": "It names the other employer: {found}.",
    "review.no-better-job.fix.ranks": "Say only that you have accepted another position; don't rank it.",
    "review.no-better-job.fix.names": "You don't need to name them: “another organization” is enough.",
    "review.no-better-job.problem": "it names or ranks the other job",
    # --- running very late ----------------------------------------------------------------------------
    "review.very-late-offer.good": "it offers to come another time",
    "review.very-late-offer.title": "An offer to come another time",
    "review.very-late-offer.pass": "At {eta} minutes late, it offers to come at another time instead.",
    "review.very-late-offer.fail": "At {eta} minutes late, it doesn't offer to come at another time instead.",
    "review.very-late-offer.fix": "Add: “If it suits you better, I would be glad to reschedule.”",
    "review.very-late-offer.problem": "no offer to reschedule, though you are very late",
    # --- prevention -------------------------------------------------------------------------------
    "review.prevention.good": "it says how it won't happen again",
    "review.prevention.title": "How it won't happen again",
    "review.prevention.pass": "It says what you are doing so it won't happen again.",
    "review.prevention.fail": "It doesn't say what you will do so it won't happen again.",
    "review.prevention.fix": "Add one concrete step, for example: “I now set two alarms and prepare everything the night before.”",
    "review.prevention.problem": "no step to stop it happening again",
    # --- slots ----------------------------------------------------------------------------------------
    "review.offer-slots.good": "it makes picking a time easy",
    "review.offer-slots.title": "Specific times offered",
    "review.offer-slots.pass": "It offers specific times.",
    "review.offer-slots.pass.entered": "It offers {found} of the {entered} times you entered.",
    "review.offer-slots.pass.open": "It leaves the new time to them, which is fine after a missed interview.",
    "review.offer-slots.fail": "It doesn't offer two or three specific times.",
    "review.offer-slots.fail.entered": "It offers {found} of the {entered} times you entered.",
    "review.offer-slots.fix": "List two or three days and times you can do, with the time zone if it could be unclear.",
    "review.offer-slots.fix.entered": "Add the times you entered, one per line, so they can simply pick one.",
    "review.offer-slots.fail.entered_none": "It offers none of the times you entered.",
    "review.offer-slots.fix.entered_none": "Add the times you entered, one per line, so they can simply pick one.",
    "review.offer-slots.problem": "no specific times offered",
    # --- closing -----------------------------------------------------------------------------------------
    "review.close-warmly.good": "it ends warmly",
    "review.close-warmly.title": "Ends with thanks or an apology",
    "review.close-warmly.pass": "It ends by thanking them or apologizing again.",
    "review.close-warmly.fail": "The ending neither thanks them nor repeats the apology.",
    "review.close-warmly.fix": "Finish with a line such as “Thank you for your understanding.”",
    "review.close-warmly.problem": "no thanks or apology at the end",
    # --- company and job named ---------------------------------------------------------------------
    "review.details-named.title": "Company and job named",
    "review.details-named.pass": "It names the company and the job.",
    "review.details-named.fail": "It doesn't name {missing}.",
    "review.details-named.part.company": "the company ({company})",
    "review.details-named.part.role": "the job ({role})",
    "review.details-named.fix": "Name the company and the job once, so they know at a glance which interview you mean.",
    "review.details-named.problem": "the company or job isn't named",
    # --- letter: which interview --------------------------------------------------------------------
    "review.name-the-appointment.title": "The interview named exactly",
    "review.name-the-appointment.pass": "It gives the date and time of the interview.",
    "review.name-the-appointment.fail": "It doesn't give {missing} of the interview.",
    "review.name-the-appointment.part.date": "the date",
    "review.name-the-appointment.part.time": "the time",
    "review.name-the-appointment.fix": "Name the interview exactly: day, date, time and place.",
    "review.name-the-appointment.problem": "the interview's date or time is missing",
    # --- length ----------------------------------------------------------------------------------------
    "review.length.good": "it is the right length",
    "review.length.title": "Length",
    "review.length.pass": "{words} words: a good length.",
    "review.length.pass.short": "{words} words: short, and it still says everything it needs to.",
    "review.length.pass.short-unsound": "{words} words: short is fine here, once the problems above are fixed.",
    "review.length.fail.long": "{words} words: longer than the {high} or so this kind of message needs.",
    "review.length.fail.sentences": "{sentences} sentences: a text should say it in {most} at most.",
    "review.length.fail.short": "Only {words} words, and it leaves out {missing}.",
    "review.length.part.purpose": "what the message is for",
    "review.length.part.reason": "the reason, in one sentence",
    "review.length.part.ask": "a request for a new time",
    "review.length.part.thanks": "a word of thanks",
    "review.length.fix.long": "Cut it down: keep the apology, one sentence of reason, the request and the thanks.",
    "review.length.fix.sentences": "Keep only what they need now: the apology, when you will be there, and thanks.",
    "review.length.fix.short": "Add what is missing in a sentence each; short is fine once it is complete.",
    "review.length.problem": "the length is off",
    # --- register -------------------------------------------------------------------------------------
    "review.formal-register.title": "Formal wording",
    "review.formal-register.pass": "No slang, emoji or shouting capitals.",
    "review.formal-register.fail": "Too casual for an employer: {found}.",
    "review.formal-register.fix": (
        "Write it out in plain, formal words with normal capitals: no slang, abbreviations, emoji, "
        "“!!” or words in capitals."
    ),
    "review.formal-register.lowercase": "all in lower case",
    "review.formal-register.problem": "the wording is too casual",
    # --- markup --------------------------------------------------------------------------------------
    "review.no-markup.title": "Plain text",
    "review.no-markup.pass": "It is plain text.",
    "review.no-markup.fail": "It contains web page code such as {found}; the review read only its text.",
    "review.no-markup.fix": "Paste or type the message as plain text, so the code doesn't appear in what you send.",
    "review.no-markup.problem": "it contains web page code",
    # --- readability -----------------------------------------------------------------------------
    "review.readability.title": "Easy to read",
    "review.readability.pass": "Easy to read: about school grade {grade}.",
    "review.readability.fail": "Hard going: it reads at about school grade {grade}; aim for {limit} or below.",
    "review.readability.fix": "Split long sentences in two and prefer short, everyday words.",
    "review.readability.problem": "long sentences make it hard to read",
    # A draft longer than the review reads: only its start was checked. {limit} is a number of characters.
    "review.capped.draft": "This draft is longer than any message needs: only its first {limit} characters were checked.",
    "review.capped.subject": "Only the first {limit} characters of the subject line were checked.",
    # A draft in a language other than English: the checks that match English words are left out.
    "review.english_only": (
        "These checks read English only and were not applied: {checks}. Without them, the review gives no score."
    ),
    # A draft read in a language other than English whose words are mostly not that language's.
    "review.summary.unread": (
        "This review can't judge this draft: it knows too few of its words in this language, so it gives "
        "no score. Read it over yourself, or switch the page to the draft's language."
    ),
    "review.summary.partial": "All {total} checks that can read a draft in this language pass.",
    # What the subject line and the length checks can say of a draft in another language.
    "review.subject-line.pass.present": "The email has a subject line.",
    "review.subject-line.pass.named": "The subject gives your name and the job.",
    "review.length.pass.brief": "{words} words: short, which is fine as long as it says everything it needs to.",
    # --- reading a draft in another language: short word lists, separated by "|" --------------------
    # Translators: each review.read.* entry lists words of YOUR language, lowercased, separated by "|"
    # (not a translation of the English words one by one). US and British English read drafts with
    # fuller lists of their own; these English entries show what each list is for.
    # The word before a subject line ("Subject: ...").
    "review.read.subject": "subject|subj|re",
    # Words a greeting line starts with ("Dear Ms. Lee,").
    "review.read.greeting": "dear|hello|hi|good morning|good afternoon|good evening|to whom it may concern",
    # Whole sign-off lines ("Kind regards,").
    "review.read.signoff": "sincerely|yours sincerely|yours faithfully|kind regards|best regards|regards|best wishes|many thanks|thank you|thanks",
    # Words that say who is calling or writing ("my name is Ana García").
    "review.read.intro": "this is|it's|it is|my name is",
    # Courtesy titles before a name.
    "review.read.titles": "mr|mrs|ms|miss|mx|dr|prof|sir|madam",
    # Words of a greeting that name nobody in particular ("Dear Hiring Team").
    "review.read.addressees": "hiring|manager|team|recruiter|recruitment|hr|human|resources|department|whom|it|may|concern|the|and|to",
    # Small words that are not part of a name or a job title.
    "review.read.function_words": "to|for|in|at|with|on|by|from|a|an|the|of|and|or|my|your|this|that",
    # Words that announce when you will get there, or that you are delayed.
    "review.read.arrival": "arrive|arriving|arrival|be there|get there|be with you|late|delayed",
    # The word for minutes after a number ("20 minutes").
    "review.read.minutes": "minutes|minute|mins|min",
    # Words before an hour ("at 10"); several words are fine ("by around").
    "review.read.at_hour": "at|by|around|before",
    # Words for a day that are not dates (today, yesterday); leave out any that also mean something else.
    "review.read.days": "today|tomorrow|yesterday",
    # Words that tell the story of what went wrong on the way: transport, the alarm, the phone's battery,
    # the map, getting lost, words that chain events ("and then", "by the time") and words for a bad day.
    # A sentence with one of them is a sentence of story; leave out words a good message also uses
    # (sorry, interview, time, late, today), a phone number's words (phone, mobile) and words that are
    # also job titles (receptionist, building).
    "review.read.story": (
        "bus|buses|train|tram|subway|metro|tube|taxi|cab|car|ride|lift|traffic|roadworks|accident|crash|"
        "broke down|breakdown|flat tire|flat tyre|alarm|battery|charger|map|maps|gps|app|directions|"
        "wrong way|wrong turn|got lost|lost my way|parking|front desk|"
        "and then|then i|then the|then my|by the time|after that|on top of that|to make matters worse|"
        "it turned out|meanwhile|which meant|frustrating|stressful|nightmare|chaos|chaotic|hectic|"
        "all round|all around"
    ),
    # Words that put a sentence in the future ("Next time I will leave earlier"): a step that keeps it
    # from happening again is not part of the story, even when it names the bus or the alarm.
    "review.read.ahead": "next time|in future|in the future|from now on|going forward|i will|i'll|i now|i have since",
}
