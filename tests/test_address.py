"""How to address the contact is the candidate's answer (issue 27), in every language: a name alone does not
say it ("Lucía Martínez" may be "Estimada Sra. Martínez:" or "Hola, Lucía:"), and a gender is never guessed
from a first name. The form asks ("Address them as"), the saved answers keep it, and the messages follow it.
"""

from __future__ import annotations

import json
import re

import pytest

from guide import SCENARIOS, advise, compose
from guide.catalogue import text
from guide.saved import dumps, loads
from guide.situation import ADDRESS_AS, Situation, validate

from .conftest import make_situation


def salutation(language, contact, address_as="auto", tone="formal", medium="email"):
    s = make_situation("missed", language=language, contact_name=contact, tone=tone, address_as=address_as)
    return compose(s, medium).parts.salutation


# --- Spanish ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("medium", ["email", "letter"])
@pytest.mark.parametrize("contact", ["Lucía Martínez", "Carolina", "Jorge Pérez", "Lic. Sofía Ramírez", "Ing. Pedro Soto"])
def test_a_formal_spanish_message_never_says_hola_unless_the_first_name_was_chosen(contact, medium):
    assert not salutation("es", contact, medium=medium).startswith("Hola")
    assert "/" not in salutation("es", contact, medium=medium)


@pytest.mark.parametrize(
    "contact, address_as, formal, warm",
    [
        # Nothing chosen, nothing guessed: a title keeps its place before the surname.
        ("Lucía Martínez", "auto", "Buenos días, Lucía Martínez:", "Hola, Lucía:"),
        ("Lic. Sofía Ramírez", "auto", "Buenos días, Lic. Ramírez:", "Hola, Lic. Ramírez:"),
        ("Ing. Pedro Soto", "auto", "Buenos días, Ing. Soto:", "Hola, Ing. Soto:"),
        # The candidate's answer gives the gender and the title.
        ("Lic. Sofía Ramírez", "ms", "Estimada Lic. Ramírez:", "Hola, Lic. Ramírez:"),
        ("Sofía Ramírez", "ms", "Estimada Sra. Ramírez:", "Hola, Sra. Ramírez:"),
        ("Jorge Pérez", "mr", "Estimado Sr. Pérez:", "Hola, Sr. Pérez:"),
        ("Dr. Lucía Ruiz", "ms", "Estimada Dra. Ruiz:", "Hola, Dra. Ruiz:"),
        ("Lucía Fernández García", "ms", "Estimada Sra. Fernández García:", "Hola, Sra. Fernández García:"),
        ("Lucía Martínez", "first_name", "Hola, Lucía:", "Hola, Lucía:"),
        ("Dra. Lucía Ruiz", "first_name", "Estimada Lucía:", "Hola, Lucía:"),
    ],
)
def test_spanish_greets_as_the_candidate_chose(contact, address_as, formal, warm):
    assert salutation("es", contact, address_as) == formal
    assert salutation("es", contact, address_as, tone="warm") == warm


def test_a_letter_to_a_first_name_never_opens_with_hola():
    assert salutation("es", "Lucía Martínez", "first_name", medium="letter") == "Buenos días, Lucía:"


def test_the_chosen_title_is_said_with_its_article_in_the_plan_and_the_call():
    s = make_situation("missed", language="es", contact_name="Lic. Sofía Ramírez", address_as="ms")
    plan = " ".join(step.action for step in advise(s).plan)
    assert "a la Lic. Ramírez" in plan and "Sofía" not in plan
    assert "¿Podría hablar con la Lic. Ramírez, por favor?" in compose(s, "phone").body
    assert compose(s, "voicemail").body.startswith('"Hola, Lic. Ramírez, le habla')
    # The letter's address block names the person in full, with the title.
    assert "Lic. Sofía Ramírez" in compose(s, "letter").parts.recipient


