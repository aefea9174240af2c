"""Teams a report names by description rather than by name (`die deutsche
Nationalmannschaft`, `das Team von Bundestrainer Löw`, `die Franzosen`), turned
into mentions only where one team alone can be meant, so results read from
them need no guessing."""

from __future__ import annotations

import re

from bot.competitions.scan import grouped
from bot.reports.names.clubplurals import (
    CLUB_NOUN,
    adjective_ends,
    adjective_pattern,
    club_adjective_may,
    club_adjectives,
    club_plurals,
)
from bot.reports.names.nationalde import may_national, national_de
from bot.reports.names.nationalities import ADJ_TEAM, COUNTRIES, PLURAL_TEAM
from bot.reports.names.postnames import named_as_post
from bot.reports.names.towndescribed import town_described
from bot.reports.patterns.alternations import lead
from bot.reports.patterns.spots import merged, within_runs
from bot.teams.resolver import TeamResolver

_NATIONAL_SHORT_DE = re.compile(
    r"\b(?:[Dd](?:ie|er|en|em))\s+(?P<adj>"
    + "|".join(c[0] for c in COUNTRIES.values())
    + r")(?:e|en|er)\s+(?:Mannschaft|Elf|Auswahl|Frauen|Fu(?:ß|ss)ballerinnen)\b"
)
"""`die deutsche Mannschaft`, `der italienischen Elf`, `die deutschen Fußballerinnen`: a
national team, in a story whose sides are national teams (in a club story the same words
are a club's, club_adjectives).
A cased pattern of word characters and spaces ending on `\b`, each match holding one of
its nouns: searched in the runs that hold one (spots.within_runs)."""
_PLAYS_FOR = re.compile(r"\b(?:für|for)\s+(?:die\s+|den\s+|das\s+|the\s+)?$")
"""`im Sommer bei der WM für die Sowjetunion auflaufen`: the country a player plays for,
not a side of the club story's results."""
_NATIONAL_NOUNS = ("Mannschaft", "Elf", "Auswahl", "Frauen", "Fußballerinnen", "Fussballerinnen")
_NATIONAL_EN = re.compile(
    r"\b(?P<adj>"
    + "|".join(c[1] for c in COUNTRIES.values())
    + r")\s+national\s+(?:team|side|squad)\b"
)
_NATIONAL_EN_GATE = re.compile(r"national\s+(?:team|side|squad)\b")
"""How each match of _NATIONAL_EN ends: a quick look that most texts fail."""
_PLURAL_WORDS = sorted({w.capitalize() for w in PLURAL_TEAM}, key=len, reverse=True)
_PLURAL = re.compile(
    r"(?P<art>[DdTt](?<!\w[DdTt])(?i:(?<=[Dd])(?:ie|en|er)|(?<=[Tt])he))\s+(?P<word>"
    + grouped(_PLURAL_WORDS, [re.escape(w) for w in _PLURAL_WORDS])
    + r")\b(?!\s+[A-ZÄÖÜ])(?![-'’])"
)
"""_PLURAL opens on the article's first letter (d and t have no other case folds), so
`re` skips ahead to one in C; the look-behind for a word character before it is exactly
the word boundary it needs (the letter is a word character): the same matches as
opening on that boundary, found cheaper."""
_PLURALS = tuple(re.compile(_PLURAL.pattern.replace("[DdTt](", f"{c}(", 1)) for c in "DdTt")
"""_PLURAL by article letter (spots.merged: one article per match, so no two overlap). Run
without a gate: the gate of its 104 words (a class of 21 capitals that `re` tests at each
character) cost 0.12 M per read, more than these four searches, each led by one literal
letter (0.16 M per read where every text is searched, 0.20 M gated)."""
_CLUB_ADJECTIVES = [en for c in COUNTRIES.values() for en in c[1].split("|")] + [
    c[0] for c in COUNTRIES.values()
]
_CLUB_ADJ = adjective_pattern(_CLUB_ADJECTIVES)
_CLUB_ADJ_GATE = re.compile(
    r"(?:" + "|".join(sorted({re.escape(a[-2:]) for a in _CLUB_ADJECTIVES})) + r")"
    r"(?:e|en|er|es)?\s+" + CLUB_NOUN
)
"""Each match of _CLUB_ADJ ends so (an adjective's last two letters, a club noun): most texts
have none (club_adjective_may tells the same as its search, faster)."""
_ADJ_ENDS = adjective_ends(_CLUB_ADJECTIVES)
_NAME = r"[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+){0,2}"
_COACHED_DE = re.compile(
    r"\b(?P<art>(?i:das|die|dem|des|der))\s+(?P<noun>Team|Teams|Mannschaft|Elf|Auswahl)\s+von\s+"
    r"(?:(?:Bundestrainer|Nationaltrainer|Trainer|Cheftrainer|Coach|Teamchef)\s+)?"
    r"(?P<name>" + _NAME + r")"
)
"""`das Team von Trainer Roger Schmidt`, `das Team von Roger Schmidt`: the title may be
left out, as the name stands for a team only where the text ties it to one (_coaches)."""
_COACHED_EN = re.compile(
    r"\b(?:(?P<art>the)\s+(?P<noun>team|side)\s+(?:of|coached\s+by|managed\s+by)\s+"
    r"(?:(?:coach|manager|head\s+coach)\s+)?(?P<name>" + _NAME + r")"
    r"|(?P<owner>" + _NAME + r")['’]s\s+(?:side|team|men|squad))\b"
)
_COACHED_DE_GATE = re.compile(r"(?:Team|Teams|Mannschaft|Elf|Auswahl)\s+von\s")
_COACHED_EN_GATE = lead(
    re.compile(r"the\s+(?:team|side)|['’]s\s+(?:side|team|men|squad)"), always=True
)
"""Each match of _COACHED_EN holds one of these (most texts none): a cheap first look."""
_COACHED_EN_NOUNS = ("team", "side", "men", "squad")  # one in each match (spots.within_runs)
_WHOSE = re.compile(
    r"\b(?P<name>"
    + _NAME
    + r"),?\s+(?P<noun>(?:whose|dessen)\s+(?:side|team|men|squad|Team|Mannschaft|Elf))\b"
)
_WHOSE_GATE = re.compile(r"(?:whose|dessen)\s+(?:side|team|men|squad|Team|Mannschaft|Elf)\b")
_COACH_ROLE = re.compile(
    r"(?:['’]?s)?(?:(?:-|\s+)(?:Trainer|Coach|Cheftrainer|coach|manager|head coach|boss)|"
    r",\s+(?:coached|managed)\s+by|,\s+trainiert\s+von)\s+(?P<name>" + _NAME + r")"
)
"""Right after a team's name: `Bayern-Trainer Tuchel`, `Leverkusens Trainer Schmidt`,
`Bayern's coach Guardiola`, `America, coached by Gustavo Matosas`."""
_FORMER = re.compile(r"(?:[Ff]ormer|[Ee]hemalige[nrm]?|[Ee]instige[nrm]?|Ex-?)\s*$")
"""`former Bayern coach Guardiola`: a coach of another team now, so no tie."""
_BUNDESTRAINER = re.compile(r"\bBundestrainer\s+(?P<name>" + _NAME + r")")


