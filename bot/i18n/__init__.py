"""Localization: one Translator per language over all gettext domains, plus Babel formatting."""

from bot.i18n.catalogs import DOMAINS, LOCALES_DIR, load_translations
from bot.i18n.translator import LANGUAGES, N_, GettextTranslator, Translator, translator

__all__ = [
    "DOMAINS",
    "LANGUAGES",
    "LOCALES_DIR",
    "N_",
    "GettextTranslator",
    "Translator",
    "load_translations",
    "translator",
]
