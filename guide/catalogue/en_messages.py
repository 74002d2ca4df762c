"""English wording around the messages: the names of the later message kinds and small phrases."""

TEXT: dict[str, str] = {
    # Tabs for the messages the plan asks for after the first contact.
    "channel.reply": "If they wrote first",
    "channel.confirm": "Confirm the new time",
    "channel.thanks": "Thank-you",
    "channel.follow_up": "Follow-up",
    "channel.declined": "If they say no",
    # When a later call will come, said in an email sent the evening before.
    "message.call_next.tomorrow": "tomorrow morning",
    "message.call_next.on_day": "on {day} morning",
    # The call comes later on the day the email goes (sent at 7 am, the call at 9).
    "message.call_next.this_morning": "later this morning",
    "message.call_next.today": "later today",
    # Shown with the reply to an employer who wrote first: it keeps their subject, so we invent none.
    "message.reply-note": "Send this as a reply to their message, so it keeps their subject line.",
    # The text's note for an employer open evenings and weekends (a shop, a café): no "office hours".
    "message.text-note-extended": (
        "Send a text only if the employer has been texting you. Keep it to their working hours, spell every "
        "word out, leave out emoji, and send an email after it."
    ),
}