def described_mentions(text: str, found: list[dict], resolver: TeamResolver) -> list[dict]:
    """Mentions (the dicts of mentions.find_mentions) for described teams that
    overlap no named mention."""
    out: list[dict] = []
    if "ational" in text:
        finds = [national_de(text)] if may_national(text) else []
        if _NATIONAL_EN_GATE.search(text):
            finds.append(_NATIONAL_EN.finditer(text))
        for matches in finds:
            for m in matches:
                team = ADJ_TEAM.get(m.group("adj").lower())
                out.append(_mention(text, m.start(), m.end(), team))
    out = [o for o in out if o["team"] in resolver.teams]
    named = {f["team"] for f in found} | {o["team"] for o in out}
    coaches = _coaches(text, found, named)
    if coaches:
        out += _coached(text, coaches)
    if "astgeber" in text or "host" in text or "home side" in text:
        out += _hosts(text, found)
    out += town_described(text, found, resolver)
    named |= {o["team"] for o in out}
    # Which teams are national decides which readings apply; the text is searched only
    # for those (the team tests are cheaper than a search of the whole text).
    nationals = any(resolver.teams[t].kind == "national" for t in named if t in resolver.teams)
    # No national team named as a side (not after in/from/aus, nor as a post): the post
    # test is asked only of mentions of national teams, the only ones it can change.
    clubs_only = not any(
        f["prep"] not in ("in", "from", "aus")
        and f["team"] in resolver.teams
        and resolver.teams[f["team"]].kind == "national"
        and not named_as_post(text, f)
        and not _PLAYS_FOR.search(text, max(0, f["start"] - 9), f["start"])
        for f in found
    )
    plurals = merged(_PLURALS, text) if nationals or clubs_only else []
    if plurals and nationals:
        out += _plurals(text, found, named, resolver, plurals)
    if nationals and not clubs_only and any(w in text for w in _NATIONAL_NOUNS):
        for m in within_runs(_NATIONAL_SHORT_DE, text, text, _NATIONAL_NOUNS):
            team = ADJ_TEAM.get(m.group("adj").lower())
            if team in resolver.teams and resolver.teams[team].kind == "national":
                out.append(_mention(text, m.start() + m.group().index(" ") + 1, m.end(), team))
    if plurals and clubs_only:
        out += club_plurals(text, found, resolver, plurals, PLURAL_TEAM)
    if clubs_only and club_adjective_may(text, _ADJ_ENDS):
        out += club_adjectives(text, found, resolver, _CLUB_ADJ, ADJ_TEAM)
    over = [(o["start"], o["end"]) for o in out if "over" in o]  # `Der Klub aus São Paulo`
    taken = [(f["start"], f["end"]) for f in found if not _inside(f, over)]
    kept = []
    for o in sorted(out, key=lambda o: o["start"]):
        if any(s < o["end"] and o["start"] < e for s, e in taken):
            continue
        taken.append((o["start"], o["end"]))
        kept.append(o)
    return kept


