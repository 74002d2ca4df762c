"""compose() in Spanish: every message of the grid of tests/test_messages.py, written from templates/es/.

The rules that read alike in every language (word budgets, scaled by 1.2 as Spanish runs longer; spoken
times; sentences said once; names; subjects; the two tones; each channel in its own words; blame, advice
and the interview's format, each language in its own words) run over the Spanish grid in
tests/test_messages.py. These are Spanish's own: no English left in what the templates write (the names
the candidate typed are data, taken out first), one apology at most, usted and a formal letter, dates as
Spanish speakers write and say them.
"""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from guide import SCENARIOS, Situation, compose
from guide.messages import KINDS, TEMPLATES_DIR, Message, kinds_for

from .conftest import make_situation
from .test_messages import AGREED, SLOTS, said
from .test_messages import broken as broken_in
from .test_messages import grid as grid_in

def es(scenario: str, **fields: object) -> Situation:
    return make_situation(scenario, language="es", **fields)


def grid(scenario: str) -> tuple[tuple[str, Situation, Message], ...]:
    """Every Spanish message of ``scenario``: (label, situation, message)."""
    return grid_in(scenario, "es")


def broken(scenario: str, rule) -> list[str]:
    return broken_in(scenario, rule, "es")


def written_by_templates(s: Situation, m: Message) -> str:
    """The subject and body with everything the candidate typed taken out: what the templates wrote."""
    out = f"{m.subject or ''}\n{m.body}"
    typed = [s.candidate_name, s.company, s.role, s.contact_name, s.location, s.candidate_phone, s.candidate_email]
    for value in sorted((v for v in typed if isinstance(v, str) and v.strip()), key=len, reverse=True):
        out = out.replace(value.strip(), " ")
    return out


ALL_SCENARIOS = pytest.mark.parametrize("scenario", SCENARIOS)


def test_the_grid_covers_every_kind_in_spanish():
    kinds = {m.channel for scenario in SCENARIOS for _label, _s, m in grid(scenario)}
    assert kinds == set(KINDS)  # every kind of guide.domain, first contacts and later ones


# Common English words that never occur in Spanish text (nor as part of a Spanish word: checked whole).
ENGLISH = re.compile(
    r"\b(the|and|interview|please|thank|thanks|would|could|you|your|my|I'm|I|sorry|apolog\w*|position|job|"
    r"role|email|call|today|tomorrow|yesterday|with|for|at|on|of|to|is|will|can't|again|time|number|"
    r"Dear|Hello|Hi|Sincerely|regards|Ms|Mr|Mrs|Hiring|Manager|AM|PM|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)\b"
)


@ALL_SCENARIOS
def test_no_english_is_left(scenario):
    def rule(s, m):
        found = sorted(set(ENGLISH.findall(written_by_templates(s, m))))
        return f"English: {found}" if found else None

    assert broken(scenario, rule) == []


