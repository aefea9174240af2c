"""The discord domain's catalogs: every message has German, and Discord accepts the German names."""

from __future__ import annotations

import re

from babel.messages.pofile import read_po

from adapters.discord import slash
from adapters.discord.texts import translate
from bot.i18n import LOCALES_DIR

NAME = re.compile(r"^[-_\w]{1,32}$")


def catalog(lang: str):
    with (LOCALES_DIR / lang / "LC_MESSAGES" / "discord.po").open("rb") as handle:
        return read_po(handle, locale=lang, domain="discord")


def test_every_message_has_a_german_translation():
    messages = [m for m in catalog("de") if m.id]
    assert messages
    assert [m.id for m in messages if not m.string] == []
    assert {m.id for m in catalog("en") if m.id} == {m.id for m in messages}


def test_german_option_names_and_descriptions_fit_discords_rules():
    for text in slash.OPTION_NAMES.values():
        german = translate(text, "de")
        assert NAME.match(german) and german == german.lower(), german
    for spec in slash.SLASHES.values():
        assert len(translate(spec.description, "de")) <= 100
        for option in spec.options:
            assert len(translate(option.description, "de")) <= 100


def test_the_merged_catalog_keeps_contexts_apart():
    assert translate(slash.OPTION_NAMES["team"], "de") == "mannschaft"
    assert translate(slash.OPTION_NAMES["team"], "en") == "team"
