"""The command registry: name -> handler, so another package adds a command with one line.

    register("subscribe", subscribe, N_("Follow a team or competition"), N_("TEAM|COMPETITION"))

A handler is ``async def handler(request: Request) -> Reply``. Modules named in
COMMAND_MODULES register their commands when imported; a module that does not
exist (yet) is skipped, so optional packages plug in without touching the core.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.commands.request import Request
    from bot.seam import Reply

Handler = Callable[["Request"], Awaitable["Reply"]]

COMMAND_MODULES = (
    "bot.commands.tie",
    "bot.commands.results",
    "bot.commands.team",
    "bot.commands.settings",
    "bot.schedule.commands",
)


@dataclass(frozen=True)
class CommandSpec:
    """`summary` and `usage` are msgids; /help and the adapters' menus translate them."""

    name: str
    handler: Handler
    summary: str
    usage: str = ""
    order: int = 100


REGISTRY: dict[str, CommandSpec] = {}
log = logging.getLogger(__name__)


def register(
    name: str, handler: Handler, summary: str, usage: str = "", order: int = 100
) -> CommandSpec:
    spec = CommandSpec(name.lower(), handler, summary, usage, order)
    REGISTRY[spec.name] = spec
    return spec


def load_commands() -> dict[str, CommandSpec]:
    """Import every command module that exists and return the registry in menu order."""
    for module in COMMAND_MODULES:
        try:
            importlib.import_module(module)
        except Exception:
            _plugin_failed(module)
    return dict(sorted(REGISTRY.items(), key=lambda item: (item[1].order, item[0])))


def _plugin_failed(module: str) -> None:
    """The built-in commands must import; a broken add-on is logged and left out."""
    if module.startswith("bot.commands."):
        raise
    log.exception("command module %s failed to import; its commands are unavailable", module)
