"""Spanish grammar for what the code fills in: a contact's title and its article, a day's article.

English fills a name into any sentence as it is ("Call Dr. Ruiz"); Spanish puts an article before a
title ("Llame al Dr. Ruiz", "asegúrese de que la Sra. Martínez…") and contracts "a el" and "de el". The
catalogue's Spanish entries keep their English fill-ins (``{contact}``), so the article is added here, to
the value, when a Spanish sentence is filled in (``fill``, called by ``guide.catalogue.text``); the
message templates use the same table through ``templates/es/_partials/words.j2``.

A title says the person's gender (Sra., Dr., Mtra.); without one ("Lucía Martínez") the gender is unknown
and never guessed: no article before a bare name (Spanish needs none), and the greeting uses the first name
("Hola, Lucía:"), never the mass-mailing "Estimado/a". "Lic.", "Ing." and "Prof." before a surname are
read as Spanish and Mexican usage writes them, masculine ("el Lic. Ramírez"): a woman's are "Licda.",
"Inga.", "Profa." ("la Licda. Ramírez"). Before a full name they keep no guessed article: the name is said
without its title ("con Ana Ramírez").

A team typed where a person's name goes ("Equipo de selección", "Recursos Humanos", "Hiring team") is no
person: the messages speak to whoever reads them, as without a name ("Buenos días:", never "Hola,
Equipo:"), and the plan says "Llame al equipo de selección".
"""

from __future__ import annotations

import re

from .address import how

# A title as typed (lower case, with or without its dot) -> the Spanish abbreviation and its gender:
# "a" feminine, "o" masculine, "" unknown (Lic. and Ing. are written the same for women and men).
TITLES: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("ms", "mrs", "miss", "sra", "señora"), ("Sra.", "a")),
    **dict.fromkeys(("srta", "señorita"), ("Srta.", "a")),
    **dict.fromkeys(("mr", "sr", "señor"), ("Sr.", "o")),
    **dict.fromkeys(("dra", "doctora"), ("Dra.", "a")),
    **dict.fromkeys(("dr", "doctor"), ("Dr.", "o")),
    **dict.fromkeys(("mtra", "maestra"), ("Mtra.", "a")),
    **dict.fromkeys(("mtro", "maestro"), ("Mtro.", "o")),
    **dict.fromkeys(("licda", "licenciada"), ("Licda.", "a")),
    **dict.fromkeys(("lic", "licenciado"), ("Lic.", "o?")),
    **dict.fromkeys(("inga", "ingeniera"), ("Ing.", "a")),
    **dict.fromkeys(("ing", "ingeniero"), ("Ing.", "o?")),
    **dict.fromkeys(("profa", "profesora"), ("Profa.", "a")),
    **dict.fromkeys(("prof", "profesor"), ("Prof.", "o?")),
    "mx": ("", ""),
}


# A team or a department typed where a person's name goes.
_TEAM = re.compile(
    r"^(?:the |el |la )?(?:equipo|departamento|área|recursos humanos|rr\.? ?hh\.?|selección|reclutamiento|"
    r"talento|hiring|recruiting|recruitment|human resources|hr|people|talent)\b",
    re.IGNORECASE,
)


def team(contact: str) -> bool:
    """Whether ``contact`` names a team, not a person ("Equipo de selección", "RR. HH.", "Hiring team")."""
    return bool(_TEAM.match(contact.strip())) if isinstance(contact, str) else False


def person(contact: str) -> str:
    """The person a message speaks to: the contact as typed, or "" for a team (see the module)."""
    return "" if team(contact) else contact


# A title said of a woman or of a man, when the candidate said which (guide.address: "ms", "mr"); Lic.
# and Ing. are written the same for both ("Estimada Lic. Ramírez:").
_AS_WOMAN = {"Sr.": "Sra.", "Dr.": "Dra.", "Mtro.": "Mtra.", "Prof.": "Profa."}
_AS_MAN = {"Sra.": "Sr.", "Srta.": "Sr.", "Dra.": "Dr.", "Mtra.": "Mtro.", "Profa.": "Prof.", "Licda.": "Lic."}


