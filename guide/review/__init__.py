"""The draft review: check a message the candidate wrote, rule by rule.

The public entry point::

    from guide.review import review, Review, Finding

The candidate pastes a draft; each check of ``checklist.CHECKS`` that applies to the scenario and
channel says whether the draft passes, why, what to change, and which guidance it comes from. The
findings come back most important first, with a one-line summary a counselor can read at a glance.

Whatever is pasted is only data: the first ``policy.DRAFT_CAP`` (10,000) characters are read, and
``Review.capped_note`` says so when there were more; they are read with regular expressions that
cannot backtrack without bound (``benchmarks/review_adversarial.py`` prints the slowest draft of that
size), never rendered or executed, and never written anywhere (the last few texts
stay in small in-memory caches, textstat's included, so a live re-review is quick). The review works on
plain text; HTML pasted into the box is reduced to its text and reported. Reasons quote bits of the
draft back as plain strings, so a user interface must escape them like any other text.

textstat (and the pronunciation dictionary it loads, most of a second the first time) is imported only
when a draft long enough to measure is reviewed, so ``import guide`` stays cheap. Call ``warm_up()`` in
the background when an app starts if the first review should be instant.

The modules inside are internal, each importing only those below it: ``policy`` (the numbers) and
``folding`` (words compared without case or accents) import nothing of the review; ``language``,
``phrases`` and ``vocabulary`` (the word lists), ``matching`` and ``reading`` (taking a draft apart),
``outcome`` (what a check sees and returns) and ``checks_*`` (one function per check) do the work;
``checklist`` declares each check once, with its function; ``run`` puts it together and ``result`` is
what comes back. ``tests/test_review_structure.py`` keeps the graph free of cycles.
"""

from .result import Finding, Review
from .run import review, warm_up

__all__ = ["Finding", "Review", "review", "warm_up"]