LEFTOVER = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}|_\(|\bNone\b|\bundefined\b|  | \.| ,|\.\.|\(\)|¿ |\?\?")


@ALL_SCENARIOS
def test_nothing_of_the_template_is_left_and_no_line_has_stray_spaces(scenario):
    def rule(s, m):
        found = LEFTOVER.search(f"{m.subject or ''}\n{m.body}")
        if found:
            return f"left {found.group(0)!r}"
        if any(line != line.strip() for line in m.body.splitlines()):
            return "a line with stray spaces"

    assert broken(scenario, rule) == []


APOLOGY = re.compile(r"\b(disculp\w*|lament\w*|perd[oó]n\w*|perdone|siento|sienta)\b", re.I)


@ALL_SCENARIOS
def test_one_apology_at_most(scenario):
    def rule(s, m):
        n = len(APOLOGY.findall(said(m)))
        return f"{n} apologies" if n > 1 else None

    assert broken(scenario, rule) == []


@ALL_SCENARIOS
def test_written_messages_greet_formally_or_warmly_and_a_letter_always_formally(scenario):
    def rule(s, m):
        if m.medium not in ("email", "letter"):
            return None
        formal = m.medium == "letter" or s.tone == "formal"
        greeting, closing = m.parts.salutation, m.parts.closing
        if not greeting.endswith(":"):
            return f"greeting {greeting!r} without a colon"
        # A title says the gender ("Estimada Sra. Lee:"); a bare name gets its first name ("Hola, Jordan:").
        if formal and not (greeting.startswith(("Estimad", "Hola, ", "Buenos días", "A quien corresponda")) and closing == "Atentamente,"):
            return f"{greeting} … {closing}"
        if not formal and not (greeting.startswith(("Hola", "Buenos días")) and closing == "Un cordial saludo,"):
            return f"{greeting} … {closing}"

    assert broken(scenario, rule) == []


# --- what each situation needs ------------------------------------------------------------------------


def test_the_greeting_follows_the_title_typed_and_never_guesses_a_gender():
    def greeting(contact, tone="formal"):
        return compose(es("missed", contact_name=contact, tone=tone), "email").parts.salutation

    assert greeting("Ms. Lee") == "Estimada Sra. Lee:"
    assert greeting("Mr. Lee") == "Estimado Sr. Lee:"
    assert greeting("Sra. Gómez") == "Estimada Sra. Gómez:"
    # Gender unknown: never "Estimado/a", nor a formal message's "Hola" to a first name nobody chose
    # (the form's "Address them as" gives "Estimado Sr. Lee:" or "Hola, Jordan:", tests/test_address.py).
    assert greeting("Jordan Lee") == "Buenos días, Jordan Lee:"
    assert greeting("Jordan Lee", "warm") == "Hola, Jordan:"
    # No name: the one person who reads it, in the singular usted the message speaks in (never a team).
    assert greeting("") == "Buenos días:"
    assert greeting(None) == "Buenos días:"
    assert greeting("Ms. Lee", "warm") == "Hola, Sra. Lee:"
    assert greeting("", "warm") == "Buenos días:"
    phone = compose(es("missed", contact_name="Ms. Lee"), "phone").body
    assert "¿Podría hablar con la Sra. Lee, por favor?" in phone


def test_dates_are_written_and_said_the_spanish_way():
    s = es("reschedule", interview_at=datetime(2026, 11, 21, 13, 0), proposed_slots=SLOTS[:2])
    voicemail = compose(s, "voicemail").body
    assert "mañana a la 1 de la tarde" in voicemail
    assert "Me vendría bien el miércoles a las 10 de la mañana o el jueves a las 2:30 de la tarde." in voicemail
    email = compose(s, "email").body
    assert "mañana a las 13:00" in email
    assert "- Miércoles 25 de noviembre a las 10:00" in email
    far = es("reschedule", interview_at=datetime(2027, 5, 4, 10, 0), proposed_slots=())
    assert "el martes 4 de mayo de 2027 a las 10:00" in compose(far, "email").body


def test_the_letter_is_dated_and_addressed_in_spanish():
    m = compose(es("missed", candidate_email="ana@example.org"), "letter")
    assert re.fullmatch(r"\d{1,2} de noviembre de 2026", m.parts.date)
    assert m.parts.recipient == ("Sra. Lee", "Acme Corp", "12 Dock St")
    assert m.parts.reference.startswith("Asunto: ausencia en la entrevista para el puesto de Warehouse Associate")
    assert m.body.endswith("Atentamente,\nAna García\nana@example.org")


def test_at_night_the_email_goes_first_and_the_call_says_so():
    s = es("missed", now=datetime(2026, 11, 20, 22, 0), candidate_phone="555 0100")
    assert "También le envié un correo el viernes." in compose(s, "voicemail").body
    assert "el viernes a las 10 de la mañana" in compose(s, "voicemail").body
    assert "También le llamaré el lunes por la mañana" in compose(s, "email").body


def test_once_a_time_is_agreed_the_letter_and_the_confirmation_name_it():
    s = es("missed", agreed_at=AGREED)
    assert "Le agradezco que haya aceptado reunirse conmigo el martes 1 de diciembre a las 11:00." in compose(s, "letter").body
    confirm = compose(s, "confirm")
    assert "el martes 1 de diciembre a las 11:00 en 12 Dock St" in confirm.body
    assert confirm.subject.startswith("Confirmación de mi entrevista del martes 1 de diciembre a las 11:00")


def test_a_late_email_writes_every_time_on_the_same_clock():
    body = compose(es("late", eta_minutes=40, interview_at=datetime(2026, 11, 20, 13, 0)), "email").body
    assert "hoy a las 13:00" in body and "a las 13:40" in body and "de la tarde" not in body


def test_a_cancellation_is_unmistakable_and_asks_for_nothing():
    for kind in kinds_for(es("cancel")):
        body = compose(es("cancel"), kind).body
        assert "cancel" in body, kind
        assert not re.search(r"¿Podríamos|¿Sería posible|otro momento\?", body), kind


def test_over_an_hour_late_asks_for_another_day():
    s = es("late", eta_minutes=80)
    for kind in kinds_for(s):
        body = compose(s, kind).body
        assert "otro día" in body, kind
        assert not re.search(r"Llegaré hacia|podré llegar hacia", body), kind


def test_a_second_request_to_move_it_says_so():
    s = es("reschedule", times_moved=1)
    for kind in ("phone", "voicemail", "email"):
        assert "segunda vez" in compose(s, kind).body, kind
    assert "segunda vez" not in compose(es("reschedule"), "email").body


def test_a_text_promises_only_what_the_email_delivers():
    assert "fechas" in compose(es("reschedule"), "text").body
    assert "fechas" not in compose(es("reschedule", proposed_slots=()), "text").body


def test_what_the_user_typed_is_data():
    s = es("missed", candidate_name="{{ 7*7 }}", contact_name="<b>x</b>", role="Zoë 😀")
    for kind in kinds_for(s):
        body = compose(s, kind).body
        assert "{{ 7*7 }}" in body and "49" not in body and "Zoë 😀" in body


# --- the templates ----------------------------------------------------------------------------------------


def _english_names() -> set[str]:
    from guide.i18n import languages

    return {
        str(p.relative_to(TEMPLATES_DIR))
        for p in TEMPLATES_DIR.rglob("*.j2")
        if p.relative_to(TEMPLATES_DIR).parts[0] not in languages()
    }


def test_spanish_has_every_template_the_english_have():
    spanish = {str(p.relative_to(TEMPLATES_DIR / "es")) for p in (TEMPLATES_DIR / "es").rglob("*.j2")}
    assert spanish == _english_names()


def test_warm_up_compiles_every_spanish_template():
    from guide.messages import environment, template_dir, warm_up

    assert template_dir("es") == TEMPLATES_DIR / "es"
    env = environment("es")
    env.cache.clear()
    warm_up("es")
    names = env.list_templates(extensions=["j2"])
    assert len(names) == len(_english_names()) and len(env.cache) >= len(names)


def test_the_example_messages_compose_in_spanish():
    from guide.examples import example_situation

    for scenario in SCENARIOS:
        s = example_situation(scenario).replace(language="es")
        for kind in kinds_for(s):
            m = compose(s, kind)
            assert not ENGLISH.search(written_by_templates(s, m)), (scenario, kind, m.body)


def test_a_zone_is_said_in_spanish_words_once_when_the_clocks_differ():
    """A candidate in Mexico City writing to an employer in Madrid: "hora de Madrid" (CLDR's Spanish name of
    the city, through facts.zone_words), once per message with a time, never an abbreviation or an English
    name; on the employer's own clock, no zone at all."""
    from zoneinfo import ZoneInfo

    madrid, mexico = ZoneInfo("Europe/Madrid"), ZoneInfo("America/Mexico_City")
    s = es(
        "reschedule", interview_format="video", interview_at=datetime(2026, 11, 24, 10, 0, tzinfo=madrid),
        proposed_slots=tuple(x.replace(tzinfo=madrid) for x in SLOTS[:2]),
        now=datetime(2026, 11, 20, 6, 0, tzinfo=mexico), candidate_zone="America/Mexico_City",
    )  # fmt: skip
    for kind in kinds_for(s):
        body = said(compose(s, kind))
        assert not re.search(r"\b(CET|CEST|GMT|UTC|CST)\b|Europe|Madrid time|Ciudad de México", body), (kind, body)
        if re.search(r"\d:\d\d|de la (mañana|tarde)", body):
            assert body.count("hora de Madrid") == 1, (kind, body)
    same = s.replace(now=datetime(2026, 11, 20, 13, 0, tzinfo=madrid), candidate_zone="Europe/Madrid")
    for kind in kinds_for(same):
        assert "hora de" not in said(compose(same, kind)), kind


@ALL_SCENARIOS
def test_a_person_is_greeted_by_first_name_or_title_never_by_full_name(scenario):
    def rule(s, m):
        found = re.search(r"\bHola, Priya Raman\b", m.body)
        return f"greets {found.group(0)!r}" if found else None

    assert broken(scenario, rule) == []


def test_a_call_or_a_text_greets_by_first_name_or_title():
    s = es("late", contact_name="Priya Raman", eta_minutes=30)
    for kind in ("voicemail", "text"):
        body = compose(s, kind).body.lstrip('"')  # a voicemail is a quoted line
        assert body.startswith("Hola, Priya, ") and "Priya Raman" not in body, body
    assert compose(s.replace(contact_name="Ms. Lee"), "text").body.startswith("Hola, Sra. Lee, ")


# English turns of phrase in the filled-in templates (the native editor's read, issue 27): ", sobre …" after
# who is calling ("about our interview"), "the device stopped working", "so you can offer the slot", "as
# soon as I found out" said of a decision, "thanks for considering it", "thank you for seeing me", "our
# paths cross again", "my interview today" in English word order, and a comma before "y" where Spanish
# has none ("Me dormí, y la culpa…").
CALQUES = re.compile(
    r"(?:le habla|le escribe|soy) [^.?]*, sobre |\bdispositivo (?:dejó|ha dejado)|, así que puede ofrecer|"
    r"planteárselo|atenderme para|llegada tardía|caminos vuelvan a cruzarse|cada cita, con su zona|"
    r"(?:dormí|dormido|tarde|fecha|equivocada|hora), y (?:la culpa|el error)|que se reuniera conmigo|"
    r"hace unos minutos|\bmi (?:\w+ )?entrevista (?:\w+ )?(?:hoy|mañana)\b|había reservado ese tiempo para mí|"
    r"detenidamente[^\n]*en cuanto lo (?:he sabido|supe)"
)


@ALL_SCENARIOS
def test_no_english_turn_of_phrase_is_left_in_what_the_templates_write(scenario):
    def rule(s, m):
        found = CALQUES.findall(m.body)
        return f"calque: {found}" if found else None

    assert broken(scenario, rule) == []
    decided = es("cancel", reason="not_interested", interview_at=datetime(2026, 11, 21, 10, 0))
    assert "en cuanto lo he decidido" in compose(decided, "email").body