def _split(contact: str) -> tuple[str, str, str]:
    """(title in Spanish, its gender, the name without it). A gender read from usage alone ("o?", Lic.)
    holds before a surname only: before a full name it is "" (never guessed from a first name). The
    candidate's answer (``guide.address``: "ms", "mr") gives the gender, and a title where none was typed."""
    answer = how(contact)
    title, g, rest = "", "", contact.strip()
    parts = rest.split(None, 1)
    if len(parts) == 2:
        found = TITLES.get(parts[0].lower().rstrip("."))
        if found is not None:
            title, g = found
            rest = parts[1]
            if g == "o?":
                g = "o" if len(rest.split()) == 1 else ""
    if answer == "ms":
        return _AS_WOMAN.get(title, title) or "Sra.", "a", rest
    if answer == "mr":
        return _AS_MAN.get(title, title) or "Sr.", "o", rest
    return title, g, rest


def _surname(rest: str) -> str:
    """The surnames of a full name ("Ramírez" of "Sofía Ramírez", "Fernández García" of "Lucía Fernández
    García"): what follows a title when a person is addressed by it."""
    words = rest.split()
    return " ".join(words[1:]) if len(words) > 1 else rest


def vocative(contact: str) -> str:
    """The contact as called by name at the start of a voicemail or a text: "Sra. Martínez", "Lic.
    Ramírez" (a title goes with the surname), "Lucía" (a bare name, or the first name if so chosen)."""
    title, _g, rest = _split(contact)
    if title and (how(contact) != "first_name" or len(rest.split()) == 1):
        return f"{title} {_surname(rest)}"
    return rest.split()[0] if rest else ""


def name(contact: str) -> str:
    """ "Sra. Lee" (from "Ms. Lee"), "Dr. Ruiz", "Lucía Martínez": as written in an address or a call."""
    title, _gender, rest = _split(contact)
    return f"{title} {rest}" if title else rest


def gender(contact: str) -> str:
    """ "a", "o", or "" when the title does not say it (or there is none)."""
    return _split(contact)[1]


def titled(contact: str) -> bool:
    return bool(_split(contact)[0])


def the(contact: str) -> str:
    """With its article where Spanish needs one: "la Sra. Lee", "el Dr. Ruiz"; a bare name as it is.
    A title whose gender is unknown ("Lic. Ramírez") loses its title instead of getting a guessed article:
    "Lucía Ramírez"."""
    if team(contact):
        return _team_named(contact)
    title, g, rest = _split(contact)
    if not title:
        return rest
    if how(contact) in ("ms", "mr"):
        rest = _surname(rest)
    if g == "a":
        return f"la {title} {rest}"
    if g == "o":
        return f"el {title} {rest}"
    return rest if len(rest.split()) > 1 else f"{title} {rest}"


def _team_named(contact: str) -> str:
    """A team with its article, as a sentence names it: "el equipo de selección", "el departamento de
    Recursos Humanos"; an English name of a team ("Hiring team") as the Spanish one."""
    words = re.sub(r"^(?:the|el|la)\s+", "", contact.strip(), flags=re.IGNORECASE)
    lower = words.lower()
    if lower.startswith(("equipo", "departamento", "área")):
        return ("el área" if lower.startswith("área") else "el " + lower.split()[0]) + words[len(words.split()[0]):]
    if re.match(r"(?:recursos humanos|rr\.? ?hh)", lower):
        return f"el departamento de {words}"
    return "el equipo de selección"


def team_name(contact: str) -> str:
    """A team as a letter's address block names it: "Departamento de Recursos Humanos", "Equipo de
    selección"."""
    named = _team_named(contact)
    words = named.split(" ", 1)[1] if named.startswith(("el ", "la ")) else named
    return words[:1].upper() + words[1:]


def team_salutation(contact: str) -> str:
    """A team greeted as one, then spoken to as ustedes: "Estimado equipo de selección:", "Estimado equipo
    de Recursos Humanos:" (a department is greeted as the people in it)."""
    named = _team_named(contact)
    if named.startswith("el departamento de "):
        return f"Estimado equipo de {named[len('el departamento de '):]}:"
    if named.startswith(("el departamento", "el área")):
        return f"Estimado equipo d{named[1:]}:"  # "del departamento comercial", "del área de ventas"
    return f"Estimado {named[3:]}:"


