"""Build ``site/``: Rebound as a static web site that runs entirely in the browser (``make site``).

JupyterLite (JupyterLab compiled for the browser) with the Pyodide kernel (Python compiled to
WebAssembly). Everything the site needs is fetched here, at build time, from the registries the project
already uses: the Pyodide runtime from npm, pure-Python wheels from PyPI. Nothing is fetched from a CDN
at build time or when a page runs, so the folder works from any static host with no network at all.

What it takes (learned from a trial build, issue 29):
- the ``pyodide`` npm package holds the runtime and its lock file but no package wheels: each wheel the
  app needs is fetched from PyPI (at the lock's version where the lock has one, else at the version this
  project's environment runs), its sha256 written into the lock (Pyodide repacks even pure wheels, so
  the lock's own hashes don't match PyPI's), and the lock trimmed to the packages present;
- every package is listed in ``loadPyodideOptions.packages``: the kernel loads them all at start, so
  the app imports without a ``%pip`` cell, and the kernel installs nothing over the network;
- MarkupSafe has only a compiled wheel for the browser: its pure-Python fallback is packed as a wheel;
  ``sqlite3`` (asked for by the kernel) is a stub that says it is missing, as IPython expects;
- Pillow and lxml have no browser wheel on PyPI: PDFs are text-only, the .docx says it needs the server.

The downloads are cached under ``.site-cache/`` (git-ignored), so a rebuild fetches nothing.
"""
from __future__ import annotations

import argparse
import base64
import csv
import hashlib
import io
import json
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from email.parser import Parser
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".site-cache"
OUT = ROOT / "site"
PYODIDE_VERSION = "0.29.3"
NOTEBOOKS = ROOT / "notebooks"
PYODIDE_DIR = "static/pyodide"

# The packages the app imports in the browser, beyond what their metadata pulls in. The server-only
# parts (voila, jupyter_server, websockets, orjson) stay out; the kernel's own come first.
KERNEL_PACKAGES = ["micropip", "piplite", "sqlite3", "ipykernel", "comm", "pyodide_kernel", "jedi", "ipython"]
# The app's own come from pyproject.toml's extras (app, export, review), less what only a server runs.
SERVER_ONLY = {"voila", "jupyter-server", "jupyterlab", "ipykernel", "websockets", "orjson", "python-docx", "uharfbuzz"}


def app_packages() -> list[str]:
    import tomllib
    from packaging.requirements import Requirement

    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    names = [canon(Requirement(r).name) for extra in ("app", "export", "review") for r in extras[extra]]
    return ["rebound-guide", *(n for n in names if n not in SERVER_ONLY), "widgetsnbextension", "tzdata"]


# Asked for by a package's metadata but never imported by what Rebound uses (or with no browser wheel:
# Pillow and lxml, see the module's docstring; jupyterlab-widgets is the front end, already in the site).
LEFT_OUT = {"pillow", "lxml", "python-docx", "jupyterlab-widgets", "setuptools", "uharfbuzz"}

# Markers of the browser's Python, to read a wheel's Requires-Dist as Pyodide would.
PYODIDE_ENV = {
    "python_version": "3.13", "python_full_version": "3.13.2", "sys_platform": "emscripten",
    "platform_system": "Emscripten", "platform_machine": "wasm32", "implementation_name": "cpython",
    "platform_python_implementation": "CPython", "os_name": "posix", "extra": "",
}


def canon(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def run(*args: str, **kwargs) -> None:
    print("$", " ".join(args), flush=True)
    subprocess.run(args, check=True, **kwargs)


# -- fetching (cached) ---------------------------------------------------------------------------------

def pyodide_package() -> Path:
    """The pyodide npm package, unpacked (its ``package/`` folder)."""
    folder = CACHE / f"pyodide-{PYODIDE_VERSION}"
    if not (folder / "package" / "pyodide.js").exists():
        folder.mkdir(parents=True, exist_ok=True)
        run("npm", "pack", f"pyodide@{PYODIDE_VERSION}", "--silent", cwd=folder)
        with tarfile.open(folder / f"pyodide-{PYODIDE_VERSION}.tgz") as tgz:
            tgz.extractall(folder, filter="data")
    return folder / "package"


def pypi_wheel(name: str, version: str) -> Path | None:
    """The pure-Python wheel of ``name==version`` from PyPI (cached), or None if it has none."""
    folder = CACHE / "wheels"
    folder.mkdir(parents=True, exist_ok=True)
    found = _cached(folder, name, version)
    if found:
        return found
    result = subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
         "--python-version", "3.13", "--implementation", "py", "--abi", "none", "--platform", "any",
         "--dest", str(folder), f"{name}=={version}"],
        capture_output=True, text=True,
    )
    if result.returncode:
        return None
    return _cached(folder, name, version)


