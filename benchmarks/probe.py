"""The room under faults and hostile input, probed afresh: prints each probe's result. Asserts nothing.

Issue 23's "done when" asks for a fresh probe of the same kinds as the issue's, run as a security and
reliability engineer would before a public workforce center deploys the room. Every input here is new
(not the corpus the tests already hold), drawn from a seed so a run can be repeated:

- **answers files**: hostile files through the loader (``guide.saved.loads``), and whatever loads through
  ``advise()``, every message and every export, as the page does after "Load my answers";
- **drafts**: hostile drafts through the review: runs of two units alternating, units the test corpus
  lacks (addresses, quoting, case-folding ligatures, lone surrogates, control characters, scripts
  without spaces), with and without line breaks, at the cap, past it and just under the combined
  phrase regex's limit, as every channel and in Spanish. Worst processor time against the 0.5 s target;
- **situations**: random situations (hostile text in every field, dates at and past the calendar's
  ends, huge counts) through ``advise()``, every message and every export, PDFs for one in ``--pdf-every``;
  an export may refuse (``ExportError``), nothing may raise anything else, and no header or calendar
  line may be injected;
- **the room** (``make workshop``'s server on 127.0.0.1, then again as on an untested library version):
  its cap, ``/api/*``, ``/tree``, ``/files``, path traversal, a stranger's requests about another page's
  kernel, the per-device limit, and a canary typed into the form looked for in every log and
  temporary folder afterwards;
- **the facilitator page** listens on 127.0.0.1 only;
- **a dead kernel**: ``--browser`` runs ``tests/browser/test_dead_kernel.py`` (Chromium and Voila).

Times are processor time of this process where a target is about cost; on a shared machine wall time
includes waiting for the cores.

Run: .venv/bin/python benchmarks/probe.py                # everything but the browser
     .venv/bin/python benchmarks/probe.py --only drafts  # one group (answers, drafts, situations, room, facilitator)
     .venv/bin/python benchmarks/probe.py --browser      # and the dead-kernel browser test
"""

from __future__ import annotations

import argparse
import asyncio
import email
import email.policy
import http.client
import importlib.util
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.parse
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from guide import advise, review  # noqa: E402
from guide.domain import SCENARIOS, reasons_for  # noqa: E402
from guide.exports import ExportError, handout_html, handout_pdf, mailto, to_docx, to_eml, to_ics, to_txt  # noqa: E402
from guide.messages import UnsupportedChannel  # noqa: E402
from guide.review.matching import Finder  # noqa: E402
from guide.review.policy import DRAFT_CAP  # noqa: E402
from guide.saved import MAX_BYTES, SavedAnswersError, dumps, loads  # noqa: E402
from guide.situation import EMPLOYER_HOURS, FORMATS, TONES, InvalidSituation, Situation  # noqa: E402

DRAFT_TARGET_S = 0.5
LANGUAGES = ("en", "en-GB", "es", "es-MX")


@dataclass
class Result:
    probe: str
    ok: bool
    detail: str


RESULTS: list[Result] = []


def record(probe: str, ok: bool, detail: str) -> None:
    RESULTS.append(Result(probe, ok, detail))
    print(f"{'held' if ok else 'FAILED':6}  {probe}: {detail}", flush=True)


def _short(exc: BaseException) -> str:
    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" at {Path(frame.filename).name}:{frame.lineno}" if frame else ""
    return f"{type(exc).__name__}: {str(exc)[:120]}{where}"


# --- hostile text, shared by the answers files and the situations ------------------------------------------

HOSTILE_TEXT = (
    "",
    " ",
    "\u200b",
    "Ana\r\nBcc: victim@example.com",
    "Ana\nSUMMARY:injected\nBEGIN:VALARM",
    "Zoë\u202eevil\u202c",
    "\ud800lone",
    "\x00\x01\x07\x1b[31m",
    "{{ 7*7 }} {% raw %}",
    "<script>alert(1)</script>",
    "=cmd|' /C calc'!A0",
    "O'Brien-Smith, Jr.",
    "محمد عبد الله",
    "王小明",
    "ผู้จัดการ",
    "\U0001F468\u200d\U0001F469\u200d\U0001F467" * 30,
    "e\u0301" * 90,
    "x" * 254,
    "x" * 5000,
    "ﬃ" * 100,
    "İ" * 100,
    "a@b.c",
    "\"Ana\" <ana@example.com>",
    "ana@example.com\r\nBcc: x@y.z",
    "+1 (555) 010-0000",
    "../../etc/passwd",
    "%0d%0aSet-Cookie: a=b",
)


