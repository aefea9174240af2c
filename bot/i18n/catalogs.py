"""Loads every domain's gettext catalog of a language, compiling .po to .mo on the way.

The .mo files are build products and not kept in git, so a fresh clone compiles
them here the first time a language is used (and again whenever a .po is newer).
Where the locales directory is read-only, the catalog is compiled in memory.
"""

from __future__ import annotations

import io
import logging
import os
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from bot.datadirs import data_dir

LOCALES_DIR = data_dir("locales")
DOMAINS = ("core", "telegram", "discord", "schedule")

log = logging.getLogger(__name__)


def po_path(lang: str, domain: str, root: Path = LOCALES_DIR) -> Path:
    return root / lang / "LC_MESSAGES" / f"{domain}.po"


def load_translations(lang: str, root: Path = LOCALES_DIR) -> NullTranslations:
    """All domains of one language merged into one Translations; missing domains are skipped."""
    merged: Translations | None = None
    for domain in DOMAINS:
        po = po_path(lang, domain, root)
        if not po.exists():
            continue
        loaded = Translations(fp=io.BytesIO(compiled(po)), domain=domain)
        if merged is None:
            merged = loaded
        else:
            merged.merge(loaded)
    if merged is None:
        if lang != "en":
            log.warning("no %s catalogs under %s; answers stay in English", lang, root)
        return NullTranslations()
    return merged


def compiled(po: Path) -> bytes:
    """The .mo bytes for this .po, from the .mo beside it when that is up to date."""
    mo = po.with_suffix(".mo")
    if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
        return mo.read_bytes()
    data = compile_po(po)
    temporary = mo.with_name(f"{mo.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, mo)
    except OSError as error:
        log.info("could not write %s (%s); using the catalog compiled in memory", mo, error)
    return data


def compile_po(po: Path) -> bytes:
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=po.parent.parent.name, domain=po.stem)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()