def _cached(folder: Path, name: str, version: str) -> Path | None:
    for wheel in folder.glob("*.whl"):
        dist, ver = wheel.name.split("-")[:2]
        if canon(dist) == canon(name) and ver == version:
            return wheel
    return None


def markupsafe_wheel(version: str) -> Path:
    """MarkupSafe as a pure wheel: its own Python fallback (``_native``) without the C speed-up."""
    folder = CACHE / "built"
    folder.mkdir(parents=True, exist_ok=True)
    wheel = folder / f"markupsafe-{version}-py3-none-any.whl"
    if wheel.exists():
        return wheel
    sdists = CACHE / "sdists"
    sdists.mkdir(parents=True, exist_ok=True)
    run(sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary=:all:",
        "--dest", str(sdists), f"markupsafe=={version}")
    sdist = next(sdists.glob(f"[mM]arkup[sS]afe-{version}.tar.gz"))
    files = {}
    with tarfile.open(sdist) as tgz:
        for member in tgz.getmembers():
            parts = member.name.split("/")
            if member.isfile() and parts[1:3] == ["src", "markupsafe"] and not parts[-1].endswith(".c"):
                files["markupsafe/" + "/".join(parts[3:])] = tgz.extractfile(member).read()
    write_wheel(wheel, "MarkupSafe", version, files)
    return wheel


def write_wheel(path: Path, dist: str, version: str, files: dict[str, bytes], requires: list[str] = ()) -> None:
    """A minimal valid wheel holding ``files`` (a pure, ``py3-none-any`` one)."""
    info = f"{canon(dist).replace('-', '_')}-{version}.dist-info"
    meta = f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n"
    meta += "".join(f"Requires-Dist: {r}\n" for r in requires)
    files = dict(files)
    files[f"{info}/METADATA"] = meta.encode()
    files[f"{info}/WHEEL"] = b"Wheel-Version: 1.0\nGenerator: rebound-site\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    record = io.StringIO()
    writer = csv.writer(record, lineterminator="\n")
    for name, data in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        writer.writerow([name, f"sha256={digest}", len(data)])
    writer.writerow([f"{info}/RECORD", "", ""])
    files[f"{info}/RECORD"] = record.getvalue().encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)


def trimmed_wheel(source: Path, keep, extra: dict[str, bytes] | None = None) -> Path:
    """``source`` repacked (into the cache's ``built/``) with only the files ``keep(path)`` accepts, for the
    browser: what the site's pages never use is bytes every first visit would download for nothing."""
    folder = CACHE / "built"
    folder.mkdir(parents=True, exist_ok=True)
    dist, version = source.name.split("-")[:2]
    target = folder / f"{dist}-{version}-py3-none-any.whl"
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime and not extra:
        return target
    files, requires = {}, []
    with zipfile.ZipFile(source) as zf:
        for member in zf.namelist():
            if ".dist-info/" in member:
                if member.endswith("METADATA"):
                    requires = [line[len("Requires-Dist: "):] for line in zf.read(member).decode().splitlines()
                                if line.startswith("Requires-Dist: ")]
                continue
            if keep(member):
                files[member] = zf.read(member)
    files.update(extra or {})
    write_wheel(target, dist, version, files, requires)
    return target


def babel_wheel(version: str) -> Path:
    """Babel with the CLDR data of Rebound's languages only (English and Spanish, every region, and the
    root they inherit from): 11 MB of the first visit's download becomes about 2. Any other language is
    refused by Babel as unknown, as for a locale it does not have."""
    languages = {p.name.split("_")[0] for p in (ROOT / "guide/locale").iterdir() if p.is_dir()}

    def keep(name: str) -> bool:
        stem = name.rsplit("/", 1)[-1].removesuffix(".dat")
        return not name.startswith("babel/locale-data/") or stem == "root" or stem.split("_")[0] in languages

    return trimmed_wheel(pypi_wheel("babel", version), keep)


def pyphen_wheel(version: str) -> Path:
    """Pyphen with the hyphenation dictionaries of Rebound's languages only: textstat counts syllables
    with them (the draft check's reading grade). The other 70-odd languages were 2 MB of every visit."""
    languages = {p.name.split("_")[0] for p in (ROOT / "guide/locale").iterdir() if p.is_dir()}

    def keep(name: str) -> bool:
        if not name.startswith("pyphen/dictionaries/"):
            return True
        stem = name.rsplit("/", 1)[-1].removeprefix("README_").removeprefix("hyph_").split(".")[0]
        return stem.split("_")[0].split("-")[0] in languages

    return trimmed_wheel(pypi_wheel("pyphen", version), keep)


