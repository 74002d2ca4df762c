"""The wheel carries everything the guide needs: installed away from this checkout, it composes every
scenario's message, finds its PDF fonts, and Voila finds the offline page template by name.

To stay quick, the fresh virtual environment gets only the wheel (``--no-deps``); the libraries it
needs (Jinja2, Voila, ipywidgets...) are read from this test environment's site-packages through a
``.pth`` file. That file adds the directory itself, and Python does not process ``.pth`` files in a
directory added that way, so the editable install of this checkout (itself a ``.pth`` file) stays out:
``guide`` can only come from the wheel. Jupyter's data path gets the test environment's shared files
(Voila's base templates, the widget extensions) except the rebound template, which only the wheel's
installation provides.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.error
import urllib.request
import venv
from dataclasses import dataclass
from pathlib import Path

import pytest

from guide import SCENARIOS, compose
from guide.i18n import languages
from guide.examples import example_situation

REPO_ROOT = Path(__file__).resolve().parents[1]
APP_NOTEBOOK = REPO_ROOT / "notebooks" / "rebound.ipynb"
VOILA_TEMPLATE = Path("voila", "templates", "rebound")
TEMPLATE_CSS = REPO_ROOT / "share" / "jupyter" / VOILA_TEMPLATE / "static" / "rebound-page.css"
SERVER_START_TIMEOUT_S = 90
PAGE_TIMEOUT_S = 120

# Run in the fresh environment: where guide came from, and one message of each scenario.
COMPOSE_SCRIPT = """
import json, sys
import guide
from guide import SCENARIOS, compose
from guide.examples import example_situation
from guide.exports.pdf import FALLBACK_FONTS, FONT_FILES
from guide.i18n import LOCALE_DIR, languages
messages = {f"{lang} {sc}": compose(example_situation(sc, lang), "email").body
            for lang in languages() for sc in SCENARIOS}
