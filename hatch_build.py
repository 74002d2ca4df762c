"""Build hook: compile the gettext catalogues (``guide/locale/*/LC_MESSAGES/rebound.po``) to ``.mo``.

Translations are compiled at build time, as gettext intends: the wheel carries the ``.mo`` files, and an
editable install (``make``) writes them beside the ``.po`` files, where ``guide.i18n`` reads them.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def compile_catalogue(po: Path) -> bytes:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as fh:
        catalog = read_po(fh)
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


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
