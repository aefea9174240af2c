"""The adapter's own words, marked for pybabel and looked up in the shared gettext catalogs.

Every message carries a gettext context (`msgctxt`: "discord" for sentences,
"discord option" for option names) so that a short msgid such as `team` never
collides with a core message once all domains are merged into one catalog.
pybabel needs both arguments as literals: `loc("discord", "...")`, extracted
with `-k loc:1c,2` (scripts/i18n.sh discord).
"""

from __future__ import annotations

from discord import Locale
from discord.app_commands import locale_str

from bot.i18n import load_translations


def loc(context: str, message: str) -> locale_str:
    """A message for Discord to localize (names, descriptions) or for us to translate later."""
    return locale_str(message, context=context)


_catalogs: dict[str, object] = {}


def translate(text: locale_str | str, lang: str) -> str:
    """The translation of `text` in `lang`; the message itself where there is none."""
    message = text.message if isinstance(text, locale_str) else text
    if lang == "en":
        return message
    catalog = _catalogs.get(lang)
    if catalog is None:
        catalog = _catalogs[lang] = load_translations(lang)
    context = text.extras.get("context") if isinstance(text, locale_str) else None
    if context:
        return catalog.pgettext(context, message)
    return catalog.gettext(message)


def language_of(locale: Locale | str | None) -> str | None:
    """Our language for a Discord locale (`de` for German, `en` for the English ones)."""
    value = locale.value if isinstance(locale, Locale) else locale
    if not value:
        return None
    if value.startswith("de"):
        return "de"
    if value.startswith("en"):
        return "en"
    return None


def reset() -> None:
    """Forget loaded catalogs (tests that rewrite a .po call this)."""
    _catalogs.clear()
