"""Rebound as a static site that runs in the browser (JupyterLite + Pyodide): ``make site``.

``build.py`` makes the folder (run at build time, on the machine that builds the site); ``browser.py``
is what the app needs when it runs inside Pyodide. Neither is imported by the server app.
"""