def hostile_text(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return rng.choice(HOSTILE_TEXT)
    alphabet = "aZ09 .,;:'\"-_()[]{}<>@#%&*+=/\\|\t\r\n\u00a0\u202f\u200d\u0301éßİﬃΣ王ก\U0001F600\ud800"
    return "".join(rng.choice(alphabet) for _ in range(rng.choice((1, 5, 40, 130, 300))))


_ONE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")  # what the form's one-line check refuses
EDGE_YEARS = (1, 1899, 1900, 1901, 2026, 2027, 2198, 2199, 2200, 9999)


def hostile_moment(rng: random.Random, zoned: bool = True) -> datetime | None:
    roll = rng.random()
    if roll < 0.1:
        return None
    year = rng.choice(EDGE_YEARS) if roll < 0.35 else rng.choice((2026, 2026, 2027))
    moment = datetime(year, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.choice((0, 15, 30, 59)))
    if zoned and rng.random() < 0.5:
        from zoneinfo import ZoneInfo

        zone = rng.choice(("Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Kiritimati", "UTC"))
        try:
            moment = moment.replace(tzinfo=ZoneInfo(zone))
        except (OverflowError, ValueError):
            pass
    elif zoned and rng.random() < 0.3:
        moment = moment.replace(tzinfo=timezone(timedelta(hours=rng.choice((-12, -5, 0, 5.5, 14)))))
    return moment


def random_situation(rng: random.Random) -> Situation:
    """Most situations are ones the form accepts (every choice valid, hostile text kept to one line and
    its field's length), so their messages and exports are made; the rest have a few fields wrong."""
    bad = 0.0 if rng.random() < 0.7 else 0.1  # the chance each field is one the form refuses

    def pick(valid, invalid):
        return rng.choice(invalid) if rng.random() < bad else rng.choice(valid)

    def line(limit: int) -> str:
        value = hostile_text(rng)
        return value if rng.random() < bad else _ONE_LINE.sub(" ", value)[:limit]

    scenario = rng.choice(list(SCENARIOS))
    clock = datetime(2026, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59))
    now = hostile_moment(rng, zoned=False) if rng.random() < bad else clock
    plain = rng.random() < 0.3
    names = ("Ana García", "Acme Corp", "Ms. Lee", "Forklift Operator")
    # Before now for a missed interview, soon for a late one, ahead for the rest: as the form asks.
    hours = {"missed": (-72, -1), "late": (0, 0)}.get(scenario, (2, 240))
    interview = hostile_moment(rng) if rng.random() < bad else clock + timedelta(hours=rng.randint(*hours), minutes=rng.randint(0, 59) if scenario == "late" else 0)
    return Situation(
        scenario=scenario,
        reason=pick(list(reasons_for(scenario)), ["nonsense", ""]),
        candidate_name=rng.choice(names) if plain else line(100),
        company=rng.choice(names) if plain else line(120),
        role=rng.choice(names) if plain else line(120),
        contact_name=(rng.choice(names) if plain else line(100)) if rng.random() < 0.7 else "",
        interview_at=interview,
        now=now,
        location=line(200) if rng.random() < 0.5 else "12 Dock St",
        interview_format=pick(FORMATS, ("hologram",)),
        tone=pick(TONES, ("rude",)),
        proposed_slots=tuple(clock + timedelta(days=rng.randint(1, 9), hours=rng.randint(0, 9)) for _ in range(rng.choice((0, 1, 2, 3))))
        if rng.random() >= bad else tuple(filter(None, (hostile_moment(rng) for _ in range(rng.choice((1, 3, 12)))))),
        eta_minutes=pick((None, 5, 15, 45, 90), (-5, 10**9)),
        candidate_phone=pick(("", "+1 555 010 0000", "+44 7700 900123", "555-0100"), (hostile_text(rng),)),
        candidate_email=pick(("", "ana@example.com", "a.b+c@example.co.uk"), (hostile_text(rng), "ana@example.com\r\nBcc: x@y.z")),
        interviews_so_far=pick((0, 1, 3), (-1, 10**7)),
        agreed_at=(clock + timedelta(days=rng.randint(1, 9), hours=rng.randint(0, 9))) if rng.random() < 0.5 else (hostile_moment(rng) if rng.random() < bad else None),
        times_moved=pick((0, 1, 2), (-3, 10**12)),
        employer_hours=pick(EMPLOYER_HOURS, ("never",)),
        country=pick(("", "US", "GB", "DE", "MX", "ES", "IN"), ("ZZ", "../")),
        candidate_zone=pick(("", "Europe/Berlin", "America/Chicago", "Asia/Tokyo"), ("Not/AZone", "../../etc/passwd")),
        language=pick(LANGUAGES, ("xx",)),
    )