# --- English ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "language, contact, address_as, formal, warm",
    [
        ("en", "Lucy Lee", "auto", "Dear Lucy Lee,", "Hello Lucy,"),
        ("en", "Lucy Lee", "ms", "Dear Ms. Lee,", "Hello Ms. Lee,"),
        ("en", "Lucy Lee", "mr", "Dear Mr. Lee,", "Hello Mr. Lee,"),
        ("en", "Lucy Lee", "first_name", "Dear Lucy,", "Hello Lucy,"),
        ("en", "Dr. Lucy Lee", "ms", "Dear Dr. Lee,", "Hello Dr. Lee,"),
        ("en", "Lic. Sofía Ramírez", "ms", "Dear Lic. Ramírez,", "Hello Lic. Ramírez,"),
        # A title and a surname only: there is no first name to greet by.
        ("en", "Ms. Lee", "first_name", "Dear Ms. Lee,", "Hello Ms. Lee,"),
        ("en-GB", "Lucy Lee", "ms", "Dear Ms Lee,", "Hello Ms Lee,"),
        # Left to Rebound, a title typed with a full name goes with the surname, as people write and say
        # it (recruiter read #3: "Hello Ms. Fiona Reid", "Dear Dr. Helen Park,").
        ("en", "Ms. Fiona Reid", "auto", "Dear Ms. Reid,", "Hello Ms. Reid,"),
        ("en", "Dr. Helen Park", "auto", "Dear Dr. Park,", "Hello Dr. Park,"),
        ("en-GB", "Mr James Hollis", "auto", "Dear Mr Hollis,", "Hello Mr Hollis,"),
        ("en", "Ms. Lee", "auto", "Dear Ms. Lee,", "Hello Ms. Lee,"),
    ],
)
def test_english_greets_as_the_candidate_chose(language, contact, address_as, formal, warm):
    assert salutation(language, contact, address_as) == formal
    assert salutation(language, contact, address_as, tone="warm") == warm


def test_an_abbreviated_title_is_never_taken_for_a_first_name():
    assert salutation("en", "Lic. Sofía Ramírez", tone="warm") != "Hello Lic.,"


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_message_calls_them_as_chosen(scenario):
    for language, chosen in (("en", "Ms. Lee"), ("es", "Sra. Lee")):
        s = make_situation(scenario, language=language, contact_name="Lucy Lee", address_as="ms")
        for channel in advise(s).messages:
            body = compose(s, channel).body
            assert not re.search(r"(?:Hello|Hi|Dear|Hola|Estimad[ao]|días),? Lucy", body), (scenario, language, channel)
            if channel in ("voicemail", "text", "email", "letter"):
                assert chosen in body, (scenario, language, channel)


# --- the form's field ------------------------------------------------------------------------------------


def test_address_as_is_a_choice_with_labels_in_every_language():
    assert ADDRESS_AS[0] == "auto" and Situation().address_as == "auto"
    for language in ("en", "en-GB", "es", "es-MX"):
        labels = [text(f"address.{v}", language) for v in ADDRESS_AS]
        assert len(set(labels)) == len(ADDRESS_AS)
    assert text("address.ms", "en-GB") == "Ms or her title, and surname"


def test_an_unknown_answer_is_explained_beside_its_field():
    problems = validate(make_situation("missed", address_as="madam"))
    assert [p.field for p in problems if p.severity == "error"] == ["address_as"]


def test_saved_answers_keep_it_and_an_older_file_without_it_loads_as_auto():
    s = make_situation("missed", contact_name="Lucy Lee", address_as="first_name")
    assert loads(dumps(s)).address_as == "first_name"
    older = json.loads(dumps(s))
    del older["answers"]["address_as"]
    assert loads(json.dumps(older)).address_as == "auto"


def test_the_form_puts_a_labelled_drop_down_right_under_the_contact():
    from guide.fields import FORM_FIELDS
    from guide.ui import App

    order = [f.control for f in FORM_FIELDS]
    assert order.index("address_as") == order.index("contact_name") + 1
    form = App(language="es").form
    control = form.controls["address_as"]
    assert control.description == "Cómo dirigirse a esa persona"
    assert [value for _label, value in control.options] == list(ADDRESS_AS)
    control.value = "ms"
    assert form.read().address_as == "ms"
