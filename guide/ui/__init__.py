"""The widget layer: small ipywidgets classes that wire controls to the core. No wording, no rules."""
