"""Where the package's data files are, in a checkout and in an installed wheel.

``templates/`` stays at the top of the repository, where people editing the wording expect it; the
wheel maps it into the package as ``guide/templates`` (hatch ``force-include`` in pyproject.toml),
because an installed package has no repository around it.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The directory ``name``: inside the package when installed from a wheel, else beside it."""
    installed = PACKAGE_DIR / name
    return installed if installed.is_dir() else PACKAGE_DIR.parent / name
