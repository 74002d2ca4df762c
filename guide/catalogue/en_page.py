"""English wording of the app page's own narrative (``notebooks/rebound.ipynb``), and the language choice.

Each ``page.<section>`` entry is one block of Markdown, shown by ``App.section(<section>)`` in the page's
language (``guide.ui.narrative``): the notebook's cells only call it, so the narrative switches language
with the rest of the page. Markdown is rendered with raw HTML escaped. A translation keeps the marks
(``#``, ``**``, ``>``, ``-``, ``1.``) and the blank lines between blocks.
"""

TEXT: dict[str, str] = {
    # --- the language choice ------------------------------------------------------------------------
    "page.language": "Language",
    "page.static.language": "[The choice of language appears here.]",
    # --- the narrative, in the order of the page --------------------------------------------------------
    "page.intro": (
        "# Rebound\n"
        "\n"
        "**Driving? Pull over first.** Stop somewhere safe before you call, read or type.\n"
        "\n"
        "## Late right now? Call first\n"
        "\n"
        "You don't need the form for this. Call the person who set up the interview and say:\n"
        "\n"
        "> \"Hello, this is [your name]. I have an interview at [time] for the [job title] job.\n"
        "> I'm very sorry, but I'm running late. I will be there at [the time you will really arrive].\"\n"
        "\n"
        "- Give a time you can really keep. Count the minutes; don't guess low.\n"
        "- More than about 20 minutes late? Also say: \"Or, if it suits you better, could we meet on another day?\"\n"
        "- Nobody answers? Say the same words as a voicemail, with your phone number.\n"
        "\n"
        "Then come back here for the rest."
    ),
    "page.steps": (
        "## Everything else, in five steps\n"
        "\n"
        "Take a breath. Missing an interview, running late, or needing to move or cancel one happens to many\n"
        "people. What you do next counts. Some employers give a second chance and some don't, so act now,\n"
        "and keep applying for other jobs too.\n"
        "\n"
        "1. **What happened**: a few details about the interview and about you.\n"
        "2. **What to do now**: your plan, the most urgent step first.\n"
        "3. **Your message**: the words for a call, a voicemail, an email or a letter.\n"
        "4. **After the message**: what comes next.\n"
        "5. **Check a message you wrote**, if you prefer your own words."
    ),
    "page.after": (
        "## 4. After the message\n"
        "\n"
        "The hardest part is done. The last steps of your plan cover what comes next: when to follow up if you\n"
        "hear nothing, and how to confirm a new time in writing. If they say no, a short thank-you still leaves\n"
        "a good last impression. No answer after your one follow-up? Stop there, and put your time into other\n"
        "openings."
    ),
    "page.check": (
        "## 5. Check a message you wrote\n"
        "\n"
        "Already wrote something, or prefer your own words? Paste it below. Each piece of advice shows whether\n"
        "your draft follows it, and what to change if it doesn't. The most important points come first."
    ),
}