def _inside(found: dict, spans: list) -> bool:
    return any(a <= found["start"] < b for a, b in spans)


def _coached(text: str, coaches: dict[str, str]) -> list[dict]:
    """`das Team von Bundestrainer Löw`, `Smith's side`, `Alonso, dessen Mannschaft`."""
    out = []
    finds = []
    if _COACHED_DE_GATE.search(text):
        finds.append(_COACHED_DE.finditer(text))
    if _COACHED_EN_GATE.search(text):
        finds.append(within_runs(_COACHED_EN, text, text, _COACHED_EN_NOUNS, quotes=True))
    for found in finds:
        for m in found:
            name = m.group("name") or m.group("owner")
            team = coaches.get(name.split()[-1])
            if team and m.group("noun"):
                art = m.group("art").lower()
                out.append(_mention(text, m.start("noun"), m.end(), team, prep=art))
            elif team:
                out.append(_mention(text, m.start(), m.end(), team))
    if ("whose" in text or "dessen" in text) and _WHOSE_GATE.search(text):
        for m in _WHOSE.finditer(text):
            team = coaches.get(m.group("name").split()[-1])
            if team:
                out.append(_mention(text, m.start("noun"), m.end(), team, prep=""))
    return out


_HOST_NAMED = re.compile(
    r"(?:^\s*|[.!?:;,–]\s*|\b(?:[Tt]he|[Dd]ie|[Dd]er|[Dd]en|[Dd]em|[Dd]es|gegen|against|beim|bei)\s+)"
    r"(?:Gastgeber|[Hh]osts?)\s$"
)
"""`Gastgeber Schottland`, `hosts Qatar`: the title right before the name
(`Liverpool hosts Chelsea` is a verb and names no host)."""
_HOST_WORD = re.compile(r"\b(?:Gastgeber|[Hh]osts?)\s$")
_HOSTS = re.compile(
    r"\b(?P<art>(?i:die|der|den|the))\s+(?P<word>Gastgebern|Gastgeber|hosts|home side)\b"
    r"(?!\s+(?:[A-ZÄÖÜ\d]|aus|from|von))"
)
HOST_REACH = 400