EXPECTED = (ExportError, InvalidSituation, UnsupportedChannel)


def _injected(s: Situation, kind: str, advice) -> str | None:
    """A header or calendar line smuggled in through a typed value, if any."""
    message = advice.message(kind)
    try:
        eml = to_eml(message, s)
    except EXPECTED:
        eml = None
    if eml is not None:
        parsed = email.message_from_bytes(eml.data, policy=email.policy.default)
        extra = {k.lower() for k in parsed.keys()} - {"subject", "from", "to", "date", "mime-version", "content-type", "content-transfer-encoding", "message-id", "x-unsent"}
        if extra:
            return f".eml of {kind} gained headers {sorted(extra)}"
    link = mailto(message)
    if any(c in link for c in "\r\n "):
        return f"mailto link of {kind} holds a raw line break or space"
    return None


def through_everything(s: Situation, rng: random.Random, pdf: bool) -> tuple[str | None, int]:
    """Run ``s`` through advise(), every message and every export. The first unexpected failure (None if
    none) and how many PDFs were made."""
    pdfs = 0
    try:
        advice = advise(s)
        if not advice.ready:
            return None, 0
        for kind in advice.kinds:
            message = advice.message(kind)
            to_txt(message, s)
            found = _injected(s, kind, advice)
            if found:
                return found, pdfs
        for build in (to_docx, handout_html):
            try:
                build(s)
            except EXPECTED:
                pass
        try:
            event = to_ics(s).data.decode("utf-8")
            lines = event.replace("\r\n ", "").split("\r\n")  # unfolded: one property a line
            if lines.count("BEGIN:VEVENT") != 1 or lines.count("BEGIN:VALARM") > 2 or any(line.startswith("SUMMARY:injected") for line in lines):
                return ".ics gained a line from a typed value", pdfs
        except EXPECTED:
            pass
        if pdf:
            try:
                handout_pdf(s)
                pdfs += 1
            except EXPECTED:
                pass
    except EXPECTED:
        return None, pdfs
    except Exception as exc:  # the probe's finding: anything else
        return _short(exc), pdfs
    return None, pdfs


# --- probes: answers files ---------------------------------------------------------------------------------

