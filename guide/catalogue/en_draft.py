"""English wording of the "check my draft" panel: its controls, how a finding is framed, the example.

The findings themselves (title, reason, suggestion) and the summary line are the review's own wording
(en_review); this module only frames them. Channel names reuse ``channel.<name>`` and the source line
reuses ``ui.plan.source``, so the panel names things the way the rest of the page does.
"""

TEXT: dict[str, str] = {
    # --- the controls ---------------------------------------------------------------------------------
    # On the app's page the panel is built when first opened (issue 28): the button it starts as.
    "ui.draft.open": "Check a draft of my own",
    "ui.draft.channel": "Kind of message",
    "ui.draft.scenario": "What is this message about?",
    "ui.draft.scenario.read": "Let the check tell from the draft",
    "ui.draft.subject": "Subject line (for an email)",
    "ui.draft.body": "Your draft",
    "ui.draft.privacy": (
        "Nothing you paste here is saved or shared. It is only read on this page, to check it against "
        "the advice."
    ),
    "ui.draft.help": (
        "Paste or type the message you wrote. The check below updates as you type: each piece of advice "
        "shows whether your draft follows it, and what to change if it doesn't."
    ),
    "ui.draft.without_form": (
        "Once the details above are complete (what happened, when, the company, the job and your name), "
        "the check also compares your draft with them: names, times and the rest."
    ),
    # --- the results ----------------------------------------------------------------------------------
    "ui.draft.score": "Score: {score} out of 100",
    "ui.draft.findings": "Each piece of advice, most important first",
    "ui.draft.checking": "Checking your draft…",
    "ui.draft.verdict.must": "Must fix",
    "ui.draft.verdict.should": "Should fix",
    "ui.draft.verdict.style": "Nice to have",
    "ui.draft.verdict.note": "Worth a look",
    "ui.draft.verdict.passed": "Passed",
    "ui.draft.try": "Try this:",
    # --- the chapter's example --------------------------------------------------------------------------
    # A first draft Alex might dash off after missing the interview: friendly, but it points at the bus
    # and an app, saves the apology for last, and never asks for a new time.
    "ui.draft.example.subject": "Interview",
    "ui.draft.example.body": (
        "Hi {contact},\n"
        "\n"
        "I wanted to get in touch about this morning. The bus was slow and then my maps app sent me the "
        "wrong way, so by the time I found the building it was far too late to come in. I was really "
        "looking forward to talking with you about the {role} job at {company}. It was a frustrating "
        "morning all round. Sorry about all that!!\n"
        "\n"
        "Let me know what happens next.\n"
        "\n"
        "Thanks,\n"
        "{name}"
    ),
}
