"""The Translator seam: messages, plurals and football formatting for one language.

Commands, the scheduler and the adapters all ask a Translator, so a reply's
words, dates, numbers, scores and minutes follow one language's conventions
(`3–1`, `9 April 2025`, `90+6'` in English; `3:1`, `9. April 2025`, `90.+6` in German).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from typing import Protocol

from babel.dates import format_date, format_skeleton
from babel.lists import format_list
from babel.numbers import format_decimal
from babel.support import NullTranslations

from bot.i18n.catalogs import load_translations

LANGUAGES = ("en", "de")
BABEL_LOCALES = {"en": "en_GB", "de": "de_DE"}


def N_(message: str) -> str:
    """Marks a message for extraction where it is translated later (registry summaries)."""
    return message


class Translator(Protocol):
    lang: str

    def _(self, message: str) -> str: ...

    def gettext(self, message: str) -> str: ...

    def ngettext(self, singular: str, plural: str, n: int) -> str: ...

    def date(self, value: str | date | None) -> str: ...

    def number(self, value: float) -> str: ...

    def join(self, items: Iterable[str], style: str = "standard") -> str: ...

    def score(self, home: int, away: int) -> str: ...

    def minute(self, minute: int | None, added: int | None = None) -> str: ...


class GettextTranslator:
    """The real Translator: gettext catalogs of every domain, Babel for formatting."""

    def __init__(self, lang: str, translations: NullTranslations | None = None) -> None:
        self.lang = lang if lang in LANGUAGES else "en"
        self.locale = BABEL_LOCALES[self.lang]
        self.translations = translations or load_translations(self.lang)

    def _(self, message: str) -> str:
        return self.translations.gettext(message)

    def gettext(self, message: str) -> str:
        return self.translations.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.translations.ngettext(singular, plural, n)

    def date(self, value: str | date | None) -> str:
        """A full date (`9. April 2025`), a month (`April 2024`) or a year, as precise as known."""
        if value is None:
            return ""
        if isinstance(value, date):
            return format_date(value, "long", locale=self.locale)
        parts = value.split("-")
        try:
            numbers = [int(part) for part in parts]
            if len(numbers) == 3:
                return format_date(date(*numbers), "long", locale=self.locale)
            if len(numbers) == 2:
                return format_skeleton("yMMMM", date(numbers[0], numbers[1], 1), locale=self.locale)
        except ValueError:
            return value
        return value

    def number(self, value: float) -> str:
        return format_decimal(value, locale=self.locale)

    def join(self, items: Iterable[str], style: str = "standard") -> str:
        items = list(items)
        return format_list(items, style=style, locale=self.locale) if items else ""

    def score(self, home: int, away: int) -> str:
        return f"{home}:{away}" if self.lang == "de" else f"{home}\u2013{away}"

    def minute(self, minute: int | None, added: int | None = None) -> str:
        if minute is None:
            return ""
        if self.lang == "de":
            return f"{minute}.+{added}" if added else f"{minute}."
        return f"{minute}+{added}'" if added else f"{minute}'"


@lru_cache(maxsize=8)
def translator(lang: str) -> GettextTranslator:
    """The shared Translator for a language (catalogs are read once per process)."""
    return GettextTranslator(lang)
