"""English wording of the widget layer: group headings, help lines, hints, plan and message framing.

Control labels are not here: each control is named by its ``field.<name>`` key (en_core), so a label
reads the same in the form, in a problem summary and in the browser tests. Help lines that restate a
rule reuse ``rule.<id>`` instead of saying it a second time.
"""

TEXT: dict[str, str] = {
    # --- shown where a widget cannot run (a notebook viewed on a website, or before it is executed) ---
    # Each says once what appears in its place, so an export (HTML or PDF) reads as a description of the
    # page; the chapters' first cell says how to run them, so these don't repeat it.
    "ui.static_fallback": "An interactive part of Rebound appears here once the notebook runs.",
    "ui.static.form": (
        "[The form appears here once the notebook runs. It asks what happened, when the interview is, "
        "the company, the job and your name.]"
    ),
    "ui.static.plan": "[Your plan appears here: each step, when to do it, and why.]",
    "ui.static.messages": (
        "[Your messages appear here, written from your details: a phone script, a voicemail, an email "
        "and a letter.]"
    ),
    "ui.static.draft": "[The draft check appears here: paste your message and see what to change.]",
    "ui.static.app": "[The Rebound form, plan and messages appear here.]",
    # --- the advice of a chapter ----------------------------------------------------------------------
    "ui.guidance.heading.missed": "If you missed the interview",
    "ui.guidance.heading.late": "If you are running late",
    "ui.guidance.heading.reschedule": "If you need to move it",
    "ui.guidance.heading.cancel": "If you want to cancel it",
    "ui.guidance.heading.withdraw": "If you want to withdraw",
    "ui.guidance.heading.after": "After your message",
    "ui.guidance.all": "All the advice, in groups, with where each point comes from",
    "ui.guidance.group.first-contact": "Getting in touch",
    "ui.guidance.group.what-to-say": "What to say",
    "ui.guidance.group.on-the-day": "On the day",
    "ui.guidance.group.new-time": "A new time",
    "ui.guidance.group.cancel-or-withdraw": "Canceling or withdrawing",
    "ui.guidance.group.writing": "Writing it down",
    "ui.guidance.group.after": "Afterwards",
    "ui.guidance.group.where-you-live": "Where you live: the law and free help",
    # --- the app's workspace: the form, and beside it (or below it, on a phone) the plan and messages ---
    "ui.projector": "Projector mode: larger text, stronger contrast",
    "ui.section.form": "1. What happened",
    "ui.section.form.help": (
        "Start at the top and fill in what you know. Only a few details are needed: what happened, when "
        "the interview was, the company, the job and your name. Your plan and your messages change as you "
        "type. If a detail needs another look, a short note appears right under it."
    ),
    "ui.section.plan": "2. What to do now",
    "ui.section.plan.help": (
        "This is your plan, the most urgent step first. Each step says when to do it and why, and names "
        "the advice it comes from. You don't have to remember it all: do the first step, then come back. "
        "Under the plan you can save it as a one-page handout to print or keep on your phone."
    ),
    "ui.section.messages": "3. Your message",
    "ui.section.messages.help": (
        "Each tab holds the words for one way of getting in touch. The one your plan puts first is open. "
        "Read it once out loud, change anything that doesn't sound like you, and then send it or say it. "
        "The buttons under each message copy it, open it in your email app, or save it as a file."
    ),
    # --- the app page on a phone: one step per screen, a bar at the bottom to move between them ----------
    "ui.steps.nav": "Steps",
    "ui.steps.where": "Step {number} of {total}: {step}",
    "ui.steps.back": "Back",
    "ui.steps.next": "Next: {step}",
    "ui.steps.show_message": "Show my message",
    "ui.steps.happened": "What happened",
    "ui.steps.details": "Your details",
    "ui.steps.plan": "What to do now",
    "ui.steps.message": "Your message",
    "ui.steps.after": "After the message",
    # --- the form -----------------------------------------------------------------------------------
    "ui.form.privacy": (
        "Nothing you type here is saved or shared. It is only used to fill in your plan and your "
        "messages on this page."
    ),
    "ui.group.interview": "The interview",
    "ui.group.employer": "Who you are writing to",
    "ui.group.you": "About you",
    "ui.group.message": "Your message",
    "ui.help.interview_at": "The day and time it was (or is) booked for, as it reads on your own clock.",
    "ui.help.interview_at.withdraw": "Leave this empty if no interview has been booked yet.",
    "ui.help.location": "Optional. The address goes into the formal letter.",
    "ui.help.contact_name": "Optional. With a name, the messages can greet them personally.",
    "ui.help.address_as": (
        "Rebound never guesses from a name: choose Ms. or Mr. for “Dear Ms. Lee,”, or First name "
        "for “Dear Lucy,”."
    ),
    "ui.help.employer_hours": (
        "Where managers work evenings and weekends, the plan calls then too, and such times are fine to offer."
    ),
    "ui.help.about_you": (
        "Only your name is needed. Your phone number and email address are optional: they go under "
        "your name so the employer can reach you."
    ),
    "ui.zone.same": "The same as mine",
    "ui.help.interview_zone": (
        "If the employer is in another time zone, choose theirs: the plan then gives each time on their "
        "clock and on yours, and skips their public holidays. Pick every time on your own clock."
    ),
    "ui.plan.clocks": "Times are on the interview's clock ({place} time), with yours beside them.",
    "ui.help.interviews_so_far": "Count every interview you have had with them, phone screens included.",
    "ui.help.proposed_slots": (
        "Offer two or three specific times you can really make, picked on your own clock (for a phone "
        "or video interview the messages add your time zone). Another box appears when you fill one in. "
        "Leave the rest empty."
    ),
    "ui.reason.choose": "Choose one",
    "ui.help.tone": "Formal suits most employers. Warm suits a contact who has been friendly and informal.",
    "ui.slot.2": "Another time you can offer",
    "ui.slot.3": "A third time you can offer",
    "ui.list_separator": ", ",
    # --- the plan ------------------------------------------------------------------------------------
    "ui.plan.waiting": "Your step-by-step plan will appear here as soon as these details are complete: {fields}.",
    "ui.plan.why": "Why:",
    "ui.plan.source": "Source: {source}",
    "ui.plan.see_tab": "The words to use are under “{channel}” below.",
    "ui.source.000_3c29c32ea522268d.txt": "an article on writing a letter to say sorry for a missed interview",
    "ui.source.001_21a47bea370c2c15.txt": "an article on calling or writing to say sorry when you miss an interview",
    "ui.source.002_0b928312843e7f91.txt": "an article on recovering from a missed interview",
    "ui.source.003_39a87e99f4cab505.txt": "an article on pulling out of an interview politely",
    "ui.source.hiring practice": "common hiring practice",
    "ui.source.law.US.ada": "the Americans with Disabilities Act (ADA)",
    "ui.source.law.GB.equality-act": "the Equality Act 2010 (UK)",
    "ui.source.law.ES.lgdpd": (
        "Spain's Ley General de derechos de las personas con discapacidad (Real Decreto Legislativo 1/2013, "
        "article 40)"
    ),
    "ui.source.law.MX.lft-lgipd": (
        "Mexico's Ley Federal del Trabajo (article 133) and Ley General para la Inclusión de las Personas con "
        "Discapacidad"
    ),
    "ui.source.well-known practice": "what the public employment services are well known to offer",
    # --- the messages --------------------------------------------------------------------------------
    "ui.message.waiting": "This message will appear here as soon as these details are complete: {fields}.",
    "ui.message.subject": "Subject:",
    "ui.message.words": "{count} words",
    # --- when something breaks on our side -----------------------------------------------------------
    "ui.error.unexpected": (
        "Sorry, something went wrong on our side while updating this part of the page. What you typed "
        "is still there: try changing a field again, or reload the page if it keeps happening."
    ),
}
