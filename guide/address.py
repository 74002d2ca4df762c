"""How the candidate asked to address their contact: the form's "Address them as" (``Situation.address_as``).

A name alone does not say how its bearer is addressed: "Lucía Martínez" may be "Estimada Sra. Martínez:"
or "Hola, Lucía:", "Sofía Ramírez" may be a "Lic.", and "Lucy Lee" "Dear Ms. Lee," or "Dear Lucy,". The
candidate knows; the code never guesses a gender from a first name. So the form asks, with four answers:

- ``auto`` (the default): as the name was typed. A typed title is used, and says the gender where it can
  ("Sra.", "Dr."); a bare name is greeted without guessing ("Dear Lucy Lee,", "Buenos días, Lucía
  Martínez:").
- ``ms`` / ``mr``: by title and surname, "Ms. Lee", "Sra. Martínez". A title typed with the name is kept
  ("Lic. Sofía Ramírez" -> "Estimada Lic. Ramírez:"), told its gender by the answer ("Dr." -> "Dra.").
- ``first_name``: by first name, "Dear Lucy,", "Hola, Lucía:".

The choice travels with the contact's name itself (``Addressee``, a ``str``), so every sentence that
fills in the name (the templates, the plan's catalogue entries) reads it where it reads the name, and a
name from code that never asked (a plain ``str``) is ``auto``.
"""

from __future__ import annotations

ADDRESS_AS = ("auto", "ms", "mr", "first_name")
AUTO = "auto"


class Addressee(str):
    """A contact's name as typed, carrying how the candidate asked to address them (``how``)."""

    how: str

    def __new__(cls, name: str, how: str = AUTO) -> "Addressee":
        made = super().__new__(cls, name)
        made.how = how if how in ADDRESS_AS else AUTO
        return made


def how(contact: object) -> str:
    """How ``contact`` is to be addressed: its ``Addressee`` answer, or ``auto`` for a plain name."""
    return getattr(contact, "how", AUTO)


# English courtesy titles, lower case without their dot (a Spanish one is read by guide.spanish).
_EN_TITLES = frozenset("ms mr mrs miss mx dr prof sr sra srta dra".split())
# The titles an answer replaces (they say a gender); any other (Dr., Prof.) is kept.
_EN_GENDERED = frozenset("ms mr mrs miss mx".split())


def _title_and_rest(contact: str) -> tuple[str, list[str]]:
    words = contact.split()
    # A known title, or any abbreviation before a name ("Lic.", "Ing.", "Rev."): never a first name.
    if len(words) > 1 and (words[0].rstrip(".").lower() in _EN_TITLES or words[0].endswith(".")):
        return words[0], words[1:]
    return "", words


def english_greeting_name(contact: str, courtesy: str = "") -> str:
    """Whom "Hi", "Hello" or (with a chosen answer) "Dear" names in English.

    ``auto``: "Priya" for "Priya Raman", "Ms. Lee" as typed (nobody says "Hi Priya Raman"; a title and a
    surname go together). ``ms``/``mr``: the typed title (Dr.) or ``courtesy`` ("Ms.", in the language's
    spelling) and the surname. ``first_name``: the first name, where one was typed."""
    title, rest = _title_and_rest(contact)
    answer = how(contact)
    if not rest:
        return contact
    if answer in ("ms", "mr"):
        keep = title and title.rstrip(".").lower() not in _EN_GENDERED
        surname = " ".join(rest[1:] if len(rest) > 1 else rest)
        return f"{title if keep else courtesy} {surname}"
    if title:
        # A title and a surname only ("Ms. Lee") has no first name to greet by; a title goes with the
        # surname, never the full name ("Ms. Reid", not "Ms. Fiona Reid").
        if answer == "first_name" and len(rest) > 1:
            return rest[0]
        return f"{title} {' '.join(rest[1:] if len(rest) > 1 else rest)}"
    return rest[0]


def english_dear_name(contact: str, courtesy: str = "") -> str:
    """Whom a formal "Dear …," names: the name as typed (``auto``, "Dear Lucy Lee," guessing no gender),
    a typed title with the surname ("Dear Dr. Park,"), else as the candidate asked."""
    if how(contact) == AUTO and not _title_and_rest(str(contact))[0]:
        return str(contact)
    return english_greeting_name(contact, courtesy)
