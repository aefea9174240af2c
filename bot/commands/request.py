"""What a command handler gets: the command, the chat's language and the services it may use."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.clock import Clock
from bot.config import Config
from bot.i18n import Translator
from bot.seam import ChatContext, Choice, Command, Reply, Section
from storage.protocol import Store

if TYPE_CHECKING:
    from bot.commands import CommandSpec
    from bot.commands.teamargs import TeamArgs


@dataclass
class Request:
    command: Command
    lang: str
    tr: Translator
    store: Store
    teams: TeamArgs
    clock: Clock
    config: Config
    commands: dict[str, CommandSpec]

    @property
    def args(self) -> tuple[str, ...]:
        return self.command.args

    @property
    def chat(self) -> ChatContext:
        return self.command.chat

    def answer(
        self, title: str | None, sections: list[Section], footer: str | None = None
    ) -> Reply:
        return Reply(lang=self.lang, title=title, sections=tuple(sections), footer=footer)

    def error(self, *lines: str, choices: tuple[Choice, ...] = ()) -> Reply:
        return Reply(
            lang=self.lang, sections=(Section(None, tuple(lines)),), kind="error", choices=choices
        )

    def notice(self, *lines: str, title: str | None = None, **extra: object) -> Reply:
        return Reply(
            lang=self.lang,
            title=title,
            sections=(Section(None, tuple(lines)),),
            kind="notice",
            **extra,
        )

    def question(self, text: str, choices: tuple[Choice, ...]) -> Reply:
        return Reply(
            lang=self.lang, sections=(Section(None, (text,)),), kind="question", choices=choices
        )
