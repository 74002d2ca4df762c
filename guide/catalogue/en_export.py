"""English wording of the exports: downloaded files, the calendar event and the printable plan."""

TEXT: dict[str, str] = {
    # --- file names: lowercase ASCII words joined by hyphens (a file name must survive any system) ---
    "export.file.phone": "phone-script",
    "export.file.voicemail": "voicemail",
    "export.file.email": "email",
    "export.file.letter": "letter",
    "export.file.text": "text-message",
    "export.file.reply": "reply",
    "export.file.confirm": "confirmation",
    "export.file.thanks": "thank-you",
    "export.file.follow_up": "follow-up",
    "export.file.declined": "thank-you-reply",
    "export.file.event": "interview",
    "export.file.plan": "plan",
    "export.file.fallback": "rebound",
    # --- plain text download ---------------------------------------------------------------------
    "export.txt.subject": "Subject: {subject}",
    # --- calendar event --------------------------------------------------------------------------
    "export.ics.summary": "Interview: {role} at {company}",
    "export.ics.company": "Company: {company}",
    "export.ics.role": "Job: {role}",
    "export.ics.contact": "Contact: {contact}",
    "export.ics.place": "Where: {place}",
    "export.ics.alarm.evening": "Tomorrow at {time}: your interview at {company}. {prevention}",
    "export.ics.alarm.soon": "In two hours: your interview at {company}. {arrive}",
    # --- due times, as the printed plan shows them -----------------------------------------------
    # --- the printable plan ----------------------------------------------------------------------
    "export.handout.title": "Your plan",
    "export.handout.for": "{company} – {role}",
    "export.handout.situation": "What happened: {scenario}",
    "export.handout.new_time": "New interview: {when}",
    "export.handout.new_time_at": "New interview: {when}, {place}",
    "export.handout.steps": "What to do, most urgent first",
    "export.handout.when": "When",
    "export.handout.what": "What to do",
    "export.handout.prevention": "So it doesn't happen again",
    "export.handout.message": "Your message: {channel}",
    "export.handout.subject": "Subject: {subject}",
    "export.handout.note": "Note: {note}",
    "export.handout.made": "Prepared with Rebound on {date}. Keep it with you until everything is settled.",
    # --- problems an export can meet -------------------------------------------------------------
    "export.error.no_agreed_time": (
        "There is no new interview time yet. Once the employer agrees one, enter it under "
        "“New interview time (once agreed)” and the calendar event will be ready."
    ),
    "export.error.address": "“{address}” doesn't look like an email address (it needs an @ and a domain).",
    "export.error.needs_server": (
        "The Word file needs Rebound running on a computer, not in the browser. Download the letter "
        "as .txt instead and paste it into your word processor."
    ),
}
