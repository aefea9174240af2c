"""Real gettext catalogs: every message has German, every used message is in a catalog."""

from __future__ import annotations

import os
import shutil
from datetime import date

from bot.i18n import GettextTranslator, load_translations
from bot.i18n.catalogs import LOCALES_DIR
from bot.i18n.check import catalog_messages, missing_from_catalogs, untranslated, used_messages


def test_every_catalog_message_has_a_german_translation():
    assert catalog_messages("de"), "no German catalog found"
    assert untranslated("de") == {}


def test_every_message_used_in_code_is_in_a_catalog():
    assert len(used_messages()) > 50
    assert missing_from_catalogs("de") == {}
    assert missing_from_catalogs("en") == {}


def test_the_check_notices_an_untranslated_message(tmp_path):
    root = tmp_path / "locales"
    target = root / "de" / "LC_MESSAGES"
    target.mkdir(parents=True)
    (target / "core.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
        'msgid "First leg"\nmsgstr "Hinspiel"\n\nmsgid "Second leg"\nmsgstr ""\n',
        encoding="utf-8",
    )
    found = catalog_messages("de", root)
    assert found == {"First leg": ("core", True), "Second leg": ("core", False)}


def test_fresh_clone_compiles_mo_files(tmp_path):
    root = tmp_path / "locales"
    shutil.copytree(LOCALES_DIR, root, ignore=shutil.ignore_patterns("*.mo"))
    mo = root / "de" / "LC_MESSAGES" / "core.mo"
    assert not mo.exists()
    translations = load_translations("de", root)
    assert translations.gettext("First leg") == "Hinspiel"
    assert mo.exists()
    po = mo.with_suffix(".po")
    os.utime(po, (mo.stat().st_mtime + 10, mo.stat().st_mtime + 10))
    text = po.read_text(encoding="utf-8")
    text = text.replace(
        'msgid "First leg"\nmsgstr "Hinspiel"', 'msgid "First leg"\nmsgstr "Erstes Spiel"'
    )
    po.write_text(text, encoding="utf-8")
    os.utime(po, (mo.stat().st_mtime + 10, mo.stat().st_mtime + 10))
    assert load_translations("de", root).gettext("First leg") == "Erstes Spiel"


def test_domains_are_merged_into_one_translator(tmp_path):
    root = tmp_path / "locales"
    for domain, msgid, msgstr in (("core", "First leg", "Hinspiel"), ("telegram", "Hi", "Hallo")):
        target = root / "de" / "LC_MESSAGES"
        target.mkdir(parents=True, exist_ok=True)
        (target / f"{domain}.po").write_text(
            f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
            f'msgid "{msgid}"\nmsgstr "{msgstr}"\n',
            encoding="utf-8",
        )
    merged = load_translations("de", root)
    assert merged.gettext("First leg") == "Hinspiel"
    assert merged.gettext("Hi") == "Hallo"
    assert merged.gettext("Unknown") == "Unknown"


def test_football_formatting_in_german():
    de = GettextTranslator("de")
    assert de.date("2025-04-09") == "9. April 2025"
    assert de.date(date(2025, 4, 9)) == "9. April 2025"
    assert de.date("2024-04") == "April 2024"
    assert de.score(3, 1) == "3:1"
    assert de.minute(77) == "77."
    assert de.minute(90, 6) == "90.+6"
    assert de.number(100000) == "100.000"
    assert de.join(["a", "b", "c"]) == "a, b und c"
    assert (
        de.ngettext("%(n)s match stored", "%(n)s matches stored", 2) == "%(n)s Spiele gespeichert"
    )


def test_football_formatting_in_english():
    en = GettextTranslator("en")
    assert en.date("2025-04-09") == "9 April 2025"
    assert en.date("2024-04") == "April 2024"
    assert en.date("2025-13-40") == "2025-13-40"
    assert en.score(3, 1) == "3–1"
    assert en.minute(9) == "9'"
    assert en.minute(90, 6) == "90+6'"
    assert en.minute(None) == ""
    assert en.number(100000) == "100,000"
    assert en.join(["a", "b"], style="or") == "a or b"
    assert en.gettext("First leg") == "First leg"


def test_unknown_language_falls_back_to_english():
    assert GettextTranslator("fr").lang == "en"
