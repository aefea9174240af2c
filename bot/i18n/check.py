"""Finds messages the code uses that no catalog holds, and catalog entries without German.

The tests run these so that a message can never reach a German chat untranslated.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po

from bot.i18n.catalogs import DOMAINS, LOCALES_DIR, po_path

PROJECT = LOCALES_DIR.parent
CODE_DIRS = ("bot", "adapters")
KEYWORDS = {**DEFAULT_KEYWORDS, "N_": None}


def used_messages(dirs: Iterable[str] = CODE_DIRS, root: Path = PROJECT) -> dict[str, str]:
    """msgid -> where it is used, for every gettext call in the code."""
    found: dict[str, str] = {}
    for name in dirs:
        directory = root / name
        if not directory.is_dir():
            continue
        for filename, lineno, message, _comments, _context in extract_from_dir(
            str(directory), method_map=[("**.py", "python")], keywords=KEYWORDS
        ):
            msgid = message[0] if isinstance(message, tuple) else message
            if msgid:
                found.setdefault(msgid, f"{name}/{filename}:{lineno}")
    return found


def catalog_messages(lang: str, root: Path = LOCALES_DIR) -> dict[str, tuple[str, bool]]:
    """msgid -> (domain, translated) over every domain's catalog of one language."""
    out: dict[str, tuple[str, bool]] = {}
    for domain in DOMAINS:
        path = po_path(lang, domain, root)
        if not path.exists():
            continue
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=lang, domain=domain)
        for message in catalog:
            if not message.id:
                continue
            msgid = message.id[0] if isinstance(message.id, tuple) else message.id
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            translated = all(strings) and not message.fuzzy
            out[msgid] = (domain, bool(translated) or out.get(msgid, ("", False))[1])
    return out


def missing_from_catalogs(lang: str = "de") -> dict[str, str]:
    known = catalog_messages(lang)
    return {msgid: where for msgid, where in used_messages().items() if msgid not in known}


def untranslated(lang: str = "de") -> dict[str, str]:
    return {msgid: domain for msgid, (domain, ok) in catalog_messages(lang).items() if not ok}