fonts = [str(p) for p in (*FONT_FILES.values(), *FALLBACK_FONTS.values()) if not p.is_file()]
compiled = sorted(p.parent.parent.name for p in LOCALE_DIR.glob("*/LC_MESSAGES/rebound.mo"))
json.dump({"guide": guide.__file__, "messages": messages, "missing_fonts": fonts, "compiled": compiled}, sys.stdout)
"""

FIND_TEMPLATES_SCRIPT = """
import os
from jupyter_core.paths import jupyter_path
print(*(p for p in jupyter_path("voila", "templates", "rebound") if os.path.isdir(p)))
"""


@dataclass
class Installed:
    python: Path
    prefix: Path
    env: dict[str, str]  # for processes in the fresh environment: no checkout, own Jupyter directories
    work: Path  # an empty folder away from the checkout, to run in


def _site_packages(prefix: Path) -> Path:
    return Path(sysconfig.get_path("purelib", vars={"base": str(prefix), "platbase": str(prefix)}))


def _link_all_but(source: Path, target: Path, left_out: tuple[str, ...]) -> None:
    """Link every entry of ``source`` into ``target``, except ``left_out`` (a path under ``source``,
    whose parents are made as real directories so their other entries can be linked one by one)."""
    target.mkdir(parents=True, exist_ok=True)
    for entry in source.iterdir():
        if left_out and entry.name == left_out[0]:
            if len(left_out) > 1:
                _link_all_but(entry, target / entry.name, left_out[1:])
            continue
        (target / entry.name).symlink_to(entry)


def _shared_jupyter_without_rebound(target: Path) -> Path:
    """A Jupyter data directory holding the test environment's shared files (Voila's base templates,
    the widget extensions) but not its rebound template, nor its kernel specs (the fresh interpreter's
    own native kernel is the one to run)."""
    source = Path(sys.prefix, "share", "jupyter")
    _link_all_but(source, target, VOILA_TEMPLATE.parts)
    (target / "kernels").unlink(missing_ok=True)
    return target


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("wheel")
    dist = base / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(dist), str(REPO_ROOT)],
        check=True, cwd=base,
    )  # fmt: skip
    (wheel,) = dist.glob("rebound_guide-*.whl")
    prefix = base / "venv"
    venv.create(prefix, with_pip=False, symlinks=True)
    python = prefix / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True, cwd=base,
    )  # fmt: skip
    # Only now, so pip saw an empty environment (not this one's editable install) when installing.
    test_site = {_site_packages(Path(sys.prefix)), Path(sysconfig.get_path("platlib"))}
    (_site_packages(prefix) / "_test_environment.pth").write_text("\n".join(map(str, sorted(test_site))) + "\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "JUPYTER", "VIRTUAL_ENV"))}
    for name in ("JUPYTER_RUNTIME_DIR", "JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "IPYTHONDIR", "TMPDIR"):
        (base / name.lower()).mkdir()
        env[name] = str(base / name.lower())
    env["JUPYTER_PATH"] = str(_shared_jupyter_without_rebound(base / "shared-jupyter"))
    env["PATH"] = f"{prefix / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    work = base / "work"
    work.mkdir()
    return Installed(python=python, prefix=prefix, env=env, work=work)


def test_the_wheel_holds_the_templates_and_the_voila_template_as_data(installed):
    assert (_site_packages(installed.prefix) / "guide" / "templates" / "missed" / "email.txt.j2").is_file()
    template = installed.prefix / "share" / "jupyter" / VOILA_TEMPLATE
    assert (template / "index.html.j2").is_file() and not template.is_symlink()
    # ...and it is the only rebound template Jupyter's data path offers there.
    found = subprocess.run(
        [str(installed.python), "-c", FIND_TEMPLATES_SCRIPT],
        cwd=installed.work, env=installed.env, capture_output=True, text=True, timeout=60, check=True,
    ).stdout.split()  # fmt: skip
    assert [Path(p).resolve() for p in found] == [template.resolve()]


def test_the_installed_package_composes_every_scenario_in_every_language_as_the_checkout_does(installed):
    result = subprocess.run(
        [str(installed.python), "-c", COMPOSE_SCRIPT],
        cwd=installed.work, env=installed.env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert Path(found["guide"]).is_relative_to(installed.prefix), found["guide"]  # not this checkout
    assert found["missing_fonts"] == []
    # Every language, from catalogues compiled when the wheel was built (not from its .po at run time).
    assert found["compiled"] == sorted(po.parent.parent.name for po in (REPO_ROOT / "guide" / "locale").glob("*/LC_MESSAGES/rebound.po"))
    assert found["messages"] == {
        f"{lang} {sc}": compose(example_situation(sc, lang), "email").body for lang in languages() for sc in SCENARIOS
    }


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str, timeout: float) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8", errors="replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", errors="replace")


def test_voila_renders_the_app_with_the_installed_template(installed):
    """``voila --template=rebound`` with nothing but the installed package: the app notebook, copied to
    a folder of its own, executes and is served in the rebound page."""
    notebook = installed.work / "rebound.ipynb"
    notebook.write_bytes(APP_NOTEBOOK.read_bytes())
    port = _free_port()
    log_path = installed.work.parent / "voila.log"
    command = [
        str(installed.python), "-m", "voila", notebook.name, "--template=rebound",
        "--no-browser", f"--port={port}", "--Voila.ip=127.0.0.1",
    ]  # fmt: skip
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            command, cwd=installed.work, env=installed.env, stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT_S
        while True:
            try:
                _get(f"{url}voila/static/favicon.ico", timeout=2)
                break
            except OSError:
                assert process.poll() is None, log_path.read_text(errors="replace")
                assert time.monotonic() < deadline, log_path.read_text(errors="replace")
                time.sleep(0.25)
        status, page = _get(url, timeout=PAGE_TIMEOUT_S)
        stylesheet = re.search(r'href="/(voila/templates/rebound/static/rebound-page\.css)[^"]*"', page)
        css_status, css = _get(url + stylesheet[1], timeout=10) if stylesheet else (None, "")
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=15)
    log_text = log_path.read_text(errors="replace")
    assert status == 200, log_text
    assert "TemplateNotFound" not in page + log_text
    # The page is the rebound template's: it links that template's own stylesheet, served from the wheel's copy.
    assert stylesheet, page
    assert (css_status, css) == (200, TEMPLATE_CSS.read_text(encoding="utf-8"))
    assert "application/vnd.jupyter.widget-view+json" in page  # the notebook ran and showed the app
    assert "Traceback" not in log_text and "ModuleNotFoundError" not in page
