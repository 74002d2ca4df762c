"""The site's own pages: the front page (the app), the facilitator page, and the REPL page they run in,
made to look like Voila.

The app page is JupyterLite's REPL app: it runs the app notebook's code cells one by one as Voila does,
with the code, the prompts, the banner and the input box hidden. The facilitator page is the same, with
the facilitator notebook's cells: it opens ready, as under Voila, with no Run All. Why the REPL and not the alternatives
(README, "Rebound in the browser"): Voici (a Voila for JupyterLite) fails with the 0.7 Pyodide kernel,
the Notebook app would show code and need a Run All, and a page of our own over Pyodide would have to
rebuild the widget manager JupyterLite already ships.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path
from urllib.parse import urlencode

REPL_STYLE = """
<style id="rebound-site">
  /* The REPL as an app page: no prompts, no input box, no code, no banner (Voila shows none of them). */
  .jp-CodeConsole-promptCell, .jp-CodeConsole-input, .jp-InputPrompt, .jp-OutputPrompt,
  .jp-CodeConsole-banner, .jp-ExecutionIndicator, .jp-Toolbar { display: none !important; }
  .jp-CodeConsole-content { padding: 0 1ex; }
  .jp-Cell-inputWrapper { display: none !important; }
  /* The overlay that collapses an output sits where the hidden prompt was: over the widgets' left edge,
     it took the clicks meant for a radio button. */
  .jp-OutputArea-promptOverlay { display: none !important; }
</style>
"""

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="icon" href="data:;base64,=">
{config}
<style>
  html, body {{ margin: 0; height: 100%; font-family: system-ui, sans-serif; }}
  body {{ display: flex; flex-direction: column; }}
  nav {{ padding: .4em 1em; border-bottom: 1px solid #ccc; font-size: .95em; line-height: 1.8; }}
  nav a {{ margin-right: 1.2em; color: #0645ad; }}
  #loading {{ padding: 1em; }}
  iframe {{ flex: 1; border: 0; width: 100%; }}
</style>
</head>
<body>
<nav aria-label="Rebound">
  <strong>Rebound</strong> ·
  <a href="{front}">App</a>
  <a href="{lab_en}">Self-study chapters</a>
  <a href="{lab_es}" lang="es">Capítulos de estudio</a>
  <a href="{facilitator}">Facilitator guide</a>
</nav>
<p id="loading" role="status">Starting {title} in your browser: about 15 seconds the first time, a few seconds after that.
<span lang="es">Iniciando {title} en su navegador: unos 15 segundos la primera vez.</span></p>
<iframe id="app" title="{title}"></iframe>
<noscript>Rebound needs JavaScript. / Rebound necesita JavaScript.</noscript>
<script>
  // The page's language comes from ?lang= as on the server: the first cell hands it to the notebook's
  // code the way Voila does (QUERY_STRING), then the notebook's own cells run, code hidden.
  const cells = {cells};
  const query = new URLSearchParams(location.search);
  const lang = query.get("lang") || "";
  const first = "import os; os.environ['QUERY_STRING'] = " + JSON.stringify(lang ? "lang=" + lang : "");
  const params = new URLSearchParams({{kernel: "python", toolbar: "0", hideCodeInput: "1", showBanner: "0"}});
  for (const code of [first, ...cells]) params.append("code", code);
  const frame = document.getElementById("app");
  frame.addEventListener("load", () => {{ document.getElementById("loading").hidden = true; }});

  // The site's service worker first (guide/site/cache.py): the files then come compressed, and from the
  // browser's cache on the next visit. JupyterLite registers the same worker at this same address, and
  // unregisters every worker when it has not seen its own version for that address (localStorage):
  // the key below tells it this one is current.
  async function withWorker() {{
    const workers = navigator.serviceWorker;
    if (!workers) return;  // not a secure context (plain http to another machine): works without it
    const url = new URL("service-worker.js?enableCache=false", location.href).href;
    try {{
      await workers.register(url);
      if (!workers.controller) {{
        await new Promise((resolve) => {{
          workers.addEventListener("controllerchange", resolve, {{once: true}});
          setTimeout(resolve, 10000);
        }});
      }}
      localStorage.setItem(url + "-version", {app_version});
    }} catch (error) {{
      console.warn("Rebound runs without its service worker:", error);
    }}
  }}
  withWorker().then(() => {{ frame.src = "repl/index.html?" + params.toString(); }});
</script>
</body>
</html>
"""


def write(out: Path, cells: list[str], chapters: dict[str, list[str]], facilitator: list[str]) -> None:
    """Write the front page (the app) and the facilitator page, and restyle the REPL page they run in,
    of a built JupyterLite folder ``out``."""
    links = {
        "front": "./",
        "lab_en": "lab/index.html?" + urlencode({"path": chapters["en"][0]}),
        "lab_es": "lab/index.html?" + urlencode({"path": chapters["es"][0]}),
        "facilitator": "facilitator.html",
    }
    # JupyterLite's pages read the site's settings from the front page's config script: keep it.
    original = (out / "index.html").read_text(encoding="utf-8")
    config = re.search(r'<script\s+id="jupyter-config-data".*?</script>', original, re.S).group(0)
    version = json.loads((out / "jupyter-lite.json").read_text(encoding="utf-8"))["jupyter-config-data"]["appVersion"]
    for name, title, code in (("index.html", "Rebound", cells), ("facilitator.html", "Rebound facilitator guide", facilitator)):
        page = PAGE.format(
            title=title, cells=json.dumps(code), config=config, app_version=json.dumps(version),
            **{k: html.escape(v) for k, v in links.items()},
        )
        (out / name).write_text(page, encoding="utf-8")

    # The REPL has no notebooks, so CodeMirror's notebook commands fail to start there (an error in the
    # console of every visit): left out of this page only.
    repl_config = out / "repl" / "jupyter-lite.json"
    config = json.loads(repl_config.read_text(encoding="utf-8"))
    disabled = config["jupyter-config-data"].setdefault("disabledExtensions", [])
    disabled += [*root_disabled(out), "@jupyterlab/codemirror-extension:commands"]
    repl_config.write_text(json.dumps(config, indent=2), encoding="utf-8")

    repl = out / "repl" / "index.html"
    text = repl.read_text(encoding="utf-8")
    css = (voila_css_path()).read_text(encoding="utf-8")
    text = text.replace("</head>", f"{REPL_STYLE}<style>{css}</style>\n</head>", 1)
    repl.write_text(text, encoding="utf-8")


def root_disabled(out: Path) -> list[str]:
    config = json.loads((out / "jupyter-lite.json").read_text(encoding="utf-8"))
    return config["jupyter-config-data"].get("disabledExtensions", [])


def voila_css_path() -> Path:
    """The Voila page's own style sheet, so the app looks the same in both."""
    return Path(__file__).resolve().parents[2] / "share/jupyter/voila/templates/rebound/static/rebound-page.css"
