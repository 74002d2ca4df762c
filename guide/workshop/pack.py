"""The print pack in one command: ``python -m guide.workshop.pack --room 40`` (or ``make print-pack ROOM=40``).

Writes the pack for a room as a PDF and a printable page, into ``--out`` (``print-pack/`` by default):
the outline of the session's length for the counselor, one set of three role plays per trio, the sorting
cards, the quiz, the model calls, the weak email, the answer keys each on its own page, and the exit
tickets and wallet cards several to a page. ``--lang es`` prints it in Spanish (on the paper of the
language: letter, or A4 in Britain). Everything a session run on paper alone needs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import i18n
from .cards import DEFAULT_SEED, MAX_ROOM, grouping_line, plays_for_room
from .outline import DEFAULT_LENGTH, LENGTHS
from .printable import cards_html_file, cards_pdf


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m guide.workshop.pack", description=__doc__.splitlines()[0])
    parser.add_argument("--room", type=int, default=MAX_ROOM, help="people in the room (1 to 40)")
    parser.add_argument("--length", type=int, default=DEFAULT_LENGTH, choices=LENGTHS, help="session minutes")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="card set number (the same number, the same cards)")
    parser.add_argument("--lang", default="en", help="language to print in: en, en-GB, es, es-MX")
    parser.add_argument("--out", type=Path, default=Path("print-pack"), help="folder to write into")
    args = parser.parse_args(argv)
    lang = i18n.normalize(args.lang)
    if lang is None:
        parser.error(f"no language {args.lang!r}; choose one of {', '.join(i18n.languages())}")
    if not 1 <= args.room <= MAX_ROOM:
        parser.error(f"--room must be between 1 and {MAX_ROOM}")
    count = plays_for_room(args.room)
    args.out.mkdir(parents=True, exist_ok=True)
    with i18n.speaking(lang):
        made = (cards_pdf(args.seed, count, args.length, args.room), cards_html_file(args.seed, count, args.length, args.room))
        for export in made:
            path = args.out / export.filename
            path.write_bytes(export.data)
            print(path)
        print(f"{grouping_line(args.room)} ({args.length} min)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