def hostile_files(rng: random.Random, count: int) -> list[tuple[str, bytes]]:
    from tests.conftest import make_situation

    base = json.loads(dumps(make_situation("reschedule", contact_name="Ms. Lee", country="DE")))
    keys = list(base["answers"])
    odd_values = [
        None, True, False, 0, -1, 2**70, 1e308, 1.5, "NaN", float("nan"), [], {}, [[[]]], "", "x" * 3000,
        "2026-11-20T10:00:00", "0001-01-01T00:00:00", "9999-12-31T23:59:59+14:00", "2026-11-20T10:00:00[Europe/Berlin]",
        "2026-11-20T10:00:00+01:00[Europe/Berlin]", "2026-11-20T10:00:00+02:00[Europe/Berlin]",
        "2026-11-20T10:00:00+00:00[posixrules]", "2026-11-20T10:00:00+00:00[Factory]",
        "2026-11-20T10:00:00+00:00[right/UTC]", "2026-11-20T10:00:00+00:00[Etc/GMT+99]",
        "2026-11-20T10:00:00+00:00[localtime]", "2026-11-20T10:00:00+00:00[..]", "2026-11-20T10:00:00+00:00[/etc/passwd]",
        ["2026-11-20T10:00:00"] * 1200, ["9999-12-31T23:59:59"], [None, 1, "x"], "\ud800", "\u0000",
        "missed", "withdraw", "es", "es-MX", "xx", "../../etc/passwd", "ZZ", "us",
    ]
    files: list[tuple[str, bytes]] = []
    for key in keys:
        for value in odd_values:
            doc = json.loads(json.dumps(base))
            doc["answers"][key] = value
            files.append((f"{key} = {str(value)[:40]!r}", json.dumps(doc, allow_nan=True).encode("utf-8", "surrogatepass")))
    raw = json.dumps(base).encode()
    structural = {
        "empty": b"",
        "a BOM only": b"\xef\xbb\xbf",
        "UTF-16": json.dumps(base).encode("utf-16"),
        "a PNG": b"\x89PNG\r\n\x1a\n" + os.urandom(200),
        "gzip": b"\x1f\x8b\x08" + os.urandom(200),
        "cut short": raw[: len(raw) // 2],
        "nested 100,000 deep": b'{"format":"rebound-answers","version":2,"answers":' + b"[" * 60_000,
        "nested dicts in answers": b'{"format":"rebound-answers","version":2,"answers":{"company":' + b'{"a":' * 20_000 + b"1" + b"}" * 20_000 + b"}}",
        "one byte over the limit": raw[:-1] + b" " * (MAX_BYTES - len(raw) + 1) + b"}",
        "at the limit": raw[:-1] + b" " * (MAX_BYTES - len(raw)) + b"}",
        "version 2.0": raw.replace(b'"version": 2', b'"version": 2.0'),
        "version 10**400": raw.replace(b'"version": 2', b'"version": 1' + b"0" * 400),
        "number 10**5000": raw.replace(b'"times_moved": 0', b'"times_moved": 1' + b"0" * 5000),
        "duplicate keys": raw[:-2] + b', "answers": {"company": 1}}',
        "answers a list": raw.replace(b'"answers": {', b'"answers": [{', 1)[:-1] + b"]}",
        "format in another case": raw.replace(b"rebound-answers", b"Rebound-Answers"),
        "Infinity": raw.replace(b'"times_moved": 0', b'"times_moved": Infinity'),
        "invalid UTF-8 in a value": raw.replace(b"Ms. Lee", b"Ms. \xff\xfe Lee"),
        "CR line endings": raw.replace(b"\n", b"\r"),
        "times with an offset and without": json.dumps({**base, "answers": {**base["answers"], "proposed_slots": ["2026-11-25T10:00:00", "2026-11-26T10:00:00+01:00"]}}).encode(),
    }
    files += list(structural.items())
    for n in range(count):  # random byte flips of a good file
        data = bytearray(raw)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        files.append((f"bytes flipped #{n}", bytes(data)))
    return files


def probe_answers(rng: random.Random, flips: int) -> None:
    files = hostile_files(rng, flips)
    failures: list[str] = []
    loaded = refused = 0
    worst = (0.0, "")
    for label, data in files:
        started = time.process_time()
        try:
            s = loads(data)
        except SavedAnswersError as exc:
            refused += 1
            if "Traceback" in str(exc) or "/" in str(exc) and ".py" in str(exc):
                failures.append(f"{label}: the refusal names code ({exc})")
            continue
        except Exception as exc:
            failures.append(f"{label}: {_short(exc)}")
            continue
        loaded += 1
        found, _ = through_everything(s.replace(now=datetime(2026, 11, 19, 9, 0)), rng, pdf=False)
        spent = time.process_time() - started
        worst = max(worst, (spent, label))
        if found:
            failures.append(f"{label}: loaded, then {found}")
    record(
        "answers files through the loader, then advise/messages/exports",
        not failures,
        f"{len(files)} files: {loaded} loaded, {refused} refused in a sentence, {len(failures)} failed"
        f"; slowest {worst[0]:.2f} s CPU ({worst[1]})" + ("".join(f"\n          - {f}" for f in failures[:8])),
    )


# --- probes: drafts ----------------------------------------------------------------------------------------

FRESH_UNITS = (
    "http://", "www.", "a@b.", "Re: ", "Fwd: ", "> ", "- ", "* ", "1) ", "Dear Ms. ", "I'm ", "i'm sorry ",
    "Hi,\n", "\n", "\r\n", "\n\n", ".\n", "  \n", "ﬃ", "İ", "ß", "Σς", "Ａ", "\u200b", "\ufeff", "\x00", "\x0c",
    "\ud800", "ก", "王", "ع", "sorry, ", "sorry. ", "sorry!!! ", "SORRY!!! ", "12:00", "12 PM ", "noon ",
    "tomorrow ", "asap ", "ASAP!!! ", "pls ", "u ", "thx ", "~~", "**", "__", "``", "<br>", "&nbsp;", "%s", "{0}",
    "missed missed ", "interview interview ", "I I I ", "the the ", "-- ", "—", "…", "?!?!", "(((", ")))", "[[[",
)
SEPARATORS = ("", " ", ".", "-", "\n", ", ")


def fresh_drafts(rng: random.Random, length: int) -> dict[str, str]:
    """Drafts of ``length`` characters the test corpus lacks: each fresh unit alone and followed by a
    word, then pairs of units alternating, and random mixes with line breaks."""
    drafts: dict[str, str] = {}

    def filled(body: str, tail: str) -> str:
        run = body * (length // max(1, len(body)) + 1)
        return run[: length - len(tail)] + tail

    for unit in FRESH_UNITS:
        for tail in ("x", " sorry"):
            drafts[f"{unit!r} * n + {tail!r}"] = filled(unit, tail)
    for _ in range(40):
        a, b = rng.sample(FRESH_UNITS, 2)
        sep = rng.choice(SEPARATORS)
        drafts[f"({a!r} {sep!r} {b!r}) * n"] = filled(a + sep + b + sep, "x")
    for n in range(12):
        words = [rng.choice(FRESH_UNITS) * rng.randint(1, 300) for _ in range(200)]
        drafts[f"mixed with line breaks #{n}"] = "".join(words)[:length]
    return drafts


def probe_drafts(rng: random.Random) -> None:
    from guide.review import warm_up
    from tests.conftest import make_situation

    warm_up()
    ways = {
        "email": {},
        "email with a situation": {"situation": make_situation("missed")},
        "phone": {"channel": "phone"},
        "text": {"channel": "text"},
        "voicemail": {"channel": "voicemail"},
        "Spanish email": {"situation": make_situation("late", language="es")},
    }
    lengths = {"the cap": DRAFT_CAP, "past the cap (x3)": 3 * DRAFT_CAP, "under the combined regex's limit": Finder.SHORT - 1}
    for kwargs in ways.values():  # compile the patterns first, on prose
        review("I am sorry I missed our interview. " * 40, **kwargs)
    failures: list[str] = []
    worst = (0.0, "")
    count = 0
    for length_label, length in lengths.items():
        drafts = fresh_drafts(rng, length)
        for way, kwargs in ways.items():
            if length_label != "the cap" and way not in ("email", "phone"):
                continue
            for label, draft in drafts.items():
                count += 1
                started = time.process_time()
                try:
                    result = review(draft, **kwargs)
                    str(result)
                except Exception as exc:
                    failures.append(f"{label} as {way}, {length_label}: {_short(exc)}")
                    continue
                spent = time.process_time() - started
                if spent > worst[0]:
                    worst = (spent, f"{label} as {way}, {length_label}")
    over = worst[0] >= DRAFT_TARGET_S
    record(
        "hostile drafts through the review",
        not failures and not over,
        f"{count} reviews, {len(failures)} failed; worst {worst[0]:.3f} s CPU ({worst[1]}), target {DRAFT_TARGET_S} s"
        + ("".join(f"\n          - {f}" for f in failures[:8])),
    )


# --- probes: situations --------------------------------------------------------------------------------------

def probe_situations(rng: random.Random, count: int, pdf_every: int) -> None:
    failures: dict[str, int] = {}
    examples: dict[str, str] = {}
    ready = pdfs = 0
    started = time.process_time()
    for n in range(count):
        s = random_situation(rng)
        found, made = through_everything(s, rng, pdf=n % pdf_every == 0)
        pdfs += made
        try:
            ready += advise(s).ready
        except Exception:
            pass
        if found:
            failures[found] = failures.get(found, 0) + 1
            examples.setdefault(found, repr(s)[:600])
    spent = time.process_time() - started
    record(
        "random situations through every message and export",
        not failures,
        f"{count} situations ({ready} ready to write), {pdfs} PDFs, {spent:.0f} s CPU; {sum(failures.values())} failed"
        + "".join(f"\n          - {k} (x{v})\n            {examples[k]}" for k, v in list(failures.items())[:6]),
    )


# --- probes: the room's server -------------------------------------------------------------------------------

def _room_benchmark():
    spec = importlib.util.spec_from_file_location("room_benchmark", ROOT / "benchmarks" / "room.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def request(url: str, method: str = "GET", source: str = "127.0.0.1", xsrf: str | None = None, body: bytes | None = None) -> tuple[int, str]:
    """One raw request (the path sent as given, not normalised) from the client address ``source``."""
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=300, source_address=(source, 0))
    headers = {"Cookie": f"_xsrf={xsrf}", "X-XSRFToken": xsrf} if xsrf else {}
    if body is not None:
        headers["Content-Type"] = "application/json"
    path = url[len(f"{parts.scheme}://{parts.netloc}"):] or "/"
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        return response.status, text + "\n" + "\n".join(response.headers.get_all("Set-Cookie") or [])
    finally:
        connection.close()


KERNEL_ID = re.compile(r'"kernelId":\s*"([0-9a-f-]+)"')
# Addresses no participant's page needs, and paths that climb out of where they point. Each must answer
# neither 200 with content nor 500: a 30x, 403, 404 or 405.
STRAY_PATHS = (
    "tree", "tree/", "voila/tree", "voila/tree/notebooks", "lab", "notebooks/rebound.ipynb", "edit/README.md",
    "files/README.md", "files/notebooks/facilitator.ipynb", "voila/files/README.md", "voila/files/notebooks/facilitator.ipynb",
    "voila/render/notebooks/facilitator.ipynb", "facilitator.ipynb", "notebooks/facilitator.ipynb",
    "api/contents", "api/contents/notebooks", "api/sessions", "api/terminals", "api/kernelspecs", "api/config/notebook",
    "api/me", "api/status", "api/nbconvert", "api/kernels", "terminals/websocket/1", "metrics", "login", "logout",
    "voila/static/..%2f..%2f..%2f..%2fetc%2fpasswd", "voila/static/../../../../etc/passwd",
    "voila/files/..%2f..%2f..%2fetc%2fpasswd", "voila/files/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "voila/templates/rebound/static/..%252f..%252f..%252fetc%252fpasswd",
    "voila/templates/rebound/static/..\\..\\..\\..\\etc\\passwd", "voila/templates/rebound/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "voila/templates/../../../../etc/passwd", "voila/templates/lab/static/..%2f..%2f..%2fvoila.json",
    "static/..%2f..%2f..%2f..%2fetc%2fpasswd", "voila/labextensions/..%2f..%2f..%2fetc%2fpasswd",
    "voila/api/themes/..%2f..%2f..%2fetc%2fpasswd", "voila/query/..%2f..", "%2e%2e/%2e%2e/etc/passwd",
    "?notebook=../../etc/passwd", "?template=../../../etc", "?voila-template=../../etc&theme=../../x",
)
LEAKS = ("root:x:", "\"cells\"", "\"content\":", "facilitator.answer", "answer key", "\"kernels\"", "\"ServerApp\"", "\"id\": ")


def _kernel_of(page: str) -> str | None:
    found = KERNEL_ID.search(page)
    return found.group(1) if found else None


def _xsrf_of(page: str) -> str | None:
    found = re.search(r"_xsrf=([^;\s]+)", page)
    return found.group(1) if found else None


def connect_once(url: str, kernel: str | None) -> None:
    """Open the kernel's websocket and close it, as a page does when its script runs (nothing if none)."""
    if kernel is None:
        return

    async def connect() -> None:
        from tornado.websocket import websocket_connect

        ws = await websocket_connect(url.replace("http", "ws", 1) + f"api/kernels/{kernel}/channels")
        ws.close()

    room = sys.modules.get("room_benchmark") or _room_benchmark()
    room._run_apart(lambda: asyncio.run(connect()))


def probe_room(upstream: bool) -> None:
    room = _room_benchmark()
    which = "the room as on an untested version (fallback)" if upstream else "the room"
    canary = f"Qzx{uuid.uuid4().hex[:10]}Canary"
    base = Path(tempfile.mkdtemp(prefix="rebound-probe-"))
    # A room of 3: 5 kernels at most, the last 2 of them guarded (one device may hold 3 there).
    server = room.start_server(3, True, base, upstream)
    try:
        url = server.url
        # First, a participant types the canary into the form and gets their message; every log and
        # temporary folder is searched for it once the server has stopped.
        outcome = room._run_apart(lambda: asyncio.run(room.participant(url, canary)))
        typed = outcome.error is None
        # One device loads the page again and again; then another device; then a third, past the cap.
        # Each page connects to its kernel as a page's script does, so that its seat is not given back
        # 30 s later (the release of a kernel whose page never connected: a loaded machine is that slow).
        greedy = []
        for _ in range(4):
            greedy.append(request(url, source="127.0.0.5"))
            connect_once(url, _kernel_of(greedy[-1][1]))
        other = request(url, source="127.0.0.6")
        connect_once(url, _kernel_of(other[1]))
        past = request(url, source="127.0.0.7")
        statuses = [code for code, _ in greedy]
        record(
            f"{which}: one device cannot take the spare seats",
            statuses == [200, 200, 200, 503] and other[0] == 200,
            f"room of 3 (cap 5, 2 spare), one page open; one device asks 4 times: {statuses}; another device: {other[0]}",
        )
        record(
            f"{which}: the cap",
            past[0] == 503 and "Traceback" not in past[1],
            f"a device past the cap: HTTP {past[0]}" + (" (the room-full page)" if past[0] == 503 else ""),
        )
        # A stranger's requests about another page's kernel (the stranger has a page, and its _xsrf cookie).
        kernel = _kernel_of(greedy[0][1])
        xsrf = _xsrf_of(other[1]) or "probe"
        model = url + f"api/kernels/{kernel}"
        own = request(model, source="127.0.0.5")[0]
        stranger = [request(model, m, source="127.0.0.6", xsrf=xsrf)[0] for m in ("GET", "PATCH", "DELETE")]
        restart = request(model + "/restart", "POST", source="127.0.0.6", xsrf=xsrf)[0]
        interrupt = request(model + "/interrupt", "POST", source="127.0.0.6", xsrf=xsrf)[0]
        goodbye = request(url + f"voila/api/shutdown/{kernel}", "POST", source="127.0.0.6", xsrf=xsrf)[0]
        alive = request(model, source="127.0.0.5")[0]
        record(
            f"{which}: another device's requests about a page's kernel",
            own == 200 and all(s in (403, 404, 405) for s in (*stranger, restart, interrupt, goodbye)) and alive == 200,
            f"own GET {own}; stranger GET/PATCH/DELETE {stranger}, restart {restart}, interrupt {interrupt}, "
            f"goodbye for it {goodbye}; the page's own GET afterwards {alive}",
        )
        # A kernel started through the API, past the page.
        started = request(url + "api/kernels", "POST", source="127.0.0.8", xsrf=xsrf, body=b"{}")[0]
        record(f"{which}: POST /api/kernels starts no kernel", started in (403, 404, 405), f"HTTP {started}")
        # Stray addresses and path traversal.
        bad = []
        for path in STRAY_PATHS:
            code, body = request(url + path, source="127.0.0.8")
            listed = path.startswith(("tree", "api/", "files", "voila/files", "voila/tree", "lab", "edit", "notebooks", "voila/render"))
            if code == 500 or (code == 200 and (listed or any(leak in body for leak in LEAKS))):
                bad.append(f"{path} -> {code}")
        record(
            f"{which}: /api/*, /tree, /files and path traversal",
            not bad,
            f"{len(STRAY_PATHS)} addresses; " + ("; ".join(bad) if bad else "none served content or failed"),
        )
    finally:
        room.stop_server(server)
    log = server.log_path.read_text(errors="replace")
    record(f"{which}: no traceback in the server's log", "Traceback" not in log, f"{log.count('Traceback')} tracebacks")
    places = [Path(tempfile.gettempdir())] + ([] if base.is_relative_to(tempfile.gettempdir()) else [base])
    found = []
    for place in places:
        try:
            hit = subprocess.run(["grep", "-rIl", "--no-messages", canary, str(place)], capture_output=True, text=True, timeout=300).stdout
        except subprocess.TimeoutExpired:
            hit = "(grep timed out)"
        found += [line for line in hit.splitlines() if line]
    record(
        f"{which}: nothing typed in any log or temporary folder",
        typed and not found,
        ("canary typed into the form and its message written; " if typed else f"the canary's page failed ({outcome.error}); ")
        + (f"found in {found}" if found else f"not found in the server's log, its runtime, data and TMPDIR folders or {tempfile.gettempdir()}"),
    )


def probe_facilitator() -> None:
    import psutil

    from guide.room.serve import facilitator_command

    room = _room_benchmark()
    port = room.free_port()
    with tempfile.TemporaryDirectory(prefix="rebound-probe-") as folder:
        env = {**os.environ, "JUPYTER_RUNTIME_DIR": folder}
        process = subprocess.Popen(facilitator_command(port), cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            listening: set[str] = set()
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not listening:
                time.sleep(1)
                for conn in psutil.Process(process.pid).net_connections(kind="inet"):
                    if conn.status == psutil.CONN_LISTEN:
                        listening.add(conn.laddr.ip)
            from guide.room.address import lan_address

            lan = lan_address()
            reached = None
            if lan != "127.0.0.1":
                try:
                    http.client.HTTPConnection(lan, port, timeout=5).request("HEAD", "/")
                    reached = True
                except OSError:
                    reached = False
        finally:
            process.terminate()
            process.wait(timeout=30)
    record(
        "the facilitator page on 127.0.0.1 only",
        listening == {"127.0.0.1"} and not reached,
        f"listens on {sorted(listening) or 'nothing'}; from the LAN address {lan}: {'reached' if reached else 'refused' if reached is False else 'no LAN address'}",
    )


def probe_dead_kernel() -> None:
    command = [sys.executable, "-m", "pytest", "tests/browser/test_dead_kernel.py", "-q", "-x", "-p", "no:cacheprovider"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    last = (done.stdout.strip().splitlines() or ["(no output)"])[-1]
    record("a dead kernel (tests/browser/test_dead_kernel.py)", done.returncode == 0, last)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=23)
    parser.add_argument("--situations", type=int, default=1500)
    parser.add_argument("--pdf-every", type=int, default=15)
    parser.add_argument("--flips", type=int, default=300)
    parser.add_argument("--only", choices=("answers", "drafts", "situations", "room", "fallback", "facilitator"), action="append")
    parser.add_argument("--browser", action="store_true", help="also run the dead-kernel browser test")
    args = parser.parse_args()
    chosen = set(args.only or ("answers", "drafts", "situations", "room", "fallback", "facilitator"))
    rng = random.Random(args.seed)
    print(f"Probe (seed {args.seed}), {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores"
          f" (load {os.getloadavg()[0]:.1f}: other work on the machine inflates every time below)\n", flush=True)
    if "answers" in chosen:
        probe_answers(rng, args.flips)
    if "drafts" in chosen:
        probe_drafts(rng)
    if "situations" in chosen:
        probe_situations(rng, args.situations, args.pdf_every)
    if "room" in chosen:
        probe_room(upstream=False)
    if "fallback" in chosen:
        probe_room(upstream=True)
    if "facilitator" in chosen:
        probe_facilitator()
    if args.browser:
        probe_dead_kernel()
    failed = [r for r in RESULTS if not r.ok]
    print(f"\n{len(RESULTS)} probes, {len(RESULTS) - len(failed)} held, {len(failed)} failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
