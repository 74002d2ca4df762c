"""English wording of saved answers: saving them to a file, loading them back, and (in JupyterLab only)
keeping them in the reader's folder so the next chapter can fill in its form."""

TEXT: dict[str, str] = {
    "export.file.answers": "rebound-answers",
    # --- loading a file that cannot be loaded: what happened, that nothing changed, what to do -----------
    "saved.error.too_large": (
        "This file is too big to be saved answers (those are a few kilobytes; this is over {limit} KB), "
        "so nothing was loaded. Choose the .json file that “Save my answers” gave you."
    ),
    "saved.error.not_answers": (
        "This is not a file of answers saved by Rebound, so nothing was loaded. "
        "Choose the .json file that “Save my answers” gave you."
    ),
    "saved.error.damaged": (
        "This file of saved answers is damaged (part of it is missing or was changed), so nothing was "
        "loaded. Try another saved file, or fill in the form again."
    ),
    "saved.error.newer": (
        "These answers were saved by a newer version of Rebound than this one, so nothing was loaded. "
        "Load them where you saved them, or fill in the form again."
    ),
    # --- the controls, beside the form -------------------------------------------------------------------
    "ui.saved.heading": "Keep your answers",
    "ui.saved.help": (
        "Save your answers as a small file on your device, and load it here later to fill in the form "
        "again. The file stays with you: nothing you type is kept on the server."
    ),
    "ui.saved.save": "Save my answers (.json)",
    "ui.saved.load": "Load my answers",
    "ui.saved.load_tip": "Choose the .json file that “Save my answers” gave you.",
    "ui.saved.loaded": "Your answers are back in the form.",
    "ui.saved.loaded_elsewhere": (
        "Your answers are back in the form, except what happened ({scenario}): this part of the guide "
        "is about something else, so check the first question."
    ),
    "ui.saved.left_out": (
        "This part could not be put back, so please fill it in again: {fields}."
    ),
    "ui.saved.language_kept": "These answers were saved in {saved}; the page stays in {page}.",
    "ui.saved.failed": "Something went wrong while loading this file, so nothing was loaded. Please try again.",
    # --- JupyterLab only: a file in the reader's own folder, shared by the chapters -----------------------
    "ui.saved.folder.keep": "Keep my answers in this folder for the next chapter",
    "ui.saved.folder.help": (
        "Ticked, your answers are saved as you type to {file} in the folder of this notebook, so the next "
        "chapter can fill in its form for you. Untick it to stop and delete that file."
    ),
    "ui.saved.folder.fill": "Fill in my answers from the last chapter",
    "ui.saved.folder.filled": "Filled in from {file}.",
    "ui.saved.folder.not_kept": "Your answers could not be saved in this folder, so they are not kept.",
    "ui.saved.folder.gone": "There are no kept answers in this folder any more.",
}
