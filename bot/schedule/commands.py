"""/subscribe, /unsubscribe, /subscriptions, /timezone, /delivery and /quiet.

Settings change only on an admin's word in groups; anyone may look. Each
reply is in the chat's language and says what is now in force.
"""

from __future__ import annotations

from zoneinfo import available_timezones

from bot.commands import register
from bot.commands.asking import clip
from bot.commands.request import Request
from bot.i18n import N_
from bot.schedule.subscriptions import Subscription, Subscriptions
from bot.schedule.targets import find_competition, render_target
from bot.schedule.timing import is_timezone, parse_hhmm
from bot.seam import Choice, Reply


def _subs(req: Request) -> Subscriptions:
    return Subscriptions(req.store, req.config.timezone)  # type: ignore[arg-type]


async def _refuse(req: Request) -> Reply | None:
    if await req.chat.is_admin():
        return None
    return req.error(req.tr._("Only the group's admins can change what this chat follows."))


async def _target(req: Request, text: str, command: str) -> Subscription | Reply:
    """A team or competition for these words, or the reply that asks or explains.

    Unlike the fact commands, teams the store does not know yet are not ranked
    lower: a chat may follow a team before its first result arrives, so
    `inter` asks whether Inter Miami or Inter Milan is meant.
    """
    competition = await find_competition(req.store, text, exact_only=True)
    if competition:
        return Subscription("competition", competition)
    resolver = req.teams.resolver
    if text in resolver.teams:
        return Subscription("team", text)
    lookup = resolver.lookup(text, partial=True)
    if lookup.status == "found" and lookup.team:
        return Subscription("team", lookup.team.id)
    if lookup.status == "ambiguous":
        choices = tuple(
            Choice(team.display(req.lang), f"/{command} {team.id}") for team in lookup.candidates
        )
        question = req.tr._("Which team do you mean by “%(name)s”?") % {"name": clip(text)}
        return req.question(question, choices)
    competition = await find_competition(req.store, text)
    if competition:
        return Subscription("competition", competition)
    lines = [req.tr._("No team or competition called “%(name)s”.") % {"name": clip(text)}]
    names = [t.display(req.lang) for t in lookup.suggestions]
    if names:
        lines.append(
            req.tr._("Closest names I know: %(names)s.") % {"names": req.tr.join(names, style="or")}
        )
    return req.error(*lines)


async def subscribe(req: Request) -> Reply:
    if not req.args:
        return req.error(
            req.tr._("Tell me what to follow: a team or a competition."),
            req.tr._("For example: %(example)s") % {"example": "/subscribe inter miami"},
        )
    refused = await _refuse(req)
    if refused:
        return refused
    found = await _target(req, " ".join(req.args), "subscribe")
    if isinstance(found, Reply):
        return found
    chat = req.chat
    added = await _subs(req).subscribe(
        chat.platform,
        chat.chat_id,
        found.kind,
        found.target,
        req.clock.now(),
        chat.chat_type,
        chat.user_lang,
        chat.parent_id,
    )
    name = render_target(found, req.lang)
    if not added:
        return req.notice(req.tr._("This chat already follows %(name)s.") % {"name": name})
    return req.notice(
        req.tr._("This chat now follows %(name)s: new results come here.") % {"name": name},
        req.tr._("Change when they come with /delivery, /quiet and /timezone."),
    )


async def unsubscribe(req: Request) -> Reply:
    subs = _subs(req)
    chat = req.chat
    current = await subs.list(chat.platform, chat.chat_id)
    if not req.args:
        choices = tuple(
            Choice(render_target(s, req.lang), f"/unsubscribe {s.target}") for s in current
        )
        if not choices:
            return req.notice(req.tr._("This chat follows nothing yet."))
        return req.question(req.tr._("What should this chat stop following?"), choices)
    refused = await _refuse(req)
    if refused:
        return refused
    text = " ".join(req.args)
    if text.lower() in ("all", "alle"):
        await subs.unsubscribe(chat.platform, chat.chat_id, None, None)
        return req.notice(req.tr._("This chat follows nothing any more."))
    chosen = next((s for s in current if s.target.casefold() == text.casefold()), None)
    if chosen is None:
        found = await _target(req, text, "unsubscribe")
        if isinstance(found, Reply):
            return found
        chosen = found
    name = render_target(chosen, req.lang)
    removed = await subs.unsubscribe(chat.platform, chat.chat_id, chosen.kind, chosen.target)
    if not removed:
        return req.error(req.tr._("This chat does not follow %(name)s.") % {"name": name})
    return req.notice(req.tr._("This chat no longer follows %(name)s.") % {"name": name})


