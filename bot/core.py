"""The platform-neutral bot: command text and a chat in, a localized Reply out.

Adapters call `handle_text` (or `handle`) and render the Reply; they never see
an exception from here. Everything football-specific lives behind this class.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from rapidfuzz import fuzz, process

from bot.clock import Clock, SystemClock
from bot.commands import CommandSpec, load_commands
from bot.commands.asking import clip
from bot.commands.request import Request
from bot.commands.teamargs import TeamArgs, learned_names
from bot.config import Config
from bot.i18n import LANGUAGES, Translator, translator
from bot.seam import ChatContext, Command, Reply, Section
from bot.teams.names import normalize
from bot.teams.resolver import TeamResolver
from storage.protocol import Store

log = logging.getLogger(__name__)

REFRESH_SECONDS = 60.0
MAX_TEXT = 4096
MAX_CACHED_CHATS = 10_000


class Core:
    def __init__(
        self,
        store: Store,
        resolver: TeamResolver | None = None,
        config: Config | None = None,
        clock: Clock | None = None,
        translate: Callable[[str], Translator] = translator,
        commands: dict[str, CommandSpec] | None = None,
    ) -> None:
        self.store = store
        self.resolver = resolver or TeamResolver.default()
        self.config = config or Config()
        self.clock = clock or SystemClock()
        self._translate = translate
        self.commands = commands if commands is not None else load_commands()
        self._teams: TeamArgs | None = None
        self._refreshed: datetime | None = None
        self._chat_langs: dict[tuple[str, str], tuple[str | None, datetime]] = {}

    def translator(self, lang: str) -> Translator:
        return self._translate(lang if lang in LANGUAGES else self.config.lang)

    def invalidate(self) -> None:
        """Call after an ingest: the next query re-reads known teams and learned aliases."""
        self._refreshed = None

    def forget_chat(self, platform: str, chat_id: str) -> None:
        """Call after changing a chat's settings outside a command, so the next reply sees it."""
        self._chat_langs.pop((platform, chat_id), None)

    async def teams(self) -> TeamArgs:
        now = self.clock.now()
        stale = self._refreshed is None or (now - self._refreshed).total_seconds() > REFRESH_SECONDS
        if self._teams is None or stale:
            aliases = await self.store.learned_aliases()
            for alias in aliases:
                self.resolver.add_alias(alias)
            known = await self.store.known_teams()
            self._teams = TeamArgs(self.resolver, known, learned_names(aliases))
            self._refreshed = now
        return self._teams

    async def language_for(self, chat: ChatContext) -> str:
        """The chat's /lang setting, else the user's platform language, else the default."""
        key = (chat.platform, chat.chat_id)
        now = self.clock.now()
        cached = self._chat_langs.get(key)
        if cached is None or (now - cached[1]).total_seconds() > REFRESH_SECONDS:
            settings = await self.store.chat_settings(chat.platform, chat.chat_id)
            if len(self._chat_langs) > MAX_CACHED_CHATS:
                self._chat_langs.clear()
            cached = self._chat_langs[key] = (settings.lang, now)
        if cached[0] in LANGUAGES:
            return cached[0]
        user = (chat.user_lang or "").replace("_", "-").split("-")[0].lower()
        return user if user in LANGUAGES else self.config.lang

    def parse(self, text: str, chat: ChatContext) -> Command | None:
        """`/tie@sportsbot Miami LAFC` -> Command("tie", ("Miami", "LAFC")); None for empty text."""
        cleaned = "".join(ch if ch.isprintable() else " " for ch in text[:MAX_TEXT])
        words = cleaned.split()
        if not words:
            return None
        head = words[0].lstrip("/").split("@", 1)[0].casefold()
        return Command(name=head, args=tuple(words[1:]), chat=chat, text=text)

    async def handle_text(self, text: str, chat: ChatContext, lang: str | None = None) -> Reply:
        """`lang` forces a language for this one answer (the console's --lang)."""
        try:
            command = self.parse(text, chat)
        except Exception:
            log.exception("could not parse a command")
            command = None
        if command is None:
            lang = lang if lang in LANGUAGES else await self._safe_language(chat)
            tr = self.translator(lang)
            return _error(lang, tr._("Send a command, for example /tie miami lafc, or /help."))
        return await self.handle(command, lang)

    async def handle(self, command: Command, lang: str | None = None) -> Reply:
        lang = lang if lang in LANGUAGES else await self._safe_language(command.chat)
        tr = self.translator(lang)
        spec = self.commands.get(command.name.casefold().lstrip("/"))
        if spec is None:
            text = tr._("I don't know the command “%(name)s”. /help lists what I can do.")
            return _error(lang, text % {"name": "/" + clip(command.name, 30)})
        try:
            request = Request(
                command=command,
                lang=lang,
                tr=tr,
                store=self.store,
                teams=await self.teams(),
                clock=self.clock,
                config=self.config,
                commands=self.commands,
            )
            reply = await spec.handler(request)
            if reply.language_changed:
                self.forget_chat(command.chat.platform, command.chat.chat_id)
            return reply
        except Exception:
            log.exception("command /%s failed", spec.name)
            return _error(lang, tr._("Sorry, something went wrong on my side; it has been logged."))

    async def complete_teams(
        self, partial: str, lang: str, limit: int = 25
    ) -> list[tuple[str, str]]:
        """(label, value) pairs for autocomplete; the value is a team id every command accepts."""
        try:
            teams = await self.teams()
            return _complete(teams, partial[:100], lang, limit)
        except Exception:
            log.exception("team completion failed")
            return []

    async def _safe_language(self, chat: ChatContext) -> str:
        try:
            return await self.language_for(chat)
        except Exception:
            log.exception("could not read the chat's language")
            return self.config.lang


def _error(lang: str, text: str) -> Reply:
    return Reply(lang=lang, sections=(Section(None, (text,)),), kind="error")


def _complete(teams: TeamArgs, partial: str, lang: str, limit: int) -> list[tuple[str, str]]:
    key = normalize(partial)
    pool = teams.known or frozenset(teams.resolver.teams)
    scores: dict[str, float] = {}
    if key:
        index = teams.resolver.keys()
        for alias, owners in index.items():
            if alias.startswith(key):
                score = 200.0 - len(alias) / 100
            elif any(word.startswith(key) for word in alias.split()):
                score = 150.0 - len(alias) / 100
            else:
                continue
            for team_id in owners:
                scores[team_id] = max(scores.get(team_id, 0.0), score)
        for alias, score, _ in process.extract(
            key, list(index), scorer=fuzz.WRatio, limit=50, score_cutoff=70
        ):
            for team_id in index[alias]:
                scores[team_id] = max(scores.get(team_id, 0.0), score)
    else:
        scores = {team_id: 0.0 for team_id in pool}
    ranked = sorted(
        (t for t in scores if t in pool),
        key=lambda t: (-scores[t], teams.name(t, lang).casefold()),
    )
    return [(teams.name(t, lang), t) for t in ranked[:limit]]