def first_name(contact: str) -> str:
    """The first name of a name typed in full ("Lucía" of "Lucía Martínez"), for "Hola, Lucía:"."""
    return _split(contact)[2].split()[0] if contact.strip() else ""


def salutation(contact: str, formal: bool, letter: bool = False) -> str:
    """The greeting of an email or a letter, with its colon.

    Without a name the message still speaks to the one person who reads it, in the singular usted of
    every sentence after it: "Buenos días:" (an email), "A quien corresponda:" (a letter). "Estimado
    equipo de selección:" would ask for "ustedes" all through ("les agradezco", "habían reservado").

    A formal message to a named person opens "Estimada Sra. Martínez:" where the title (or the
    candidate's answer, ``guide.address``) says the gender, and never with the "Estimado/a" of mass
    mailings nor the "Hola" of a friend: "Buenos días, Lic. Ramírez:", "Buenos días, Lucía Martínez:".
    Only a candidate who chose the first name writes "Hola, Lucía:" (a letter, never "Hola")."""
    if not contact.strip() or team(contact):
        return "A quien corresponda:" if letter else "Buenos días:"
    answer = how(contact)
    title, g, rest = _split(contact)
    if answer == "first_name" and (not title or len(rest.split()) > 1):
        first = rest.split()[0]
        if formal and g:
            return f"Estimad{g} {first}:"
        return f"Buenos días, {first}:" if letter else f"Hola, {first}:"
    if not formal:
        return f"Hola, {vocative(contact)}:"
    if g:
        return f"Estimad{g} {title} {_surname(rest)}:"
    if title:
        # A title that does not say the gender keeps its place before the surname: "Buenos días, Lic. Ramírez:".
        return f"Buenos días, {title} {_surname(rest)}:"
    return f"Buenos días, {rest}:"


def fill(pattern: str, values: dict[str, object]) -> str:
    """A Spanish catalogue sentence filled in: a titled contact gets its article, contracted after "a" and
    "de" ("Llame al Dr. Ruiz"). Only our own article contracts, never a name ("a El Salvador")."""
    contact = values.get("contact")
    if not (isinstance(contact, str) and (titled(contact) or team(contact))):
        return pattern.format(**values)
    marker = "\x00"
    out = pattern.format(**{**values, "contact": marker})
    with_article = the(contact)
    if with_article.startswith("el "):
        rest = with_article[3:]
        out = re.sub(r"\b([Aa]|[Dd]e) \x00", lambda m: {"a": "al", "A": "Al", "de": "del", "De": "Del"}[m.group(1)] + " el\x00", out)
        out = out.replace(" el\x00", " \x01").replace("\x00", with_article).replace("\x01", rest)
        return out
    return out.replace(marker, with_article)


# The US federal holidays by the names Spanish speakers in the US use: the ``holidays`` package has no
# Spanish for the US (it has for Spain, Mexico and most of Latin America, asked for directly).
_US_HOLIDAYS = {
    "New Year's Day": "Año Nuevo",
    "Martin Luther King Jr. Day": "Día de Martin Luther King Jr.",
    "Washington's Birthday": "Día de los Presidentes",
    "Memorial Day": "Día de los Caídos",
    "Juneteenth National Independence Day": "Juneteenth, Día Nacional de la Independencia",
    "Independence Day": "Día de la Independencia",
    "Labor Day": "Día del Trabajo",
    "Columbus Day": "Día de la Hispanidad",
    "Veterans Day": "Día de los Veteranos",
    "Thanksgiving Day": "Día de Acción de Gracias",
    "Christmas Day": "Navidad",
}


def holiday(name: str) -> str:
    """A holiday's name in Spanish where the calendar gave it in English ("Labor Day" -> "Día del
    Trabajo"; "(observed)" -> "(trasladado)"); a name already in Spanish as it is."""
    observed = name.endswith(" (observed)")
    base = name.removesuffix(" (observed)")
    out = _US_HOLIDAYS.get(base, base)
    return f"{out} (trasladado)" if observed else out