def jedi_wheel(version: str) -> Path:
    """jedi (the chapters' tab completion) without its Django stubs, which no Rebound page uses."""
    return trimmed_wheel(pypi_wheel("jedi", version), lambda name: not name.startswith("jedi/third_party/django-stubs/"))


def holidays_wheel(version: str) -> Path:
    """holidays with its holidays' names in Rebound's languages (English, Spanish: the plan names a day
    in the page's language where the calendar has it) and in each calendar's own language, which it loads
    when no language is asked for (and its parent calendar's, which it falls back to). The 100-odd other
    languages' names were a third of a megabyte of every first visit."""
    import holidays

    if holidays.__version__ != version:
        raise SystemExit(f"holidays {holidays.__version__} is installed but the site ships {version}: pip install holidays=={version}")
    languages = {p.name.split("_")[0] for p in (ROOT / "guide/locale").iterdir() if p.is_dir()}
    needed = set()  # (language, calendar code)
    calendars = [holidays.country_holidays(code) for code in holidays.list_supported_countries()]
    calendars += [holidays.financial_holidays(code) for code in holidays.list_supported_financial()]
    for calendar in calendars:
        own = calendar.default_language
        needed.add((own, calendar._entity_code))
        parent = calendar.parent_entity
        if parent is not None:
            needed.add((own, getattr(parent, "country", None) or getattr(parent, "market", None)))

    def keep(name: str) -> bool:
        parts = name.split("/")
        if not name.startswith("holidays/locale/") or len(parts) != 5:
            return True
        language, code = parts[2], parts[4].removesuffix(".mo")
        return language.split("_")[0] in languages or (language, code) in needed

    return trimmed_wheel(pypi_wheel("holidays", version), keep)


# The PDF's fallback fonts (Indic, Southeast Asian, Ethiopic, Cherokee, Chinese/Japanese/Korean): 2.7 MB
# of Rebound's wheel that only a name in one of those scripts needs. The site serves them beside the
# wheels, and the browser reads one the first time a PDF opens it (``browser.lazy_fonts``).
FONTS = "guide/exports/fonts/"
LAZY_FONT = re.compile(r"(NotoSans\w+-Regular|DroidSansFallback)\.ttf")
LAZY_FONTS_LIST = "guide/site/lazy-fonts.txt"


def site_own_wheel(own: Path) -> tuple[Path, dict[str, bytes]]:
    """Rebound's wheel as the browser gets it, and the fonts left out of it (name -> bytes): no
    ``rebound.pot`` (the extraction template, read by no page) and no fallback fonts."""
    fonts = {}
    with zipfile.ZipFile(own) as zf:
        for name in zf.namelist():
            if name.startswith(FONTS) and LAZY_FONT.fullmatch(name[len(FONTS):]):
                fonts[name[len(FONTS):]] = zf.read(name)
    listed = {LAZY_FONTS_LIST: ("\n".join(sorted(fonts)) + "\n").encode()}  # so the browser knows them
    wheel = trimmed_wheel(own, lambda name: not name.endswith(".pot") and name[len(FONTS):] not in fonts, listed)
    return wheel, fonts


def sqlite3_stub() -> Path:
    """The kernel loads ``sqlite3`` at start; Pyodide's is a compiled module not on PyPI. IPython keeps
    its history in memory when ``import sqlite3`` raises ModuleNotFoundError, which this stub does."""
    folder = CACHE / "built"
    folder.mkdir(parents=True, exist_ok=True)
    wheel = folder / "sqlite3-1.0.0-py3-none-any.whl"
    code = b'raise ModuleNotFoundError("sqlite3 is not in the browser build", name="sqlite3")\n'
    write_wheel(wheel, "sqlite3", "1.0.0", {"sqlite3/__init__.py": code})
    return wheel


def own_wheel() -> Path:
    """Rebound's own wheel (with its compiled catalogues), built from this checkout every time."""
    folder = CACHE / "own"
    shutil.rmtree(folder, ignore_errors=True)
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
        "--wheel-dir", str(folder), str(ROOT))
    return next(folder.glob("rebound_guide-*.whl"))


