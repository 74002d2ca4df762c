"""Dates and times as people say and write them."""

from __future__ import annotations

from datetime import datetime

import pytest

from guide.formatting import clock_time, dated_when, joined, letter_date, ordinal, spoken_day, spoken_when, written_when

NOW = datetime(2026, 11, 20, 13, 0)  # a Friday


@pytest.mark.parametrize(
    "moment, said",
    [
        (datetime(2026, 11, 20, 10, 0), "today at 10 AM"),
        (datetime(2026, 11, 21, 10, 30), "tomorrow at 10:30 AM"),
        (datetime(2026, 11, 19, 9, 0), "yesterday at 9 AM"),
        (datetime(2026, 11, 24, 14, 0), "on Tuesday at 2 PM"),
        (datetime(2026, 11, 17, 9, 0), "on Tuesday at 9 AM"),
        (datetime(2026, 11, 27, 9, 30), "on Friday the 27th at 9:30 AM"),
        (datetime(2026, 12, 3, 15, 0), "on Thursday the 3rd at 3 PM"),
        (datetime(2027, 5, 4, 10, 0), "on Tuesday, May 4, 2027, at 10 AM"),
    ],
)
def test_spoken_times_are_relative_and_never_say_a_year_nearby(moment, said):
    assert spoken_when(moment, NOW) == said


def test_this_week_is_said_as_this_thursday():
    monday = datetime(2026, 11, 16, 9, 0)
    assert spoken_when(datetime(2026, 11, 19, 15, 0), monday) == "this Thursday at 3 PM"


def test_written_times_are_relative_only_for_the_next_and_last_day():
    assert written_when(datetime(2026, 11, 20, 10, 0), NOW) == "today at 10:00 AM"
    assert written_when(datetime(2026, 11, 24, 10, 0), NOW) == "on Tuesday, November 24, at 10:00 AM"
    assert written_when(datetime(2027, 1, 5, 10, 0), NOW) == "on Tuesday, January 5, at 10:00 AM"
    assert dated_when(datetime(2026, 11, 20, 10, 0), NOW) == "on Friday, November 20, at 10:00 AM"


def test_small_pieces():
    assert clock_time(datetime(2026, 1, 1, 0, 5)) == "12:05 AM"
    assert clock_time(datetime(2026, 1, 1, 12, 0)) == "noon"
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "31st",
    ]  # fmt: skip
    assert joined(["A"]) == "A" and joined(["A", "B"]) == "A or B" and joined(["A", "B", "C"]) == "A, B, or C"
    assert letter_date(NOW) == "November 20, 2026"
    assert spoken_day(datetime(2026, 11, 20, 22, 0), datetime(2026, 11, 23, 9, 0)) == "on Friday"
    assert spoken_day(datetime(2026, 11, 22, 22, 0), datetime(2026, 11, 23, 9, 0)) == "yesterday"


def test_a_day_months_away_is_said_with_its_year_in_every_language():
    from guide.formatting import spoken_day_name

    now, far = datetime(2026, 11, 20, 13, 0), datetime(2027, 4, 6, 10, 0)
    assert spoken_day_name(far, now, "en") == "April 6, 2027"
    assert spoken_day_name(far, now, "en-GB") == "6 April 2027"
    assert spoken_day_name(far, now, "es") == "el 6 de abril de 2027"  # with its article, as said in a list