async def subscriptions(req: Request) -> Reply:
    subs = _subs(req)
    chat = req.chat
    current = await subs.list(chat.platform, chat.chat_id)
    settings = await subs.delivery(chat.platform, chat.chat_id)
    tr = req.tr
    lines = []
    if current:
        names = tr.join(render_target(s, req.lang) for s in current)
        lines.append(tr._("This chat follows: %(names)s.") % {"names": names})
    else:
        lines.append(tr._("This chat follows nothing yet. Start with /subscribe TEAM."))
    if settings.mode == "digest" and settings.digest_at:
        lines.append(tr._("Delivery: a daily digest at %(time)s.") % {"time": settings.digest_at})
    else:
        lines.append(tr._("Delivery: as soon as a result is in."))
    timezone = settings.timezone or req.config.timezone
    lines.append(tr._("Timezone: %(zone)s.") % {"zone": timezone})
    if settings.quiet_from and settings.quiet_to:
        lines.append(
            tr._("Quiet hours: %(start)s to %(end)s.")
            % {"start": settings.quiet_from, "end": settings.quiet_to}
        )
    return req.notice(*lines)


def _zone_name(text: str) -> str | None:
    if is_timezone(text):
        return text
    wanted = text.casefold()
    return next((z for z in sorted(available_timezones()) if z.casefold() == wanted), None)


async def timezone(req: Request) -> Reply:
    if not req.args:
        settings = await _subs(req).delivery(req.chat.platform, req.chat.chat_id)
        zone = settings.timezone or req.config.timezone
        return req.notice(
            req.tr._("Timezone: %(zone)s.") % {"zone": zone},
            req.tr._("For example: %(example)s") % {"example": "/timezone Europe/Berlin"},
        )
    name = _zone_name(req.args[0])
    if name is None or len(req.args) > 1:
        return req.error(
            req.tr._("“%(name)s” is not a timezone I know.") % {"name": clip(" ".join(req.args))},
            req.tr._("Use a name like Europe/Berlin or America/New_York."),
        )
    refused = await _refuse(req)
    if refused:
        return refused
    await _subs(req).set_timezone(req.chat.platform, req.chat.chat_id, name, req.clock.now())
    return req.notice(req.tr._("This chat's timezone is now %(zone)s.") % {"zone": name})


async def delivery(req: Request) -> Reply:
    words = [w.lower() for w in req.args]
    usage = req.tr._("Use /delivery instant, or /delivery digest HH:MM (for example 08:00).")
    if words[:1] == ["instant"] and len(words) == 1:
        mode, at = "instant", None
    elif words[:1] == ["digest"] and len(words) == 2 and parse_hhmm(words[1]):
        mode, at = "digest", parse_hhmm(words[1]).strftime("%H:%M")  # type: ignore[union-attr]
    else:
        return req.error(usage)
    refused = await _refuse(req)
    if refused:
        return refused
    await _subs(req).set_delivery(req.chat.platform, req.chat.chat_id, mode, at, req.clock.now())
    if mode == "instant":
        return req.notice(req.tr._("Results now come here as soon as they are in."))
    return req.notice(
        req.tr._("Results now come here once a day at %(time)s, all together.") % {"time": at}
    )


async def quiet(req: Request) -> Reply:
    text = "".join(req.args).lower()
    start = end = None
    if text not in ("off", "aus"):
        parts = text.split("-")
        times = [parse_hhmm(p) for p in parts] if len(parts) == 2 else []
        if len(times) != 2 or None in times or times[0] == times[1]:
            return req.error(
                req.tr._("Use /quiet HH:MM-HH:MM (for example 22:00-07:00), or /quiet off.")
            )
        start, end = (t.strftime("%H:%M") for t in times)  # type: ignore[union-attr]
    refused = await _refuse(req)
    if refused:
        return refused
    await _subs(req).set_quiet(req.chat.platform, req.chat.chat_id, start, end, req.clock.now())
    if start is None:
        return req.notice(req.tr._("Quiet hours are off."))
    return req.notice(
        req.tr._("Quiet hours: %(start)s to %(end)s.") % {"start": start, "end": end},
        req.tr._("Results that come in then wait until %(end)s.") % {"end": end},
    )


register("subscribe", subscribe, N_("Follow a team or competition"), N_("TEAM|COMPETITION"), 60)
register("unsubscribe", unsubscribe, N_("Stop following it"), N_("TEAM|COMPETITION|all"), 61)
register("subscriptions", subscriptions, N_("What this chat follows, and how"), "", 62)
register("timezone", timezone, N_("Set the chat's timezone"), N_("Europe/Berlin"), 63)
register(
    "delivery", delivery, N_("Results at once or as a daily digest"), N_("instant|digest HH:MM"), 64
)
register("quiet", quiet, N_("Hours without announcements"), N_("HH:MM-HH:MM|off"), 65)
