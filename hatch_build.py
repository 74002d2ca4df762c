"""Build hook: compile the gettext catalogues (``guide/locale/*/LC_MESSAGES/rebound.po``) to ``.mo``.

Translations are compiled at build time, as gettext intends: the wheel carries the ``.mo`` files, and an
editable install (``make``) writes them beside the ``.po`` files, where ``guide.i18n`` reads them.
"""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def compile_catalogue(po: Path) -> bytes:
    """The run-time compiler itself (``guide.i18n.compiled``), so build and run time cannot differ.
    ``guide/i18n.py`` needs only the standard library and Babel, and is loaded on its own: the build
    environment does not have the rest of the package's dependencies."""
    spec = importlib.util.spec_from_file_location("rebound_i18n", Path(__file__).parent / "guide" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.compiled(po)


class CatalogueBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        root = Path(self.root)
        catalogues = sorted((root / "guide" / "locale").glob("*/LC_MESSAGES/rebound.po"))
        if version == "editable":
            for po in catalogues:
                po.with_suffix(".mo").write_bytes(compile_catalogue(po))
            return
        out = Path(tempfile.mkdtemp(prefix="rebound-mo-"))
        for po in catalogues:
            relative = po.relative_to(root).with_suffix(".mo")
            target = out / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(compile_catalogue(po))
            build_data["force_include"][str(target)] = str(relative)
