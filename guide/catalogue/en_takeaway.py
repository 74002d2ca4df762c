"""English wording of "take it with you": copying, the email link, downloads and the printable plan.

Button labels are the buttons' accessible names too, so each one says what it does and, for a file,
which kind of file it gives (the extension in brackets helps the person find it in their downloads).
"""

TEXT: dict[str, str] = {
    # --- under each message ------------------------------------------------------------------------
    "ui.take.message.heading": "Take it with you",
    "ui.take.copy": "Copy the message",
    "ui.take.copy_subject": "Copy the subject line",
    "ui.take.copied": "Copied. Paste it where you want to send it.",
    "ui.take.copied_subject": "Subject line copied.",
    "ui.take.copy_failed": (
        "This browser did not let the page copy. Select the text above and press Ctrl+C (Command+C on a Mac)."
    ),
    "ui.take.mailto": "Open in your email app",
    "ui.take.mailto_help": "Starts a new email with this subject and text. Add the employer's address, then send.",
    "ui.take.mailto_too_long": (
        "This email is too long to hand to your email app in one link. Use “Copy the message” and paste it "
        "into a new email instead."
    ),
    "ui.take.txt": "Download as text (.txt)",
    "ui.take.eml": "Download as an email draft (.eml)",
    "ui.take.docx": "Download the letter for Word (.docx)",
    # --- under the plan ----------------------------------------------------------------------------
    "ui.take.plan.heading": "Take your plan with you",
    "ui.take.plan.channel": (
        "The printed plan includes your “{channel}” message. To print another one, choose its tab "
        "with your messages."
    ),
    "ui.take.html": "Printable plan (.html)",
    "ui.take.pdf": "Plan as a PDF (.pdf)",
    "ui.take.ics": "Add to calendar (.ics)",
    "ui.take.ics_help": (
        "A calendar event at the new time, with a reminder the evening before and another two hours before."
    ),
    "ui.take.ics_waiting": (
        "Once the employer agrees a new time, enter it in the form and a calendar event with reminders "
        "will be offered here."
    ),
    # --- what a download says while it is made, and after ------------------------------------------
    "ui.take.preparing": "Preparing the file…",
    "ui.take.saved": "Saved as {filename}. You will find it with your downloads.",
    "ui.take.incomplete": "A few details above still need attention. The file will be ready once they are done.",
    "ui.take.failed": "Sorry, the file could not be made just now. Please try again in a moment.",
    # --- the agreed time in the form -----------------------------------------------------------------
    "ui.take.help.agreed_at": (
        "Leave this empty until the employer confirms a new time. Then your plan shows it, and you can "
        "add it to your calendar."
    ),
}
