"""English wording of the core: choices, field labels, validation problems, rules, plan steps."""

TEXT: dict[str, str] = {
    # --- choices -----------------------------------------------------------------------------------
    "scenario.missed": "I missed the interview",
    "scenario.late": "I'm running late right now",
    "scenario.reschedule": "I need to move it to another time",
    "scenario.cancel": "I want to cancel it",
    "scenario.withdraw": "I want to withdraw from the process",
    "reason.overslept": "I overslept",
    "reason.traffic": "Traffic or public transport",
    "reason.family_emergency": "A family emergency",
    "reason.illness": "I was (or am) ill",
    "reason.forgot": "I forgot",
    "reason.confusion": "I mixed up the date, time or time zone",
    "reason.conflict": "A conflicting appointment",
    "reason.technical": "My phone or computer failed",
    "reason.accepted_offer": "I accepted another offer",
    "reason.not_interested": "I'm no longer interested in the job",
    "reason.other": "Something else (a personal matter)",
    "format.in_person": "In person",
    "format.phone": "Phone call",
    "format.video": "Video call",
    "tone.formal": "Formal",
    "tone.warm": "Warm",
    "hours.office": "Office hours (Monday to Friday, 9 to 5)",
    "hours.extended": "Evenings and weekends too (shops, restaurants, warehouses)",
    # How to address the contact (guide/address.py): "Ms."/"Mr." or the title typed with the name.
    "address.auto": "Let Rebound decide",
    "address.ms": "Ms. or her title, and surname",
    "address.mr": "Mr. or his title, and surname",
    "address.first_name": "First name",
    # The courtesy title put before a surname when the candidate chose it (British English has no dot).
    "address.courtesy.ms": "Ms.",
    "address.courtesy.mr": "Mr.",
    "channel.phone": "Phone script",
    "channel.voicemail": "Voicemail",
    "channel.email": "Email",
    "channel.letter": "Formal letter",
    "channel.text": "Text message",
    # --- field labels ------------------------------------------------------------------------------
    "field.scenario": "What happened?",
    "field.reason": "Why?",
    "field.candidate_name": "Your name",
    "field.company": "Company",
    "field.role": "Job title",
    "field.contact_name": "Who set up the interview",
    "field.address_as": "Address them as",
    "field.interview_format": "Interview type",
    "field.interview_at": "Interview date and time",
    "field.location": "Interview address",
    "field.tone": "Tone",
    "field.employer_hours": "When they work",
    "field.proposed_slots": "New times you can offer",
    "field.eta_minutes": "Minutes until you can be there",
    "field.candidate_phone": "Your phone number",
    "field.candidate_email": "Your email address",
    "field.interviews_so_far": "Interviews you have already had",
    "field.now": "Current time",
    "field.agreed_at": "New interview time (once agreed)",
    "field.times_moved": "Times this interview has already been moved",
    "field.country": "Employer's country (for public holidays)",
    "field.candidate_zone": "Your time zone",
    "field.language": "Language",
    "field.interview_zone": "The interview's time zone",
    # --- problems (validation) ---------------------------------------------------------------------
    "problem.required": "Please fill this in.",
    "problem.too_long": "This is {length} characters long; please keep it under {limit}.",
    "problem.one_line": "Please keep this on one line.",
    "problem.looks_like_code": (
        "This contains {chars}, which looks like code or markup rather than a name. "
        "It will appear exactly as typed."
    ),
    "problem.unknown_choice": "Please choose one of the options.",
    "problem.reason_required": "Please choose why. If none fits, or you'd rather not say, choose “{other}”.",
    "problem.reason_not_for_scenario": "This reason doesn't fit “{scenario}”. Please pick another.",
    "problem.technical_in_person": "A phone or computer failure only fits a phone or video interview.",
    "problem.interview_required": "Please enter the date and time of the interview.",
    "problem.missed_in_future": (
        "This time hasn't come yet, so the interview isn't missed. "
        "To move it, choose “I need to move it to another time”."
    ),
    "problem.already_passed": (
        "This time has already passed. If you missed it, choose “I missed the interview”."
    ),
    "problem.late_long_ago": (
        "The interview started more than three hours ago. Choose “I missed the interview” instead."
    ),
    "problem.late_too_early": (
        "The interview is more than a day away, so you aren't late yet. "
        "To move it, choose “I need to move it to another time”."
    ),
    "problem.not_text": "Please type this in as text.",
    "problem.not_a_time": "Please pick a date and a time.",
    "problem.date_out_of_range": "Please check the year: {year} is not one this guide can plan for ({first} to {last}).",
    "problem.agreed_in_past": "The new interview time must be in the future.",
    "problem.withdraw_past_interview": (
        "This time has already passed. Enter your next booked interview, or clear the date if none is booked."
    ),
    "problem.eta_required": "How many minutes until you can be there?",
    "problem.eta_positive": "Please enter a number of minutes greater than zero.",
    "problem.eta_too_large": (
        "More than {limit} minutes is too late to still attend. "
        "Choose “I need to move it to another time” instead."
    ),
    "problem.not_late": (
        "With this many minutes you will arrive before the interview starts, so you aren't late. "
        "Leave now and go straight there."
    ),
    "problem.not_late-remote": (
        "With this many minutes you will be ready before the interview starts, so you aren't late. "
        "Get ready now and join on time."
    ),
    "problem.slot_in_past": "The time {slot} has already passed. Please offer a time in the future.",
    "problem.slot_duplicate": "The time {slot} is listed twice.",
    "problem.slot_too_many": "Offer two or three times, not {count}: too many choices is hard to answer.",
    "problem.slot_not_business_hours": (
        "{slot} is outside their office hours (weekdays, {opens} to {closes}), so it may not work for them."
    ),
    "problem.negative_count": "Please enter zero or a positive number.",
    "problem.count_too_large": "Please check this number: it should be no more than {limit}.",
    "problem.cancel_passing_reason": (
        "An illness, an emergency or a clash of times is usually temporary. If you still want this job, "
        "moving the interview keeps you in the running where canceling may not: choose “{reschedule}” "
        "above instead."
    ),
    "problem.direction_mark": (
        "This contains an invisible mark that changes the direction of the text (it often comes along "
        "when text is copied), so the words after it may show up reversed. Retyping the field removes it."
    ),
    "problem.email_format": "This doesn't look like an email address (it needs an @ and a domain).",
    # --- the guidance, one sentence per rule (ids and sources in rules.py) ------------------------
    "rule.act-fast": (
        "Get in touch the moment you know. The sooner they hear from you, the better your chance "
        "of another slot."
    ),
    "rule.call-first": "Make the first contact a phone call. Anything written comes after it.",
    "rule.check-messages": "Look at your email and voicemail first: the employer may already have tried to reach you.",
    "rule.same-day": "Reach them the same day if you can, and within a day or two at the very latest.",
    "rule.no-answer": "If nobody picks up, leave a short voicemail and send an email right after it.",
    "rule.confirm-received": (
        "Before the original interview time, make sure the hiring manager or their assistant actually "
        "got your message."
    ),
    "rule.honest-brief": "Give the reason honestly and in a sentence or two, and stay professional.",
    "rule.no-invented-excuses": "Never make up an excuse. Claims like a transit strike are easy to check.",
    "rule.take-responsibility": "Apologize first, own what happened, and say you know it cost them time.",
    "rule.ask-new-time": "Ask plainly whether they can give you another interview time.",
    "rule.offer-slots": "Offer two or three specific times, with the time zone if there could be any doubt.",
    "rule.prevention": "Tell them the concrete step you are taking so it cannot happen again.",
    "rule.email-after-call": "After the call, send an email that repeats the apology and thanks them.",
    "rule.write-while-closed": (
        "When nobody is there to pick up (at night or on the weekend), email now so it is waiting for them, and "
        "call when they are back."
    ),
    "rule.no-answer-written": "If nobody picks up, leave a short voicemail: your email is already waiting for them.",
    "rule.formal-letter": (
        "A brief formal apology letter is a good extra step, even once they have given you a new time."
    ),
    "rule.confirm-in-writing": (
        "Once you have a new time, write back to confirm the day, hour and address, and say yes to the "
        "calendar invitation if one arrives."
    ),
    "rule.gracious-if-declined": (
        "If they decide not to reschedule, thank them politely anyway: it keeps the door open."
    ),
    "rule.follow-up-once": (
        "No reply after about five business days? Follow up once, by phone if you can."
    ),
    "rule.reschedule-once": "Ask to move an interview only once. A second request can take you out of the running.",
    "rule.realistic-eta": "Give an arrival time you can really keep: if it will be 25 minutes, don't say 10.",
    "rule.offer-reschedule-if-very-late": (
        "If you will be more than about 20 minutes late, offer to come at another time instead."
    ),
    "rule.call-order": (
        "Call the person who arranged the interview first, then reception, then the interviewer."
    ),
    "rule.text-only-if-they-text": (
        "Send a text only if the employer has been texting you. Keep it to office hours, spell every "
        "word out, leave out emoji, and send an email after it."
    ),
    "rule.cancel-notice": (
        "Give 24 to 48 hours' notice when you can. With less than a day's notice, call first and then email."
    ),
    "rule.cancel-clearly": "Make it very clear that you are canceling, not asking for another time.",
    "rule.withdraw-clearly": "Make it clear that you are withdrawing from the job, not asking for another time.",
    "rule.weak-reasons": (
        "Canceling an interview for a job you want, for a weak reason, makes you look unreliable and "
        "may close the door at that company."
    ),
    "rule.keep-it-short": "Keep a written message short: about 100 to 150 words, with one sentence of reason.",
    "rule.thank-them": "Thank them for their time and for considering you.",
    "rule.no-other-employer": (
        "Leave out which company you chose, and don't compare the two jobs or suggest one is the better offer."
    ),
    "rule.future-roles": "It is fine to ask them to keep you in mind for future openings.",
    "rule.withdraw-call-late-stage": "After several interviews, call before you put your withdrawal in writing.",
    "rule.withdraw-not-needed": "If no interview has been booked yet, you don't need to withdraw.",
    "rule.show-commitment": (
        "Show you still want the job, then get every detail right from here on: they will watch how you recover."
    ),
    "rule.arrive-early": "For the next interview, be well prepared and do everything you said you would.",
    "rule.on-arrival": "When you arrive, or when the interview starts, say sorry once, briefly, with no long story.",
    # --- prevention steps, as advice to the candidate (the messages word them in the first person) ---
    "prevention.overslept": "set two alarms on two different devices and get everything ready the night before.",
    "prevention.traffic": "plan the route, check it that morning, and leave with at least 30 minutes to spare.",
    # A call taken away from home: be where you will take it in good time (no route to a building).
    "prevention.traffic-remote": "be at the place you will take the call from at least 30 minutes early.",
    "prevention.forgot": "put the interview in your calendar with a reminder the day before and two hours before.",
    "prevention.confusion": "confirm the date, time and time zone in writing, and put it in your calendar with reminders.",
    "prevention.technical": "test your device, connection and the video link the day before, and keep a phone number to call if it fails.",
    "prevention.technical-phone": (
        "charge your phone the night before, take the call somewhere with a good signal, and keep a second "
        "phone nearby in case it fails."
    ),
    "prevention.conflict": "check your calendar before agreeing to a time, and block the slot as soon as it's set.",
    # Once the new time is agreed, "before agreeing to a time" is past: what is left is keeping it clear.
    "prevention.conflict-agreed": "block the new time in your calendar now, and keep everything else away from it.",
    "prevention.confusion-agreed": "put the new time in your calendar with its time zone, and set two reminders.",
    # --- what a well-written message looks like (checked by the draft review) ---------------------
    "rule.apology-first": "Start with the apology, before the explanation or the request.",
    "rule.close-warmly": "End by saying sorry once more or by thanking them.",
    "rule.formal-register": "Write in a formal tone, in full words and without slang.",
    "rule.plain-words": "Keep it short and sweet, so it is easy to read.",
    "rule.subject-line": "Give it a subject line: what it is about, then your name and the job.",
    "rule.details-right": (
        "Check every detail before sending: no leftover template gaps, and the right names, company and job."
    ),
    "rule.name-the-appointment": "In a formal letter, say exactly which interview you mean: its date and time.",
    # --- split from "honest-brief", and what this audience asks about -----------------------------
    "rule.no-blame": "Don't blame anyone else: not the bus, the map app, the receptionist or the recruiter.",
    "rule.no-medical-detail": "Leave out medical details: “I was unwell” is enough.",
    "rule.personal-matter": (
        "Childcare, a court date, your health, a pregnancy or your religion are private: "
        "“a personal matter” is enough, and you do not have to say more."
    ),
    "rule.move-rather-than-cancel": (
        "Canceling can end your chance at this job. If you still want it, ask to move the interview instead."
    ),
    # Cancel and withdraw as defined once (workshop.define.*, chapter 3): cancel a booked interview, withdraw
    # once you have been interviewed.
    "rule.offer-accepted-first": (
        "Once you have accepted another offer, withdraw from each job where you have already been "
        "interviewed: call first, then write."
    ),
    "rule.cancel-others-after-offer": (
        "Once you have accepted another offer, call each employer where an interview is still booked, "
        "cancel it, and then write."
    ),
    "rule.booked-by-agency": (
        "Did a staffing agency or a job center book the interview? Let your contact there know before "
        "anyone else: they deal with the employer for you."
    ),
    "rule.no-phone-number": "No phone number to call? Send the email straight away. It takes the place of the call.",
    "rule.after-two-days": (
        "Even after several days, apologize and ask for another chance: the mistake can still be overcome."
    ),
    "rule.what-happened-answer": (
        "If they ask what happened last time, own it and say what you learned and changed."
    ),
    "rule.video-fails": (
        "If a video interview fails, tell them at once in the chat, by email or by phone. Offer to go on "
        "by phone, and rejoin when you can."
    ),
    "rule.scheduling-link": (
        "Booked through a scheduling link or a hiring app? Move or cancel it there, and still send a short "
        "personal note to the person who invited you."
    ),
    "rule.curt-recruiter": (
        "If the recruiter is curt or angry, stay calm and say sorry once. Don't argue. Ask if another "
        "chance is possible, and take a no politely."
    ),
    "rule.stop-after-follow-up": (
        "Still no reply after your one follow-up? Stop there, or at most send one more short note a week "
        "later. A second chance is never guaranteed, so keep applying elsewhere."
    ),
    "rule.proof": (
        "If they ask for proof, a note showing the date and that you couldn't attend is enough, with no "
        "medical detail."
    ),
    # Only as strong as hiring practice: that you may ask. Whether an employer must agree is the law of
    # the reader's country (the rule.accommodation-law-* entries), never promised here.
    "rule.accommodation": (
        "If a disability makes the interview hard, you can ask for a change, for example another time, or "
        "an interview by phone. This is called an accommodation, and you don't have to name a diagnosis. "
        "Whether the employer must agree depends on the law where you live."
    ),
    # --- where you live: the law on disability and the free public services, by country --------------
    # Translators: the countries (ISO codes, separated by "|") whose law and services a reader of YOUR
    # language is shown, most likely first.
    "rule.countries": "US|GB",
    "rule.accommodation-law-us": (
        "In the US, the ADA covers employers with 15 or more employees. Once you ask, they must make a "
        "reasonable accommodation for a disability, unless it would cause them undue hardship."
    ),
    "rule.accommodation-help-us": (
        "In the US, the Job Accommodation Network (JAN) gives free advice on asking for an accommodation."
    ),
    "rule.accommodation-law-gb": (
        "In the UK, the Equality Act 2010 says an employer must make reasonable adjustments for a disabled "
        "candidate, and that includes the interview."
    ),
    "rule.accommodation-law-es": (
        "In Spain, the Ley General de derechos de las personas con discapacidad requires employers to adapt the "
        "job (adaptación del puesto) so that a person with a disability can get it and do it, unless the "
        "cost to them is an excessive burden."
    ),
    "rule.employment-service-es": (
        "In Spain, your region's public employment service (SEPE is the national one) gives free advice on "
        "looking for work. Ask there what other help there is near you."
    ),
    "rule.accommodation-law-mx": (
        "In Mexico, the Ley Federal del Trabajo forbids turning a candidate down because of a disability, "
        "and the Ley General para la Inclusión de las Personas con Discapacidad names reasonable "
        "adjustments (ajustes razonables): you can ask for one."
    ),
    "rule.employment-service-mx": (
        "In Mexico, the Servicio Nacional de Empleo has offices in every state that give free help with "
        "looking for work. Ask there what other help there is near you."
    ),
    "rule.own-phone": (
        "While you look for work, record a clear voicemail greeting, delete old messages so the inbox never "
        "fills, and pick up calls from unknown numbers politely."
    ),
    "rule.support-services": (
        "Late more than once for the same reason? Ask a workforce center about bus passes, gas cards or "
        "help with childcare."
    ),
    # --- when a step is due ----------------------------------------------------------------------
    "plan.due.now": "Right away",
    "plan.due.today": "Today, {time}",
    "plan.due.tomorrow": "Tomorrow, {time}",
    "plan.due.date": "{date}, {time}",
    "plan.due.open": "When it applies",
    # --- plan steps ---------------------------------------------------------------------------------
    # --- why a plan step matters: a reason the step itself doesn't give (a step with none shows only its
    # source). Never the rule's advice again: the step already carries that advice out.
    "why.check-messages": "The employer may already have tried to reach you.",
    "why.call-first": "A call reaches them fastest, and they hear your apology in your own voice.",
    "why.no-answer": "They hear from you today, even if nobody is at the desk.",
    "why.formal-letter": "A short letter on paper shows you take the slip seriously.",
    "why.follow-up-once": "One follow-up shows you still want the job. More than one can feel like pressure.",
    "why.gracious-if-declined": "A kind reply can keep the door open for later.",
    "why.confirm-in-writing": "Then you both have the same record, so nothing gets mixed up.",
    "why.prevention": "They will want to know it won't happen again.",
    "why.arrive-early": "After a slip, they watch the next step more closely.",
    # A move asked for ahead of time is no slip: its preparation says why in its own terms.
    "why.arrive-early-moved": "They moved their day for you: being ready on time shows it was worth it.",
    "why.prevention-moved": "Then the new time holds: asking to move it again would cost far more.",
    "why.confirm-received": "A message they never got does nothing for you.",
    "why.offer-slots": "Real times make it easy for them to say yes.",
    "why.reschedule-once": "Asking twice can take you out of the running.",
    "why.on-arrival": "Their time is short: the interview is what counts now.",
    "why.offer-reschedule-if-very-late": "That late, the interview may no longer fit into their day.",
    "why.call-order": "The person who set it up can tell the interviewer for you.",
    "why.stop-safely": "A call at the wheel is not safe, and in many places it is against the law.",
    "why.thank-them": "It leaves them with a good last word from you.",
    "why.cancel-clearly": "Otherwise they may think you want another time, and keep holding one for you.",
    "why.withdraw-clearly": "Otherwise they may keep you in the running, or offer you another time.",
    "why.cancel-notice": "With so little time left, a call is the surest way they hear it in time.",
    "why.late-stage-call": "After several interviews, they have spent real time on you.",
    "why.withdraw-call-late-stage": "After several interviews, they have spent real time on you.",
    "why.offer-accepted-first": "Each of them may be holding a place for you.",
    "why.cancel-others-after-offer": "Each of them is holding a time for you.",
    "step.check-messages": (
        "Look at your email and voicemail first: if they have already written to you, answer that message."
    ),
    "step.call-missed": (
        "Call {contact} at {company}. Apologize, say in one sentence what happened, and ask for a new time."
    ),
    "step.call-missed-delayed": (
        "Call {contact} at {company} today, even though some days have gone by. Apologize for missing it and "
        "for not being in touch sooner, say in one sentence what happened, and ask whether they can still "
        "see you."
    ),
    "step.voicemail": "If nobody answers, leave the voicemail (it's under “Voicemail” below).",
    "step.email-missed-now": "Send the apology email. It is outside office hours, so it will be waiting for them.",
    "step.email-missed-now-extended": "Send the apology email now, so it is waiting for them before you call.",
    "step.email-after-call": "Right after the call, send the email so your apology and request are in writing.",
    "step.letter": "If you like, send the formal letter too: attach it to an email, or post it.",
    "step.follow-up": "No reply by then? Follow up once, by phone if you can.",
    "step.if-declined": "If they say no to a new time, reply with a short thank-you anyway.",
    "step.confirm-new-time": "When a new time is agreed: confirm the date, time and place in writing.",
    "step.prevention": "Before the new interview: {prevention}",
    "step.prevention-generic": "Before the new interview, plan the day so nothing can get in the way.",
    "step.arrive-early": "On the day, be ready early: arrive 10 to 15 minutes ahead.",
    "step.arrive-early-remote": "On the day, be ready early: test the link and join the call 5 minutes ahead.",
    "step.arrive-early-phone": (
        "On the day, be ready early: phone charged, somewhere quiet, and answer on the first ring."
    ),
    "step.call-late": (
        "Call now: first {contact}, then reception, then the interviewer. Say you'll be there "
        "in about {eta} minutes (around {arrival})."
    ),
    "step.call-late-offer": (
        "Call now: first {contact}, then reception, then the interviewer. Say you'll be about {late} minutes "
        "late and offer to come at another time instead."
    ),
    "step.call-late-remote": (
        "Call {contact} now (or the interviewer, if you can't reach them). Say you'll be ready in about "
        "{eta} minutes (around {arrival})."
    ),
    "step.call-late-offer-remote": (
        "Call {contact} now (or the interviewer, if you can't reach them). Say you'll be about {late} "
        "minutes late and offer to talk at another time instead."
    ),
    "step.voicemail-late": "If nobody answers, leave the voicemail, then send the email (or a text, if they text you).",
    "step.voicemail-late-short": "If nobody answers, leave the voicemail (or send the text instead, if they text you).",
    "step.on-arrival": "When you arrive: one short apology, then focus on the interview.",
    "step.on-arrival-remote": "When the call starts: one short apology, then focus on the interview.",
    "step.late-follow-up": "After the interview, send the thank-you email (under “Thank-you”): thanks first, the delay owned once.",
    "step.call-reschedule": "Call {contact} at {company} to ask for a new time, and offer the times you can do.",
    "step.email-reschedule": "Send the email with your proposed times.",
    "step.confirm-received": "No answer to your email yet? Before {original}, make sure {contact} (or their assistant) got it.",
    "step.confirm-received-after-call": (
        "If your call only reached voicemail and nobody has answered since: before {original}, make sure "
        "{contact} (or their assistant) got your message."
    ),
    # An employer open evenings and weekends (a café, a store): no reception, no assistant.
    "step.call-late-extended": (
        "Call now: first {contact}, then whoever answers there. Say you'll be there in about {eta} minutes "
        "(around {arrival})."
    ),
    "step.call-late-offer-extended": (
        "Call now: first {contact}, then whoever answers there. Say you'll be about {late} minutes late and "
        "offer to come at another time instead."
    ),
    "step.call-too-late-extended": (
        "Call now: first {contact}, then whoever answers there. You would be about {late} minutes late, which "
        "is too late to still come today: apologize and ask for a new time instead."
    ),
    "step.confirm-received-extended": (
        "No answer to your email yet? Before {original}, make sure {contact} got it: whoever answers there "
        "can pass it on."
    ),
    "step.confirm-received-after-call-extended": (
        "If your call only reached voicemail and nobody has answered since: before {original}, make sure "
        "{contact} got your message (whoever answers there can pass it on)."
    ),
    "step.reschedule-once": "Pick the new time carefully: you should ask to move it only this once.",
    "step.email-cancel": "Send the cancellation email. With the interview days away, writing is enough.",
    "step.email-cancel-now": (
        "Send the cancellation email now, whatever the hour: it will be waiting for them when they start work."
    ),
    "step.email-cancel-after-call": "Right after the call, send the cancellation email so it is in writing.",
    "step.withdraw-email": "Send the withdrawal email to {contact}.",
    "step.withdraw-email-now": (
        "Send the withdrawal email to {contact} now, whatever the hour: it will be waiting for them."
    ),
    "step.withdraw-email-after-call": "Right after the call, send the withdrawal email to {contact}.",
    "step.call-back-out": "Call {contact} and tell them yourself, then put it in writing.",
    "step.call-back-out-open": (
        "When their office opens, call {contact} so they hear it from you before the interview."
    ),
    "step.withdraw-not-needed": (
        "No interview is booked yet, so you don't need a formal withdrawal. A short, polite note is still kind."
    ),
    "step.withdraw-others": (
        "Accepted another offer? Tell every other employer too: cancel any interview still booked, and "
        "withdraw where you have already been interviewed."
    ),
    "plan.someone": "the person who arranged the interview",
    # --- issue 11: timing, agreed times, very late, two clocks -----------------------------------
    "plan.due.two_clocks": "{due} {place} time, {mine} yours",
    "plan.due.day_time": "{day} {time}",
    "step.confirm-agreed": (
        "Confirm the new time, {agreed}, in writing: the day, the hour and the place. Accept the calendar "
        "invitation if one comes."
    ),
    "step.letter-agreed": (
        "Send the formal apology letter, and thank them in it for giving you a new time: attach it to an "
        "email, or post it."
    ),
    # --- issue 24: the plan's timing ---------------------------------------------------------------
    # A new time too close for the post: the letter goes with an email, so it arrives before that time.
    "step.letter-agreed-attached": (
        "Send the formal apology letter, and thank them in it for giving you a new time. Attach it to an "
        "email today, so it reaches them before the new interview."
    ),
    "step.letter-withdraw": "If you'd like a formal record, send the letter too: attach it to the email, or post it.",
    "step.letter-withdraw-attached": (
        "If you'd like a formal record, attach the letter to the email, so it reaches them before the interview."
    ),
    # Translators: {action} is a step of the plan; {holiday} the holiday's name as the calendar gives it.
    "plan.holiday-note": "{action} That day is {holiday}: most offices are open, but theirs may be closed.",
    "step.arrive-early-agreed": "The new interview, {agreed}: be ready early, and arrive 10 to 15 minutes ahead.",
    "step.arrive-early-agreed-phone": (
        "The new interview, {agreed}: be ready early, with your phone charged, somewhere quiet, and answer "
        "on the first ring."
    ),
    "step.arrive-early-agreed-remote": (
        "The new interview, {agreed}: be ready early. Test the link and join the call 5 minutes ahead."
    ),
    "step.stop-safely": "If you are driving, pull over somewhere safe before you call or text anyone.",
    "step.call-too-late": (
        "Call now: first {contact}, then reception, then the interviewer. You would be about {late} minutes "
        "late, which is too late to still come today: apologize and ask for a new time instead."
    ),
    "step.call-too-late-remote": (
        "Call {contact} now (or the interviewer, if you can't reach them). You would be about {late} minutes "
        "late, which is too late to still join today: apologize and ask for a new time instead."
    ),
    "step.moved-before": (
        "This interview has been moved once already. Before you ask again, be honest with yourself: if you "
        "may not make a new time either, canceling is the fairer choice."
    ),
    "rule.late-stage-call": (
        "After two or more interviews with them, phone first and write afterwards, whatever the news."
    ),
    "rule.stop-safely": "Never phone or text while driving: stop somewhere safe first.",
    "problem.slot_holiday": "{slot} falls on {holiday}, a public holiday, so their office may be closed.",
    # Translators: a holiday their offices close for (New Year's Day; in Spain or Mexico, every public holiday).
    "problem.slot_closed_holiday": "{slot} falls on {holiday}, a public holiday when offices close there. Offer another day.",
    "problem.slot_too_soon": (
        "{slot} is less than a day away: they need time to answer and to set it up. Offer a later time too."
    ),
    "problem.slot_before_arrival": "{slot} is before you could get there. Offer a time you can really make.",
    "problem.country_unknown": "Please choose a country from the list.",
    "problem.zone_unknown": "Please choose a time zone from the list.",
    "problem.name_lowercase": (
        "This is all in small letters. Write the name with its capitals, as it appears on your application."
    ),
    "problem.name_capitals": (
        "This is all in capital letters, which reads as shouting in a message. Write it as it appears on "
        "your application."
    ),
    "problem.name_not_latin": (
        "Use your name as it appears on your application, so the recruiter can find you. If you applied "
        "with a Latin-letter spelling, use that (you can add this spelling beside it)."
    ),
    "problem.voicemail_no_phone": (
        "The plan includes a voicemail in case nobody answers, and a voicemail needs a number they can call "
        "you back on. Add your phone number."
    ),
    "problem.missed_days_ago": (
        "This was {days} days ago. Get in touch today anyway, and say sorry for not being in touch sooner."
    ),
    "problem.no_slots": (
        "Offer two or three times you can do: a request with times in it is much easier for them to answer."
    ),
    "problem.moved_before": (
        "It was moved once already. Asking for yet another time is a lot to ask: say sorry for that too, "
        "and take the first time they offer."
    ),
    "problem.moved_before_reschedule": (
        "It was moved once already, and asking a second time can take you out of the running. If you may "
        "not make a new time either, canceling may be the honest choice."
    ),
    # Moved more than once already ({count} is 2 or more).
    "problem.moved_before_more": (
        "It has been moved {count} times already. Asking for yet another time is a lot to ask: say sorry for "
        "that too, and take the first time they offer."
    ),
    "problem.moved_before_reschedule_more": (
        "It has been moved {count} times already, and asking again can take you out of the running. If you "
        "may not make a new time either, canceling may be the honest choice."
    ),
    "step.moved-before-more": (
        "This interview has been moved {count} times already. Before you ask again, be honest with yourself: "
        "if you may not make a new time either, canceling is the fairer choice."
    ),
    "problem.late_stage": (
        "You have had {count} interviews with them, so this weighs more: speak to them yourself as well as "
        "writing, and make every detail right from here on."
    ),
    "problem.too_late_to_come": (
        "About {late} minutes late is too late to still come: the plan asks for a new time instead."
    ),
    # --- issue 24, the plan read by a recruiter --------------------------------------------------------
    "rule.follow-up-times": (
        "No reply yet, and the first time you offered is close? Follow up once, the working day before it."
    ),
    "rule.withdraw-letter": "A short letter puts your withdrawal on record.",
    "step.follow-up-times": (
        "No answer yet about the times you offered? Send the short follow-up (or call) to check your email "
        "reached them, before the first of those times."
    ),
    "step.on-arrival-anyway": (
        "If they tell you to come anyway: when you arrive, one short apology, then focus on the interview."
    ),
    "step.on-arrival-anyway-remote": (
        "If they tell you to join anyway: when the call starts, one short apology, then focus on the interview."
    ),
    "step.late-follow-up-anyway": (
        "If the interview goes ahead today, send the thank-you email afterwards (under “Thank-you”): thanks "
        "first, the delay owned once."
    ),
    # Translators: {action} is a step of the plan; {day} one of the plan.quiet.* names below.
    "plan.quiet-note": "{action} That day is {day}: many offices close early or have few people in, so you may not reach them.",
    "plan.quiet.thanksgiving-eve": "the day before Thanksgiving",
    "plan.quiet.day-after-thanksgiving": "the day after Thanksgiving",
    "plan.quiet.christmas-eve": "Christmas Eve",
    "plan.quiet.new-years-eve": "New Year's Eve",
    "problem.summary": "Some details need attention before the message can be written:",
}
