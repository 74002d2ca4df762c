"""How dates and times are written and said in English (US): CLDR patterns and the words around them.

The ``format.*`` values are CLDR date patterns (Babel fills in the day and month names of the language);
a translation changes the order and punctuation ("EEEE d MMMM" in Britain) and may switch to a 24-hour
clock. The ``when.*`` values are the words around them; ``{at}`` is the ``when.at`` phrase with its time.
"""

TEXT: dict[str, str] = {
    # Written times (emails, letters, the plan): "1:30 PM". Spoken ones drop the ":00" nobody says.
    "format.time": "h:mm a",
    "format.time.spoken": "h a",
    "format.time.spoken_minutes": "h:mm a",
    # Twelve o'clock in the day, said: "noon" ("12 PM" is misheard as midnight). A pattern: quoted words.
    "format.time.spoken_noon": "'noon'",
    "format.weekday": "EEEE",
    "format.day_date": "EEEE, MMMM d",
    "format.day_date_year": "EEEE, MMMM d, y",
    "format.month_day": "MMMM d",
    "format.month_day_year": "MMMM d, y",  # a day months away, said with its year
    # A letter's date line, as US business letters write it: "November 20, 2026".
    "format.letter_date": "MMMM d, y",
    # The paper printouts and letters are laid out for: "letter" (US) or "A4" (most other countries).
    "format.paper": "letter",
    # "at 10 AM"; the second form is for an hour said as one ("at one", where some languages change).
    "when.at": "at {time}",
    "when.at_one": "at {time}",
    "when.today": "today {at}",
    "when.tomorrow": "tomorrow {at}",
    "when.yesterday": "yesterday {at}",
    "when.this_week": "this {day} {at}",
    "when.day_at": "{day} {at}",
    # {nth} is the English ordinal ("27th"); a language without one uses {n}, the day's number.
    "when.day_the": "{day} the {nth} {at}",
    "when.dated": "{date}, {at}",
    # Before a day named in a sentence ("my interview on Friday at 10 AM"), and in a list of times offered.
    "when.on": "on {when}",
    "when.bare": "{when}",
    "when.today_word": "today",
    "when.tomorrow_word": "tomorrow",
    # A day named in a spoken list of days ("Monday, Tuesday, or Wednesday the 18th"): just the day in
    # English; Spanish puts its article before each ("el lunes, el martes o el miércoles 18").
    "when.day_word": "{day}",
    "when.day_the_word": "{day} the {nth}",
    # Something already done: "earlier today", "yesterday", "on Friday".
    "when.done_today": "earlier today",
    # The interview's zone, said once in a message when the candidate's clock differs: "New York time".
    "when.zone": "{city} time",
    "when.done_yesterday": "yesterday",
    # Sent earlier the same day on the candidate's clock but the day before on the employer's: no day
    # word is true on both clocks, this is.
    "when.done_hours_ago": "a few hours ago",
    "when.done_on": "on {day}",
    # Lists: "A or B", and "A, B, or C" with the serial comma US style guides use.
    "when.or": "or",
    "when.and": "and",
    "when.pair": "{first} {conj} {last}",
    "when.series": "{items}, {conj} {last}",
    "when.series_join": ", ",
}
