"""Two versions of one missed-interview email, typed into the "check my draft" panel by its widget tests
(tests/test_draft_view.py) and its browser tests (tests/browser/test_draft_view.py).

The sender's name is a parameter because each suite signs with the name its form uses: the review
compares the signature with the form.
"""

from __future__ import annotations


def bad_draft(signed_by: str) -> str:
    """Blames others, asks for no new time, and keeps its apology for the end."""
    return f"""Dear Ms. Lee,

I had an interview with you at Acme Corp this morning for the Warehouse Associate position. The bus broke down and then the receptionist gave me the wrong floor, so I missed it. I was looking forward to meeting you.

Thank you for your understanding, and I am sorry.

Sincerely,
{signed_by}"""


def good_draft(signed_by: str) -> str:
    """The same email, fixed: apology first, owned, a request with two times, a prevention step."""
    return f"""Dear Ms. Lee,

I am sorry that I missed our interview this morning for the Warehouse Associate position at Acme Corp. I overslept, and that was my own mistake. I know you had kept that hour free for me.

Would it be possible to reschedule? I could come in at either of these times:
- Tuesday, November 24, at 10:00 AM
- Wednesday, November 25, at 2:30 PM

To make sure it does not happen again, I now set two alarms and lay everything out the night before.

Thank you for your patience.

Sincerely,
{signed_by}"""