def kernel_wheels() -> dict[str, Path]:
    """The wheels the Pyodide kernel extension ships (its ipykernel stand-in, piplite, the kernel)."""
    import jupyterlite_pyodide_kernel

    prefix = Path(sys.prefix) / "share/jupyter/labextensions/@jupyterlite/pyodide-kernel-extension/static/pypi"
    assert prefix.exists(), f"{prefix} missing: is jupyterlite-pyodide-kernel {jupyterlite_pyodide_kernel.__version__} installed?"
    wheels = {}
    for wheel in sorted(prefix.glob("*.whl")):  # sorted: widgetsnbextension 4.0.999 wins over 3.6.999
        wheels[canon(wheel.name.split("-")[0])] = wheel
    return wheels


# -- the lock ------------------------------------------------------------------------------------------

def wheel_metadata(wheel: Path) -> tuple[str, str, list[str], list[str]]:
    """(name, version, requirements, top-level import names) of a wheel."""
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        info = next(n for n in names if n.endswith(".dist-info/METADATA"))
        meta = Parser().parsestr(zf.read(info).decode())
        top = sorted({
            n.split("/")[0].removesuffix(".py") for n in names
            if "/" in n and not n.split("/")[0].endswith((".dist-info", ".data")) or n.endswith(".py") and "/" not in n
        })
    return meta["Name"], meta["Version"], meta.get_all("Requires-Dist") or [], top


def requirements(reqs: list[str]) -> list[str]:
    from packaging.requirements import Requirement

    needed = []
    for line in reqs:
        req = Requirement(line)
        if req.marker is None or req.marker.evaluate(PYODIDE_ENV):
            needed.append(canon(req.name))
    return needed


def gather(lock: dict) -> tuple[dict[str, dict], list[str], dict[str, bytes]]:
    """Every package the app and kernel need, each with its wheel; what had to be left out; and the
    fonts served apart from Rebound's wheel (``site_own_wheel``)."""
    packages = lock["packages"]
    special = kernel_wheels()
    wanted = [canon(n) for n in KERNEL_PACKAGES + app_packages()]
    entries: dict[str, dict] = {}
    missing: list[str] = []
    own, lazy_fonts = site_own_wheel(own_wheel())
    while wanted:
        name = wanted.pop(0)
        if name in entries or name in missing:
            continue
        if name in LEFT_OUT:
            missing.append(name)
            continue
        base = dict(packages.get(name, {}))
        if name == "rebound-guide":
            wheel = own
        elif name == "pyphen":
            wheel = pyphen_wheel(base.get("version") or metadata.version("pyphen"))
        elif name == "holidays":
            wheel = holidays_wheel(base.get("version") or metadata.version("holidays"))
        elif name == "jedi":
            wheel = jedi_wheel(base["version"])
        elif name == "sqlite3":
            wheel = sqlite3_stub()
        elif name == "babel":
            wheel = babel_wheel(metadata.version("babel"))
        elif name == "markupsafe":
            wheel = markupsafe_wheel(base["version"])
        elif name in special:
            wheel = special[name]
        elif base:
            wheel = pypi_wheel(name, base["version"])
        else:
            try:
                wheel = pypi_wheel(name, metadata.version(name))
            except metadata.PackageNotFoundError:
                wheel = None
        if wheel is None:
            missing.append(name)
            continue
        dist, version, reqs, top = wheel_metadata(wheel)
        if base and name != "sqlite3":
            depends = base["depends"]
        else:
            depends = requirements(reqs)
        entries[name] = {
            "name": dist,
            "version": version,
            "file_name": wheel.name,
            "install_dir": "site",
            "sha256": hashlib.sha256(wheel.read_bytes()).hexdigest(),
            "package_type": "package",
            "imports": base.get("imports") or top,
            "depends": depends,
            "unvendored_tests": False,
            "_path": str(wheel),
        }
        wanted.extend(canon(d) for d in depends)
    for entry in entries.values():  # a dependency left out is dropped from the lock's graph too
        entry["depends"] = [d for d in entry["depends"] if canon(d) in entries]
    return entries, missing, lazy_fonts


# -- the site ------------------------------------------------------------------------------------------

