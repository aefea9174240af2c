"""/lang and /help: the chat's language, and what the bot can do."""

from __future__ import annotations

from bot.commands import register
from bot.commands.request import Request
from bot.i18n import LANGUAGES, N_, translator
from bot.seam import Reply, Section

LANGUAGE_NAMES = {"en": "English", "de": "Deutsch"}


async def lang(req: Request) -> Reply:
    wanted = req.args[0].lower().split("-")[0] if req.args else ""
    if wanted not in LANGUAGES:
        current = LANGUAGE_NAMES[req.lang]
        return req.error(
            req.tr._("I speak English (en) and German (de); this chat uses %(lang)s.")
            % {"lang": current},
            req.tr._("Change it with: %(example)s")
            % {"example": "/lang " + ("en" if req.lang == "de" else "de")},
        )
    if not await req.chat.is_admin():
        return req.error(req.tr._("Only the group's admins can change its language."))
    await req.store.set_chat_language(req.chat.platform, req.chat.chat_id, wanted)
    new = translator(wanted)
    text = new._("From now on I answer in English here.")
    return Reply(
        lang=wanted,
        sections=(Section(None, (text,)),),
        kind="notice",
        language_changed=wanted,
    )


async def help_(req: Request) -> Reply:
    tr = req.tr
    lines = []
    for spec in req.commands.values():
        usage = f" {tr._(spec.usage)}" if spec.usage else ""
        lines.append(f"/{spec.name}{usage}: {tr._(spec.summary)}")
    examples = (
        "/tie miami lafc",
        "/tie monterrey inter miami 2024",
        "/result bayern",
        "/results bvb 3",
    )
    return Reply(
        lang=req.lang,
        kind="notice",
        title=tr._("What I can answer"),
        sections=(
            Section(None, tuple(lines)),
            Section(tr._("Examples"), examples),
            Section(
                None,
                (tr._("I answer only from the reports I have read; if I don't know, I say so."),),
            ),
        ),
    )


register("lang", lang, N_("Set the chat's language"), N_("de|en"), order=80)
register("help", help_, N_("This list"), order=90)