def _hosts(text: str, found: list[dict]) -> list[dict]:
    """`die Gastgeber`, `the hosts` shortly after `Gastgeber X` / `hosts X` named
    one team alone as the host."""
    titled = [f for f in found if _HOST_WORD.search(text, max(0, f["start"] - 20), f["start"])]
    if not titled:
        return []
    named = [f for f in titled if _HOST_NAMED.search(text, max(0, f["start"] - 20), f["start"])]
    out = []
    for m in _HOSTS.finditer(text):
        near = {f["team"] for f in named if 0 < m.start() - f["start"] <= HOST_REACH}
        rivals = {f["team"] for f in titled if 0 < m.start() - f["start"] <= HOST_REACH}
        if len(near) == 1 and rivals == near:
            prep = m.group("art").lower()
            out.append(_mention(text, m.start("word"), m.end(), near.pop(), prep=prep))
    return out


def _coaches(text: str, found: list[dict], named: set[str]) -> dict[str, str]:
    """Coach surname -> team, where the text ties them (`Bayern-Trainer Tuchel`,
    `Liverpool manager Klopp`, `Bundestrainer Löw` with Germany in the story);
    a surname tied to two teams is dropped."""
    ties: dict[str, set[str]] = {}
    for f in found:
        m = _COACH_ROLE.match(text, f["end"])
        if m and not _FORMER.search(text, max(0, f["start"] - 12), f["start"]):
            ties.setdefault(m.group("name").split()[-1], set()).add(f["team"])
    if "germany" in named and "austria" not in named and "Bundestrainer" in text:
        for m in _BUNDESTRAINER.finditer(text):
            ties.setdefault(m.group("name").split()[-1], set()).add("germany")
    return {name: next(iter(teams)) for name, teams in ties.items() if len(teams) == 1}


_TOWN_PREPS = frozenset(("in", "at"))
"""`in Neapel`, `at Bari`: in a story of national teams a club's name after these is the
town a match was played in (document._clubs_as_towns), whose players no plural can mean."""


def _plurals(text: str, found: list[dict], named: set[str], resolver, plurals: list) -> list[dict]:
    """`die Italiener`, `the Brazilians`: the national team, when the story names it
    and names no club of that country (whose players the word could mean)."""
    countries = {resolver.teams[t].country for t in named if t in resolver.teams}
    clubs = {
        resolver.teams[f["team"]].country
        for f in found
        if f["team"] in resolver.teams
        and resolver.teams[f["team"]].kind == "club"
        and f["prep"] not in _TOWN_PREPS
    }
    out = []
    for m in plurals:
        team = PLURAL_TEAM[m.group("word").lower()]
        if team not in named or team not in resolver.teams:
            continue
        if resolver.teams[team].country in clubs or resolver.teams[team].country not in countries:
            continue
        start = m.start("word")
        out.append(_mention(text, start, m.end(), team, prep=m.group("art").lower()))
    return out


def _mention(text: str, start: int, end: int, team, prep: str | None = None) -> dict:
    if prep is None:
        before = text[max(0, start - 30) : start].split()
        word = before[-1] if before and text[start - 1] == " " and before[-1][-1].isalnum() else ""
        prep = word.lower() if word and (word[0].islower() or word.lower() in _PREPS) else ""
    return {
        "start": start,
        "end": end,
        "team": team,
        "alias": text[start:end],
        "genitive": prep in ("der", "des") and _after_noun(text, start),
        "prep": prep,
    }


_PREPS = frozenset("die der das den dem des the gegen mit von bei beim im".split())


def _after_noun(text: str, start: int) -> bool:
    """`Kapitän der deutschen Nationalmannschaft`: a genitive, not the subject."""
    words = text[max(0, start - 40) : start].split()
    if len(words) < 2:
        return False
    noun = words[-2]
    return noun[:1].isupper() and noun[-1:].isalpha() and noun.lower() not in _PREPS
