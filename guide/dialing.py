"""A callback number the employer can dial (issue 24, recruiter read #2: a London candidate left
"07700 900321" on a New York employer's voicemail; nobody in the US can dial that).

Between two countries a number is given in its international form, "+44 7700 900321": the country's
calling code, and the national trunk prefix (the leading 0 in the UK) dropped. A number already typed
with "+" is left as typed. Where the candidate's country is not in the table the number is left out of the
messages (the email and the signature then carry how to reach them) rather than given in a form that
cannot be dialled.
"""

from __future__ import annotations

import re

# Country (ISO code) -> (calling code, national trunk prefix dropped before it). Italy keeps its 0 and
# Spain and Mexico have none (Mexico dropped 01/044/045 in 2019).
CALLING_CODES: dict[str, tuple[str, str]] = {
    "US": ("1", "1"), "CA": ("1", "1"), "GB": ("44", "0"), "IE": ("353", "0"), "AU": ("61", "0"),
    "NZ": ("64", "0"), "IN": ("91", "0"), "DE": ("49", "0"), "FR": ("33", "0"), "NL": ("31", "0"),
    "BE": ("32", "0"), "AT": ("43", "0"), "CH": ("41", "0"), "IT": ("39", ""), "ES": ("34", ""),
    "PT": ("351", ""), "MX": ("52", ""), "AR": ("54", "0"), "CO": ("57", ""), "CL": ("56", ""),
    "PE": ("51", "0"),
}

_SEPARATORS = re.compile(r"[\s().\-/]+")


def dialable(number: str, own_country: str | None, their_country: str | None) -> str:
    """``number`` as the employer can dial it: as typed in the same country (or where either country is
    unknown), in international form across a border, "" when it cannot be put in that form."""
    number = number.strip()
    if not number or number.startswith("+") or not own_country or not their_country:
        return number
    if own_country.upper() == their_country.upper():
        return number
    known = CALLING_CODES.get(own_country.upper())
    if known is None:
        return ""
    code, trunk = known
    groups = [g for g in _SEPARATORS.split(number) if g]
    if not groups or not all(g.isdigit() for g in groups):
        return ""  # letters or odd marks: better left out than dialled wrong
    if number.startswith("00"):  # already an international number, dialled from Europe: "0044 ..."
        groups[0] = groups[0][2:]
        return "+" + " ".join(g for g in groups if g)
    digits = "".join(groups)
    # The trunk prefix goes (a US "1" only before the ten digits of a full number: "1 555 201 7788").
    if trunk and groups[0].startswith(trunk) and (trunk != "1" or len(digits) == 11):
        groups[0] = groups[0][len(trunk):]
    return "+" + code + " " + " ".join(g for g in groups if g)
