"""English wording of workshop mode: the room, the facilitator page, the role-play cards and the quiz.

The facilitator page's longer prose (objectives, what to say, debrief, common mistakes) is in the
notebook's markdown cells; everything code prints or a card shows is here.
"""

TEXT: dict[str, str] = {
    # --- the room ----------------------------------------------------------------------------------
    # The title travels in the HTTP status line: short, plain ASCII.
    "workshop.room.full.title": "The room is full",
    "workshop.room.full.detail": (
        "Every seat in this session is taken right now. Please ask your counselor: they can free a "
        "seat or pair you up with someone. There is no need to reload the page again and again."
    ),
    "workshop.room.heading": "Join the session",
    "workshop.room.type": "Participants type this address in their browser, or scan the code with a phone camera:",
    "workshop.room.qr_title": "QR code for the session address",
    "workshop.room.not_running": (
        "No session is running from this page yet. Start one with “make workshop” and this space will "
        "show the address participants type, with a QR code for phones."
    ),
    "workshop.room.site": (
        "Or the browser version: the same app running on each participant's own device, not on this "
        "computer. Its address and code:"
    ),
    "workshop.room.site_qr_title": "QR code for the browser version",
    "workshop.room.when": (
        "Which one? The session address above when phones reach this computer and may be old or slow, "
        "or when the letter must download as a Word file. The browser version when the room is large, "
        "when the Wi-Fi keeps devices apart or phones are on mobile data (then copy the site folder to a "
        "web host and give out that address instead), or for anyone working alone later. Its first "
        "visit takes longer to open."
    ),
    "workshop.serve.site": "Browser version (each device runs it):  {address}",
    "workshop.serve.no_site": "No browser version yet: run “make site” to offer one beside the room.",
    "workshop.serve.description": "Serve Rebound to a workshop room, with the facilitator page beside it.",
    "workshop.serve.participants": "Participants open:  {address}",
    "workshop.serve.facilitator": "Facilitator page (this computer only):  {address}",
    "workshop.serve.room": (
        "Room for {room}: {room} kernels are warming up now (a minute or two); at most {cap} run at once."
    ),
    "workshop.serve.stop": "Press Ctrl+C to end the session.",
    "workshop.serve.bad_room": "ROOM must be at least 1.",
    # --- the timed outline ---------------------------------------------------------------------------
    "workshop.outline.heading": "Timed outline ({minutes} minutes)",
    "workshop.outline.length": "Session length",
    "workshop.outline.length_option": "{minutes} minutes",
    "workshop.outline.at": "From",
    "workshop.outline.minutes": "Minutes",
    "workshop.outline.segment": "Segment",
    "workshop.outline.what_to_do": "What to do",
    "workshop.outline.what_to_say": "What to say",
    "workshop.outline.on_paper": "With no device in the room",
    "workshop.outline.minute": "{minute} min",
    "workshop.outline.pack_heading": "Timed outline, {minutes} minutes (for the counselor)",
    "workshop.outline.kicker": "From minute {start}, for {minutes} minutes",
    "workshop.outline.say_line": "Say: “{say}”",
    "workshop.outline.paper_line": "With no device in the room: {paper}",
    "workshop.outline.welcome.title": "Sign-in and introductions",
    "workshop.outline.welcome.do": (
        "Sign-in sheet at the door. Each person says their first name and one word about how interviews "
        "feel. Say how long the session lasts."
    ),
    "workshop.outline.welcome.do.with_break": (
        "Sign-in sheet at the door. Each person says their first name and one word about how interviews "
        "feel. Say how long the session lasts and when the break is."
    ),
    "workshop.outline.welcome.say": (
        "Most people will one day miss, be late to, or need to move an interview. Today is about "
        "handling that moment so the employer remembers how well you dealt with it."
    ),
    "workshop.outline.welcome.paper": "No change.",
    "workshop.outline.warmup.title": "Warm-up: what would you do?",
    "workshop.outline.warmup.do": (
        "Ask {questions} of the quiz questions, starting with the first. The room answers each by a show of "
        "hands (a, b or c); where it splits, ask one person from each side why, then show the reason."
    ),
    "workshop.outline.warmup.say": "There is no trick here: each answer is a move people really make. Vote for what you would do.",
    "workshop.outline.warmup.paper": (
        "Read each question and its three answers aloud from the printed quiz; read the reason from the "
        "answer key after the vote."
    ),
    "workshop.outline.sorting.title": "Sorting: move, cancel or withdraw?",
    "workshop.outline.sorting.do": (
        "Groups of four or five place each case card under one of the three definition cards. Then go "
        "through the answer key, spending the time on the cards where groups disagreed."
    ),
    "workshop.outline.sorting.say": (
        "The first question is always what you actually want: the same job at another time, not this "
        "interview, or out of a process you are already in. The message follows from that."
    ),
    "workshop.outline.sorting.paper": "No change: the cards are printed.",
    "workshop.outline.model.title": "Model call",
    "workshop.outline.model.do": (
        "Read the model phone call aloud with a volunteer as the hiring manager. Point out the order: who "
        "is calling, the apology, one sentence of reason, the request, the thanks."
    ),
    "workshop.outline.model.say": "Notice how short it is. Nobody needs a long story.",
    "workshop.outline.model.paper": "Read it from the printed model scripts.",
    "workshop.outline.break.title": "Break",
    "workshop.outline.break.do": (
        "A short break: water, the restroom, phones. Write on the board the time you start again, and start then."
    ),
    "workshop.outline.break.say": "When we come back, you will practice the call yourselves, in threes.",
    "workshop.outline.break.paper": "No change.",
    "workshop.outline.setup.title": "Into trios",
    "workshop.outline.setup.do": (
        "Count off into trios, move the chairs, and give each trio one role-play set, face down. {grouping} "
        "Who plays what in round one: candidate, manager, observer."
    ),
    # How a room splits into trios: one rule, printed in the outline and on the facilitator page alike.
    "workshop.group.rule": (
        "One or two people left over join a trio as its second observer: every set is played by a trio, never a pair."
    ),
    "workshop.group.room": "For {people} people: {trios} trios, one set each ({plays} role plays).",
    "workshop.group.extra_one": "The one left over joins trio {trio} as a second observer.",
    "workshop.group.extra_two": "The two left over join trios {first} and {second}, one each, as second observers.",
    "workshop.group.pair": (
        "For {people}: one pair with one set; the hiring manager also ticks the observer's list after the call."
    ),
    # The debrief's discussion prompts (guide.workshop.outline.DEBRIEF_PROMPTS): in the printed outline and
    # on the facilitator page.
    "workshop.debrief.prompts": "Discussion prompts:",
    "workshop.debrief.prompt.hardest": "Which reaction card was hardest to handle, and what helped?",
    "workshop.debrief.prompt.heard": "What did observers hear most often in the strong calls? And in the weaker ones?",
    "workshop.debrief.prompt.one_sentence": "Why does one honest sentence work better than a detailed story?",
    "workshop.debrief.prompt.move_or_cancel": "When would you choose to move an interview rather than cancel it?",
    "workshop.debrief.prompt.next_time": (
        "What will you put in place so it doesn't happen again: alarms, a route check, a calendar reminder?"
    ),
    "workshop.outline.setup.say": "Keep the hiring manager's card face down until your round starts.",
    "workshop.outline.setup.paper": "No change.",
    "workshop.outline.roleplay.title": "Phone role play with employer reaction cards",
    "workshop.outline.roleplay.do": (
        "{rounds} rounds of {round} minutes, called out by you: {read} to read the cards, {call} for the "
        "call, {feedback} for the observer. Then everyone moves one role to the left, and the trio turns "
        "over its next set of cards."
    ),
    "workshop.outline.roleplay.say": (
        "The hiring manager has a card you cannot see. Something may not go to plan, just as in a real "
        "call. Stay polite, keep it short, and know what you want to ask for."
    ),
    "workshop.outline.roleplay.paper": "No change: the candidate's card carries its own model script.",
    "workshop.outline.regroup.title": "Back to seats",
    "workshop.outline.regroup.do": "Chairs back. Collect the role-play sets; they are used again next time.",
    "workshop.outline.regroup.say": "Bring one thing that worked in your trio.",
    "workshop.outline.regroup.paper": "No change.",
    "workshop.outline.email.title": "Fixing a weak email",
    "workshop.outline.email.do": (
        "Hand out the printed weak email. Pairs circle what they would change, with a pen, on paper. Then "
        "show the app's check of the same email on the projector and compare."
    ),
    "workshop.outline.email.say": (
        "A friendly email can still leave the reader without a reason to answer. Look for where the "
        "apology sits, who gets the blame, and whether it asks for anything."
    ),
    "workshop.outline.email.paper": "Read out the check's findings from the printed answer key instead of projecting them.",
    "workshop.outline.write.title": "Your own email",
    "workshop.outline.write.do": (
        "Each person writes, on paper, the short email that follows their role-play call: the apology or "
        "the news, one sentence of reason, the request. Two volunteers read theirs aloud."
    ),
    "workshop.outline.write.say": "Three or four sentences are enough.",
    "workshop.outline.write.paper": "No change.",
    "workshop.outline.debrief.title": "Debrief",
    "workshop.outline.debrief.do": (
        "Whole room. Collect one thing that worked from each trio, then go through the discussion "
        "prompts. Hand out the wallet card."
    ),
    "workshop.outline.debrief.say": (
        "None of this needs a perfect excuse. It needs a quick call, one honest sentence and a clear "
        "request, followed by an email that says the same."
    ),
    "workshop.outline.debrief.paper": "No change.",
    "workshop.outline.exit.title": "Exit ticket and evaluation",
    "workshop.outline.exit.do": "Each participant fills in the exit ticket and the short evaluation; collect both at the door.",
    "workshop.outline.exit.say": "Tick only what you could really do tomorrow morning, without notes.",
    "workshop.outline.exit.paper": "No change.",
    # --- cards -----------------------------------------------------------------------------------------
    "workshop.cards.title": "Rebound workshop cards",
    "workshop.cards.set": "Role-play set {seed}, {count} role plays",
    "workshop.cards.cut": "Print, then cut along the lines. Each role play has three cards with the same number.",
    "workshop.cards.role_plays": "Role-play cards",
    "workshop.cards.rotate": (
        "How the sets rotate: each trio gets one set of three role plays, one for each round. Keep the "
        "set's three hiring-manager cards face down in a pile and turn one over only when its round starts. "
        "After each round everyone moves one role on (candidate to observer, observer to hiring manager, "
        "hiring manager to candidate), so each person is the candidate once and nobody has seen the "
        "reaction on the card they now face. A trio keeps its own set all session."
    ),
    "workshop.cards.trio_set": "Set for trio {trio}: role plays {first} to {last}",
    "workshop.cards.trio_set_one": "Set for trio {trio}: role play {first}",
    "workshop.card.number": "Role play {number}",
    "workshop.card.candidate": "Candidate",
    "workshop.card.manager": "Hiring manager",
    "workshop.card.observer": "Observer",
    "workshop.card.situation.missed": "You missed your interview for the {role} job at {company}.",
    "workshop.card.situation.late": "You are on your way to your interview for the {role} job at {company}, and you will be late.",
    "workshop.card.situation.reschedule": "You cannot make your interview for the {role} job at {company} and want another time.",
    "workshop.card.situation.cancel": "You want to cancel your interview for the {role} job at {company}.",
    "workshop.card.situation.withdraw": "You want to withdraw from the hiring process for the {role} job at {company}.",
    "workshop.card.reason": "Your reason: {reason}.",
    "workshop.card.goal.missed": "Call the hiring manager. Apologize, explain in one sentence, and ask for another interview.",
    "workshop.card.goal.late": "Call now. Say when you will really arrive, or offer another time if that is too late.",
    "workshop.card.goal.reschedule": "Call to ask for one new time, and have two or three times ready to offer.",
    "workshop.card.goal.cancel": "Call to cancel. Make it clear you are not asking for another date, and thank them.",
    "workshop.card.goal.withdraw": "Call to withdraw. Thank them and keep it short; you need not say where you are going.",
    "workshop.card.script_intro": "One way to say it (put it in your own words):",
    # The model call, sentence by sentence: each sentence says one rule the observer listens for
    # (guide.workshop.cards.CALL_ORDER); "open" is who is calling. Brackets are for the candidate to fill.
    "workshop.say.quoted": "“{call}”",
    "workshop.say.missed.open": "Hello, this is [your name]. I missed my interview with you at [time].",
    "workshop.say.missed.take-responsibility": "I am sorry: that was my mistake.",
    "workshop.say.missed.take-responsibility.not_own": "I am very sorry about that.",
    "workshop.say.missed.honest-brief": "[Your reason, in one sentence.]",
    "workshop.say.missed.ask-new-time": "I would still very much like this job. Could we find another time?",
    "workshop.say.missed.offer-slots": "I could do [day] or [day].",
    "workshop.say.missed.thank-them": "Thank you for hearing me out.",
    "workshop.say.late.open": "Hello, this is [your name], for the [time] interview.",
    "workshop.say.late.take-responsibility": "I am sorry: I am running late, and that is my mistake.",
    "workshop.say.late.take-responsibility.not_own": "I am sorry, I am running late.",
    "workshop.say.late.honest-brief": "[Your reason, in one sentence.]",
    "workshop.say.late.realistic-eta": "I will be there at about [time].",
    "workshop.say.late.offer-reschedule-if-very-late": "If that is too late for you, I can come another day instead.",
    "workshop.say.late.thank-them": "Thank you for your patience.",
    "workshop.say.reschedule.open": "Hello, this is [your name], about my interview on [day].",
    "workshop.say.reschedule.honest-brief": "[Your reason, in one sentence.] I am sorry for the change.",
    "workshop.say.reschedule.ask-new-time": "I would still like the job. Could we find another time?",
    "workshop.say.reschedule.offer-slots": "I could do [day] or [day].",
    "workshop.say.reschedule.thank-them": "Thank you for being flexible.",
    "workshop.say.cancel.open": "Hello, this is [your name], about my interview on [day].",
    "workshop.say.cancel.honest-brief": "[Your reason, in one sentence.]",
    "workshop.say.cancel.cancel-clearly": "So I am calling to cancel the interview. I am not asking for another time.",
    "workshop.say.cancel.thank-them": "Thank you for considering me.",
    "workshop.say.withdraw.open": "Hello, this is [your name], about the [job] job.",
    "workshop.say.withdraw.withdraw-clearly": "I am calling to withdraw from the hiring process.",
    "workshop.say.withdraw.no-other-employer": "[Your reason, in one sentence, naming no other employer.]",
    "workshop.say.withdraw.thank-them": "Thank you for the interviews and for your time.",
    # What to say if the call meets a reaction (every card of a scenario lists every one it may meet).
    "workshop.say.if.no-answer": "If nobody answers: the same words as a voicemail, about 30 seconds, with your phone number.",
    "workshop.say.if.gracious-if-declined": "If the answer is no: thank them anyway, and ask them to keep you in mind.",
    "workshop.say.if.no-invented-excuses": "If they ask what happened: the same true sentence again, then your request.",
    "workshop.say.if.no-blame": "If they are annoyed: one calm apology, no arguing, then your request.",
    "workshop.card.manager.context.missed": (
        "You are hiring for the {role} job at {company}. A candidate did not come to their interview "
        "and is now calling you."
    ),
    "workshop.card.manager.context.late": (
        "You are hiring for the {role} job at {company}. The interview starts soon and the candidate "
        "is calling you."
    ),
    "workshop.card.manager.context.reschedule": (
        "You are hiring for the {role} job at {company}. A candidate with an interview booked is calling you."
    ),
    "workshop.card.manager.context.cancel": (
        "You are hiring for the {role} job at {company}. A candidate with an interview booked is calling you."
    ),
    "workshop.card.manager.context.withdraw": (
        "You are hiring for the {role} job at {company}. A candidate you have already met is calling you."
    ),
    "workshop.card.manager.stay_in_role": "Stay in role. Let the candidate lead, and react to what they actually say.",
    "workshop.card.manager.persona.busy": "You are busy: short answers, and you want to get back to work.",
    "workshop.card.manager.persona.warm": "You are friendly and chatty, and glad they called.",
    "workshop.card.manager.persona.formal": "You are formal and careful, and you ask them to repeat their name.",
    "workshop.card.observer.watch": "Tick each point you hear in the call:",
    "workshop.observe.take-responsibility": "I heard an apology before any explanation.",
    "workshop.observe.honest-brief": "I heard one short, honest reason.",
    "workshop.observe.ask-new-time": "I heard a clear request for another interview.",
    "workshop.observe.realistic-eta": "I heard an arrival time they can keep.",
    "workshop.observe.offer-slots": "I heard two or three times they could do.",
    "workshop.observe.cancel-clearly": "I heard clearly that they are not asking for another time.",
    "workshop.observe.withdraw-clearly": "I heard clearly that they are withdrawing, not asking for another time.",
    "workshop.observe.thank-them": "I heard thanks for their time.",
    "workshop.observe.no-other-employer": "I heard no other employer named or compared.",
    "workshop.observe.offer-reschedule-if-very-late": "I heard an offer to come another day instead.",
    "workshop.observe.no-answer": "I heard name, number and request in about 30 seconds.",
    "workshop.observe.gracious-if-declined": "I heard thanks, even after the bad news.",
    "workshop.observe.no-invented-excuses": "I heard the real reason, with no made-up excuse.",
    "workshop.observe.no-blame": "I heard a calm answer, with no arguing and no blaming.",
    "workshop.card.observer.after": "After the call, tell the candidate one thing that worked and one thing to change.",
    "workshop.timing.missed_this_morning": "When: the interview was at 10 this morning. It is now just after lunch.",
    "workshop.timing.missed_yesterday": "When: the interview was yesterday afternoon. You realized this morning.",
    "workshop.timing.late_10": "When: the interview starts in 15 minutes and you are 25 minutes away, so about 10 minutes late.",
    "workshop.timing.late_30": "When: the interview starts in 10 minutes and you are still 40 minutes away.",
    "workshop.timing.reschedule_tomorrow": "When: the interview is tomorrow morning.",
    "workshop.timing.reschedule_next_week": "When: the interview is next Tuesday.",
    "workshop.timing.cancel_tomorrow": "When: the interview is tomorrow at 9.",
    "workshop.timing.cancel_in_three_days": "When: the interview is in three days.",
    "workshop.timing.withdraw_after_two": "When: you have had two interviews; the third is next week.",
    "workshop.timing.withdraw_after_three": "When: you have had three interviews and are waiting to hear back.",
    "workshop.twist.plain": "How to react: pick up, listen, and agree to what is reasonable. Ask one follow-up question.",
    "workshop.card.manager.voicemail": (
        "Nobody answers this call: you are the voicemail of the hiring manager for the {role} job at {company}."
    ),
    "workshop.twist.voicemail.greeting": (
        "“You have reached the hiring team at {company}. Please leave your name, number and a short "
        "message after the tone.”"
    ),
    "workshop.twist.voicemail": (
        "Read the greeting aloud, say “beep”, then stay silent while the candidate leaves a message. "
        "Do not answer or react."
    ),
    "workshop.twist.position_filled": (
        "How to react: listen, then explain that the job has now been filled. See how the candidate takes the news."
    ),
    "workshop.twist.why_missed": (
        "How to react: ask directly, “So what happened?”, and if the answer is vague, ask once more."
    ),
    "workshop.twist.unworkable_time": (
        "How to react: offer one new time only, one the candidate cannot make (say, tomorrow at 7 in the "
        "morning), and see whether they can decline it politely and offer others."
    ),
    "workshop.twist.curt": (
        "How to react: you are annoyed. Open with “You didn't even call! We waited for you.” If they stay "
        "calm and apologize, soften a little; if they argue, stay cool."
    ),
    "workshop.twist.curt_late": (
        "How to react: you are annoyed. Open with “Late? We have a full day of interviews, you know.” If "
        "they stay calm, give an arrival time and apologize, soften a little; if they argue, stay cool."
    ),
    "workshop.twist.curt_move": (
        "How to react: you are irritated. Say “We set this date around you. Now you want to change it?” If "
        "they apologize once and offer times, soften; if they argue, stay cool."
    ),
    "workshop.twist.curt_cancel": (
        "How to react: you are irritated. Say “We held this slot for you, and turned others away.” If they "
        "stay calm and clear, accept it coolly; if they waver, ask whether they are canceling or not."
    ),
    "workshop.twist.asks_to_stay": (
        "How to react: sound disappointed and ask whether they would like a few days to think it over."
    ),
    "workshop.twist.voicemail_full.greeting": (
        "“The mailbox of the hiring team at {company} is full and cannot take any more messages. Goodbye.”"
    ),
    "workshop.twist.voicemail_full": (
        "Read the message aloud and say “click”. Then ask the candidate, “What do you do now?”, and listen without helping."
    ),
    "workshop.card.manager.context.agency": (
        "You are a recruiter at Keystone Staffing. You booked this candidate's interview for the {role} job "
        "at {company}, and they are calling you."
    ),
    "workshop.twist.agency": (
        "How to react: you are worried about your client. Say “This makes me look bad with the employer. What "
        "happened?” If they stay honest and ask you to pass it on, agree to call the employer for them."
    ),
    "workshop.twist.second_miss": (
        "How to react: you are fed up. Say “This is the second time. Why should we give you another chance?” "
        "If they own it and say what has changed, offer one last time; if they make excuses, say no politely."
    ),
    "workshop.card.known.agency": "A staffing agency booked this interview: you call your recruiter there, not the employer.",
    "workshop.card.known.second_miss": "This was already your second date: you missed the first one too, and they gave you this one.",
    "workshop.say.if.no-phone-number": "If the mailbox is full: hang up, send the email straight away, and call again later.",
    "workshop.say.if.booked-by-agency": "To the agency: ask your recruiter to pass it on to the employer, and what happens next.",
    "workshop.say.if.what-happened-answer": (
        "If they say it is the second time: own it, say what you have changed, and take the first time they offer."
    ),
    "workshop.observe.no-phone-number": "I heard their next step: email now, call again later.",
    "workshop.observe.booked-by-agency": "I heard them ask the recruiter to tell the employer.",
    "workshop.observe.what-happened-answer": "I heard them own it and say what has changed.",
    # The hard calls' answer key (guide.workshop.cards.HARD_CALLS), for the counselor walking between trios.
    "workshop.hard.title": "Hard calls: answer key (for the counselor)",
    "workshop.hard.note": (
        "What a good candidate does when the call gets hard, in the guide's own words. The role plays that "
        "hold each one in this print are listed, so you know which trios to walk to."
    ),
    "workshop.hard.curt": "An angry manager: “You didn't even call! We waited for you.”",
    "workshop.hard.curt_late": "An angry manager, when you call to say you are late: “We have a full day, you know.”",
    "workshop.hard.curt_move": "An annoyed manager, when you ask to move it: “Now you want to change it?”",
    "workshop.hard.curt_cancel": "An annoyed manager, when you cancel: “We held this slot for you.”",
    "workshop.hard.position_filled": "“We have filled the position.”",
    "workshop.hard.voicemail_full": "The voicemail box is full",
    "workshop.hard.agency": "The agency's recruiter: “This makes me look bad with the employer.”",
    "workshop.hard.second_miss": "A second no-show: “This is the second time.”",
    "workshop.hard.plays": "In this print: role plays {numbers}.",
    "workshop.hard.play": "In this print: role play {numbers}.",
    "workshop.hard.no_plays": "Not in this print: ask a trio to try it as an extra round if time allows.",
    "workshop.company.1": "Northgate Foods",
    "workshop.role.1": "Line Cook",
    "workshop.company.2": "Riverside Clinic",
    "workshop.role.2": "Receptionist",
    "workshop.company.3": "Summit Logistics",
    "workshop.role.3": "Forklift Operator",
    "workshop.company.4": "Brightwater Library",
    "workshop.role.4": "Library Assistant",
    "workshop.company.5": "Oakline Retail",
    "workshop.role.5": "Sales Associate",
    "workshop.company.6": "Harbor Software",
    "workshop.role.6": "Support Technician",
    # --- the reused chapter material ---------------------------------------------------------------
    "workshop.wallet.title": "Running late? Right now:",
    "workshop.wallet.sheet": "Wallet cards: one per person (cut along the marks)",
    "workshop.wallet.call-order": "Call whoever set it up, then reception.",
    "workshop.wallet.realistic-eta": "Give an arrival time you can keep.",
    "workshop.wallet.offer-reschedule-if-very-late": "Over 20 minutes late? Offer another day.",
    "workshop.wallet.no-answer": "No answer? Short voicemail, then an email.",
    "workshop.wallet.text-only-if-they-text": "Text only if they text you.",
    "workshop.wallet.on-arrival": "When you arrive: one short sorry.",
    "workshop.sort.title": "Sorting cards: move, cancel or withdraw?",
    "workshop.sort.name.reschedule": "Move it",
    "workshop.sort.name.cancel": "Cancel it",
    "workshop.sort.name.withdraw": "Withdraw",
    "workshop.define.reschedule": "Move it: you still want the job, and you ask for the interview at another time.",
    "workshop.define.cancel": (
        "Cancel: an interview is booked and you will not go to it, whatever the reason (you took another "
        "job, or this one is not for you). You are not asking for another time."
    ),
    "workshop.define.withdraw": (
        "Withdraw: you have already had one or more interviews and take yourself out of the running."
    ),
    "workshop.sort.answer_key": "Sorting cards: answer key (for the counselor)",
    "workshop.sort.answer": "Answer: {answer}.",
    "workshop.sort.dentist.case": "Sam has an interview on Thursday, and an urgent dental appointment has just been set for the same hour.",
    "workshop.sort.dentist.why": (
        "Sam still wants the job. Many people would move the dentist first, and if the dentist can wait, "
        "do that. If it cannot, ask to move the interview, and ask now rather than the day before."
    ),
    "workshop.sort.other_offer.case": "Priya accepted a job offer yesterday. She has an interview with another company on Monday.",
    "workshop.sort.other_offer.why": (
        "Her interview is booked and she will not go: cancel it, before Monday, and make clear she is not "
        "asking for another time. Had she already been interviewed there, it would be a withdrawal."
    ),
    "workshop.sort.not_for_me.case": "Leo read more about the job and realized the night shifts would not work for his family. The interview is next week.",
    "workshop.sort.not_for_me.why": (
        "Leo does not want this interview at all: cancel it, clearly, so nobody holds a slot open for him."
    ),
    "workshop.sort.flu.case": "Mia woke up with a high fever. Her interview is this afternoon, and she really wants the job.",
    "workshop.sort.flu.why": (
        "Illness passes, and Mia wants the job: ask to move it. Canceling outright for a reason that passes can close the door."
    ),
    "workshop.sort.waiting_to_hear.case": (
        "Jon had a first interview at a warehouse last week and is waiting to hear. Yesterday he accepted "
        "a job somewhere else."
    ),
    "workshop.sort.waiting_to_hear.why": (
        "Jon has had an interview there, so he is in their hiring process: he withdraws, by a short call or "
        "email, saying he has accepted another position. Had he only sent an application, nothing would be "
        "needed, though a short note is kind."
    ),
    "workshop.sort.third_round.case": "After three interviews with a bank, Ana has decided to stay in her current job.",
    "workshop.sort.third_round.why": (
        "Edge case: withdraw, and because they have spent three interviews on her, by phone before writing."
    ),
    "workshop.sort.second_move.case": "Omar moved his interview once already. Now his new shift falls on the new date too.",
    "workshop.sort.second_move.why": (
        "Edge case: he still wants the job, so it is a move, but a second request is risky. Ask only if "
        "there is truly no way around it, and be ready to hear no."
    ),
    "workshop.sort.tomorrow_morning.case": "Rosa no longer wants the job. The interview is tomorrow at 9, and it is 6 in the evening.",
    "workshop.sort.tomorrow_morning.why": (
        "Edge case: a cancellation with less than a day's notice. Call first (first thing, or now if "
        "the office is still open), then email."
    ),
    "workshop.exit.title": "Exit ticket",
    "workshop.exit.sheet": "Exit tickets, {per_page} to a page: one per person (cut along the marks)",
    "workshop.exit.tick": "Tick what you could do tomorrow morning, without notes:",
    "workshop.exit.open": "One thing I will do differently: ______________________________",
    "workshop.exit.can.call-first": "I can make the first call after I miss an interview or run late.",
    "workshop.exit.can.apology-first": "I can start with the apology, then give one honest sentence of reason.",
    "workshop.exit.can.offer-slots": "I can offer two or three times that work for me.",
    "workshop.exit.can.realistic-eta": "I can give an arrival time I will really keep.",
    "workshop.exit.can.cancel-clearly": "I can tell moving, canceling and withdrawing apart, and say which I mean.",
    "workshop.exit.can.confirm-in-writing": "I can confirm a new time in writing.",
    "workshop.evaluation.title": "Session evaluation",
    "workshop.evaluation.sheet": "Evaluations, {per_page} to a page: one per person (cut along the marks)",
    "workshop.evaluation.when": "Date: ______________   Session: ______________",
    "workshop.evaluation.before_after": (
        "How sure do you feel about handling a missed or late interview?   "
        "Before today: 1  2  3  4  5   Now: 1  2  3  4  5"
    ),
    "workshop.evaluation.scale": "Circle one: 1 not at all, 2, 3, 4, 5 very much.",
    "workshop.evaluation.1": "I know what to do first if I miss or am late to an interview.   1  2  3  4  5",
    "workshop.evaluation.2": "The role play felt close to a real call.   1  2  3  4  5",
    "workshop.evaluation.3": "I would recommend this session to a friend.   1  2  3  4  5",
    "workshop.evaluation.4": "What should we change? ______________________________",
    # --- the quiz ---------------------------------------------------------------------------------------
    "workshop.quiz.heading": "What would you do?",
    "workshop.quiz.choose": "Your answer",
    "workshop.quiz.right": "Right: {answer}",
    "workshop.quiz.wrong": "Not quite. The better answer: {answer}",
    "workshop.quiz.why": "Why:",
    "workshop.quiz.key": "Quiz: answer key (for the counselor)",
    "workshop.quiz.key_answer": "Answer {option}: {answer}",
    "workshop.scripts.title": "Model phone calls, one for each situation",
    "workshop.email.title": "A weak email to mark",
    "workshop.email.key": "The weak email: what the check finds (for the counselor)",
    # A point the weak email was written to show, which the review could not read in this language.
    "workshop.email.point": "✗ Point it out yourself: {title}",
    "workshop.quiz.overslept_call.prompt": "You overslept and missed a 9:00 interview. It is 10:30 on a weekday. What do you do first?",
    "workshop.quiz.overslept_call.a": "Call the hiring manager right away to apologize.",
    "workshop.quiz.overslept_call.b": "Look at your email and voicemail, in case they have already tried to reach you; then call.",
    "workshop.quiz.overslept_call.c": "Send an email: it is less awkward than a call, and it leaves a record.",
    "workshop.quiz.agency.prompt": "A job center set up the interview you missed. Who do you call first?",
    "workshop.quiz.agency.a": "The hiring manager: it was their interview.",
    "workshop.quiz.agency.b": "Your contact at the job center, who arranged it.",
    "workshop.quiz.agency.c": "The front desk, to leave a message for whoever is free.",
    "workshop.quiz.late_eta.prompt": "Your bus is stuck. You will be about 25 minutes late. What do you say when you call?",
    "workshop.quiz.late_eta.a": "That you will be there in 10 minutes, so you sound less late.",
    "workshop.quiz.late_eta.b": "That you will be about 25 minutes late, and can come another day instead if that suits them better.",
    "workshop.quiz.late_eta.c": "That you will be about 25 minutes late, and you will see them then.",
    "workshop.quiz.who_first.prompt": "You will be about 10 minutes late. The recruiter set up the interview. Who do you call first?",
    "workshop.quiz.who_first.a": "The interviewer's own number, if you have it.",
    "workshop.quiz.who_first.b": "The recruiter who arranged it; then reception; then the interviewer.",
    "workshop.quiz.who_first.c": "Nobody: 10 minutes is not worth a call, just hurry.",
    "workshop.quiz.voicemail.prompt": "You call to apologize and nobody picks up. What next?",
    "workshop.quiz.voicemail.a": "Hang up and try again every ten minutes until someone answers.",
    "workshop.quiz.voicemail.b": "Leave a short voicemail, then send an email straight after.",
    "workshop.quiz.voicemail.c": "Hang up and send only an email: voicemails get lost.",
    "workshop.quiz.excuse.prompt": "You forgot the interview. A friend says: tell them there was a train strike. Do you?",
    "workshop.quiz.excuse.a": "No. Say honestly, in one sentence, that it was your mistake.",
    "workshop.quiz.excuse.b": "Say there was “a problem with the trains”: it is vague, so nobody can check.",
    "workshop.quiz.excuse.c": "Say nothing about why, and go straight to asking for a new time.",
    "workshop.quiz.cancel_wording.prompt": "You no longer want the job. Which line belongs in your message?",
    "workshop.quiz.cancel_wording.a": "“Could we perhaps find another time at some point?”",
    "workshop.quiz.cancel_wording.b": "“Something has come up, so I may not be able to make Thursday.”",
    "workshop.quiz.cancel_wording.c": "“I am writing to cancel my interview on Thursday.”",
    "workshop.quiz.other_offer_name.prompt": "You withdraw because another company offered more. Do you say which?",
    "workshop.quiz.other_offer_name.a": "Yes: being open about it is the honest thing to do.",
    "workshop.quiz.other_offer_name.b": "No: thank them and say you have accepted another position.",
    "workshop.quiz.other_offer_name.c": "Yes, and mention the pay, in case they want to match it.",
    "workshop.quiz.move_again.prompt": "You moved an interview once. Now the new time clashes with something else. What do you weigh?",
    "workshop.quiz.move_again.a": "A second request can cost you the chance: only ask if it truly cannot be avoided.",
    "workshop.quiz.move_again.b": "They agreed the first time, so asking again politely is fine.",
    "workshop.quiz.move_again.c": "Go to the interview and leave the other thing early, without telling anyone.",
    # --- the facilitator page's controls -----------------------------------------------------------------
    "workshop.ui.seed": "Card set number",
    "workshop.ui.seed_help": "The same number prints the same cards again. Try another number for a new set.",
    "workshop.ui.room": "People in the room",
    "workshop.ui.sets": "{grouping}",
    # How many copies of each master sheet to print (guide.workshop.printable.copies_needed).
    "workshop.copies.one": "Print 1 copy for a room of {people} ({unit}).",
    "workshop.copies.many": "Print {copies} copies for a room of {people} ({unit}).",
    "workshop.copies.counselor": "for you",
    "workshop.copies.trio": "this set is for one trio",
    "workshop.copies.group": "one for each group of four or five",
    "workshop.copies.pair": "one for each pair",
    "workshop.copies.person": "one for each person, cut apart",
    "workshop.ui.cards_html": "Cards, printable page (.html)",
    "workshop.ui.cards_pdf": "Cards as a PDF (.pdf)",
    "workshop.ui.cards_file": "rebound-workshop-cards-set-{seed}",
}