def site_notebook(source: Path, target: Path) -> None:
    """A notebook as the site serves it: no saved outputs (their widgets have no kernel behind them until
    the reader runs the cells) and the browser kernel's name, so JupyterLite opens it without asking."""
    nb = json.loads(source.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
        cell.get("metadata", {}).pop("execution", None)
    nb["metadata"]["kernelspec"] = {"name": "python", "display_name": "Python (Pyodide)", "language": "python"}
    nb["metadata"].pop("widgets", None)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def contents() -> Path:
    folder = CACHE / "contents"
    shutil.rmtree(folder, ignore_errors=True)
    for source in sorted(NOTEBOOKS.glob("*.ipynb")) + sorted((NOTEBOOKS / "es").glob("*.ipynb")):
        if source.name == "rebound.ipynb":
            continue  # the app page is the front page (index.html), not a notebook to edit
        site_notebook(source, folder / source.relative_to(NOTEBOOKS))
    return folder


def chapters() -> dict[str, list[str]]:
    """Each language's chapters, as paths inside the site's contents."""
    return {
        "en": sorted(p.name for p in NOTEBOOKS.glob("0*.ipynb")),
        "es": sorted(f"es/{p.name}" for p in (NOTEBOOKS / "es").glob("0*.ipynb")),
    }


def app_cells(notebook: str = "rebound.ipynb") -> list[str]:
    """A page notebook's code cells (the app's, the facilitator's), run one by one in the REPL as Voila
    runs the notebook."""
    nb = json.loads((NOTEBOOKS / notebook).read_text(encoding="utf-8"))
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]


def lite_config(packages: list[str]) -> dict:
    return {
        "jupyter-lite-schema-version": 0,
        "jupyter-config-data": {
            "appName": "Rebound",
            # The Voila preview is a JupyterLab extension for a server; in the browser it has none.
            "disabledExtensions": ["@voila-dashboards/jupyterlab-preview"],
            "litePluginSettings": {
                "@jupyterlite/pyodide-kernel-extension:kernel": {
                    "pyodideUrl": f"./{PYODIDE_DIR}/pyodide.js",
                    "disablePyPIFallback": True,
                    "loadPyodideOptions": {"packages": packages},
                }
            },
        },
    }


def build(out: Path = OUT) -> None:
    package = pyodide_package()
    lock = json.loads((package / "pyodide-lock.json").read_text())
    entries, missing, lazy_fonts = gather(lock)
    print("Left out (no browser wheel, or not used in the browser):", ", ".join(missing) or "nothing")

    lite = CACHE / "lite"
    shutil.rmtree(lite, ignore_errors=True)
    lite.mkdir(parents=True)
    names = [canon(n) for n in KERNEL_PACKAGES + app_packages() if canon(n) in entries]
    # The kernel compares these names with its own list ("pyodide_kernel"), so they are written its way.
    listed = [n for n in KERNEL_PACKAGES + app_packages() if canon(n) in names]
    (lite / "jupyter-lite.json").write_text(json.dumps(lite_config(listed), indent=2))
    # Without this, a rebuild trusts a stale task database and can write the CDN's pyodideUrl back.
    (lite / ".jupyterlite.doit.db").unlink(missing_ok=True)
    shutil.rmtree(out, ignore_errors=True)
    run(str(Path(sys.executable).with_name("jupyter")), "lite", "build", "--lite-dir", str(lite),
        "--contents", str(contents()), "--output-dir", str(out), "--no-sourcemaps", "--no-unused-shared-packages",
        "--apps", "lab", "--apps", "notebooks", "--apps", "repl", "--apps", "tree",
        cwd=lite)

    pyodide = out / PYODIDE_DIR
    pyodide.mkdir(parents=True, exist_ok=True)
    for name in ("pyodide.js", "pyodide.mjs", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip", "package.json"):
        shutil.copy2(package / name, pyodide / name)
    trimmed = {"info": lock["info"], "packages": {}}
    for name, entry in sorted(entries.items()):
        shutil.copy2(entry.pop("_path"), pyodide / entry["file_name"])
        trimmed["packages"][name] = entry
    (pyodide / "pyodide-lock.json").write_text(json.dumps(trimmed, indent=1))
    (pyodide / "fonts").mkdir()
    for name, data in lazy_fonts.items():
        (pyodide / "fonts" / name).write_bytes(data)

    from guide.site import cache, pages

    pages.write(out, app_cells(), chapters(), app_cells("facilitator.ipynb"))
    check_offline(out)
    cache.write(out)  # last: it compresses and fingerprints every file written before it
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    print(f"Built {out} ({size / 1e6:.1f} MB). Serve it with: python -m http.server -d {out.name}")


def check_offline(out: Path) -> None:
    """Fail the build if the site's configuration still points a runtime at a CDN."""
    for config in out.rglob("jupyter-lite.json"):
        text = config.read_text()
        for host in ("cdn.jsdelivr.net", "unpkg.com", "pypi.org"):
            if host in text:
                raise SystemExit(f"{config} refers to {host}: the site would not work offline")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    build(parser.parse_args().out)


if __name__ == "__main__":
    main()
