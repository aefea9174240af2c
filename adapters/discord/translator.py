"""German command descriptions and option names for Discord, from the same gettext catalogs.

discord.py asks an `app_commands.Translator` for every locale when it syncs the
command tree; we answer for the German locale only and leave the rest on the
English defaults, so Discord shows German names to German clients.
"""

from __future__ import annotations

from discord import Locale
from discord.app_commands import TranslationContextTypes, Translator, locale_str

from adapters.discord.texts import language_of, translate


class CatalogTranslator(Translator):
    async def translate(
        self, string: locale_str, locale: Locale, context: TranslationContextTypes
    ) -> str | None:
        lang = language_of(locale)
        if lang is None or lang == "en":
            return None
        translated = translate(string, lang)
        return translated if translated != string.message else None
