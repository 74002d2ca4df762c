"""advise(): one derived value per situation, read by every view and export."""

from __future__ import annotations

from datetime import datetime

import guide.advice
import guide.situation
from guide import Advice, advise, compose, plan


def test_a_ready_situation_gives_problems_facts_plan_and_every_message(situation):
    s = situation("missed", candidate_phone="555 0100")
    a = advise(s)
    assert isinstance(a, Advice) and a.ready and a.errors == ()
    assert a.plan == plan(s)
    assert a.kinds == ("phone", "voicemail", "email", "letter", "reply", "follow_up", "declined")
    assert all(a.messages[k] == compose(s, k) for k in a.kinds)
    assert a.facts.now == datetime(2026, 11, 20, 13, 0) and a.facts.own_doing


def test_a_situation_with_errors_lists_them_and_holds_nothing_else(situation):
    a = advise(situation("late", company="", eta_minutes=None))
    assert not a.ready
    assert {p.field for p in a.errors} == {"company", "eta_minutes"}
    assert a.plan is None and a.facts is None and dict(a.messages) == {}
    assert a.problems_for("company")[0].message == "Please fill this in."


def test_one_change_validates_once(situation, monkeypatch):
    calls = []
    real = guide.advice.validate
    monkeypatch.setattr(guide.advice, "validate", lambda s: calls.append(s) or real(s))
    # require_valid (what plan() and compose() call) reads validate through this module: any call is a second one.
    monkeypatch.setattr(guide.situation, "validate", lambda s: (_ for _ in ()).throw(AssertionError("validated again")))
    advise(situation("reschedule"))
    assert len(calls) == 1


def test_warnings_do_not_block(situation):
    a = advise(situation("missed", candidate_name="<b>Ana</b>"))
    assert a.ready and a.problems and not a.errors and a.messages
