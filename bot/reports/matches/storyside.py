"""The unnamed side of a result that names only its opponent (`das 3:1 gegen Polen`,
`unterlag man Frankreich`) after a passing result of two other teams: the team the
story is about, not the partner of the passing result's pair."""

from __future__ import annotations

import re

from bot.reports.matches import cues
from bot.reports.matches.objectnames import told_as_object
from bot.reports.matches.ownedteams import COACH_OWNED, COACHS_TEAM
from bot.reports.matches.playerowned import player_owned
from bot.reports.matches.resultchecks import place_names_third
from bot.reports.matches.thirdtown import third_club_town
from bot.reports.names.descriptorcountry import descriptor_country
from bot.reports.names.venues import city_of, home_by_place
from bot.reports.text.clausecuts import clause_breaks

_OPPONENT_PREP = frozenset(("gegen", "against", "over", "vs", "versus"))
_OPPONENT_THE = re.compile(r"\b(?:gegen|against|over)\s+(?:den|dem|der|die|das|the)\s+$", re.I)
LOOK_BACK = 3
AWAY = ""
"""Returned where the words leave the side open: the result is then left out."""


def _clause_after(sentence, at: int) -> int:
    """Where the clause after the score's own clause begins (the sentence's end if
    none): `they won the return 3-0 in Brussels, although Forest left Belgium unhappy`
    names Forest again as the subject of another clause, not as the opponent."""
    for start, _ in clause_breaks(sentence.text):
        if start > at:
            return sentence.start + start
    return sentence.end


def story_side(doc, state, sentence, named: str, told: str) -> str | None:
    """The story's team for a result whose sentence names only `named`, told as the
    opponent, where `named` is none of the main pair: the one main-pair team of the
    last result, else the nearest main-pair team named since the last result (not
    before it: in a round-up `man` is the last result's side); AWAY when there is
    none and the last pair's partner is all that is left;
    None where this rule does not apply (a side told by its coach is left to the
    story state)."""
    main = set(state.main_pair or ())
    if not main or named in main:
        return None
    cut = _clause_after(sentence, len(told))
    mentions = [
        m
        for m in doc.mentions_in(sentence)
        if m.prep != "in" and m.start < cut and _same_kind(doc, m, named)
    ]
    teams = {m.team for m in mentions}  # `gegen Nigeria mit 0:3, danach ein 4:0 gegen
    # Griechenland`: each named side an opponent, none of the main pair
    passive = _PASSIVE_BY.search(sentence.text) is not None
    opposed = all(_as_opponent(doc.text, m) or (passive and m.prep == "by") for m in mentions)
    if named not in teams or teams & main or not opposed:
        return None
    if COACH_OWNED.search(told) or COACHS_TEAM.match(told):
        return None
    if player_owned(told):
        return AWAY  # `whose two goals against Barcelona ... a first-leg defeat`
    if len(teams) > 1 or passive:
        return _listed_for(doc, state, sentence, main)
    last = set(state.pair or ()) & main
    if len(last) == 1:
        return last.pop()
    for i in range(state.index - 1, max(-1, state.index - 1 - LOOK_BACK), -1):
        if i in state.scored:
            break
        if _third_named_last(doc, i, main, named):
            return None
        for team in reversed(state.teams_in(i)):
            if team in main:
                return team
    side_pair = state.pair and named in state.pair and set(state.pair) != main
    return AWAY if side_pair else None


def _third_named_last(doc, index: int, main: set, named: str) -> bool:
    """`Mit den Bayern zog auch der FC Liverpool in die Runde der letzten Acht ein. Die
    Reds verloren ... gegen Inter Mailand mit 0:1`: the team the sentence before names
    last, a third one and not as an opponent, is the one the next result is about."""
    mentions = [m for m in doc.mentions_in(doc.sentences[index]) if m.prep != "in"]
    if not mentions:
        return False
    last = mentions[-1]
    if last.team in main or last.team == named or not _same_kind(doc, last, named):
        return False
    return not _as_opponent(doc.text, last)


def _listed_for(doc, state, sentence, main: set) -> str | None:
    """`Der Weg der Bulgaren ins Halbfinale ... Zum Auftakt verloren sie gegen Nigeria mit
    0:3, danach folgten ein 4:0 gegen Griechenland`: a list of results against several
    opponents is the run of the one main side the sentence before (same paragraph) names."""
    i = state.index - 1
    if i < 0 or i in state.scored:
        return None
    before = doc.sentences[i]
    if "\n" in doc.text[before.end : sentence.start]:
        return None
    named = set(state.teams_in(i)) & main
    return named.pop() if len(named) == 1 else None


_PASSIVE_BY = re.compile(r"^\s*(?:Beaten|Defeated|Held|Geschlagen)\b")
"""`Anderlecht's path had been no easier. Beaten 2-0 by Nottingham Forest ...`: a
sentence opening on its subject's defeat is of the side the sentence before names."""


def _same_kind(doc, mention, named: str) -> bool:
    """`Forest left Belgium bitterly unhappy` in a club story: a country's name beside
    clubs is a place, no side of theirs (a club never plays a national team)."""
    teams = doc.resolver.teams if doc.resolver is not None else {}
    a, b = teams.get(mention.team), teams.get(named)
    return a is None or b is None or a.kind == b.kind


def _as_opponent(text: str, mention) -> bool:
    if mention.prep in _OPPONENT_PREP or told_as_object(text, mention):
        return True
    return _OPPONENT_THE.search(text, max(0, mention.start - 20), mention.start) is not None


def placed_elsewhere(doc, sentence, hit, pair: tuple[str, str], resolver) -> bool:
    """Whether a place beside the score, or in its clause, is a third club's town:
    then the story's pair is no guide to a side guessed for it."""
    return place_names_third(doc, hit, pair, resolver) or third_club_town(
        doc, sentence, hit, pair, resolver
    )


_CITY_SUBJECT = re.compile(r"\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?) [a-z]")


def city_subject(state, named: str, told: str, resolver) -> str | None:
    """`Los Angeles reached the final with a 1-0 home win over Seattle` in a story
    about the Galaxy: a city opening the sentence is the one side of the story's
    pair based there (never a city of both or neither)."""
    found = _CITY_SUBJECT.match(told)
    if not found or not state.pair or named in state.pair or city_of(found.group(1)) is None:
        return None
    side = home_by_place(found.group(1), state.pair, resolver)
    return side if side in state.pair else None


def leg_of_last_pair(sentence, state, resolver) -> tuple[str, str] | None:
    """`Die Sachsen setzten sich bei Atalanta mit 2:0 durch. Das Hinspiel in Leipzig war
    ebenfalls 1:1 ausgegangen`: a leg naming no team, told at a ground of the pair of the
    result just read (and not of the story's main pair), is that pair's other leg."""
    pair, main = state.pair, state.main_pair or ()
    if not pair or set(pair) == set(main) or not cues.LEG.search(sentence.text):
        return None
    for m in cues.AT_PLACE.finditer(sentence.text):
        host = home_by_place(m.group("place"), pair, resolver)
        if host in pair and host not in main:
            return pair
    return None


def described_side(state, named: str, told: str, resolver) -> str | None:
    """`Neben Schalke zog auch Manchester United ins Viertelfinale ein. Der englische
    Rekordmeister gewann im Old Trafford mit 1:0 gegen den FK Rostow`: a side told by its
    nationality is the one club of that country the sentence before names."""
    country = descriptor_country(told, resolver)
    if country is None or state.index == 0:
        return None
    clubs = {
        team
        for team in state.teams_in(state.index - 1)
        if team != named
        and getattr(resolver.teams.get(team), "kind", None) == "club"
        and resolver.teams[team].country == country
    }
    return clubs.pop() if len(clubs) == 1 else None


_STATUS_SUBJECT = re.compile(
    r"(?:^|[.:;]\s+)(?:Der|Die|The)\s+(?:[a-zäöüß]+e[nr]?\s+)?(?:\w*[Mm]eister|"
    r"Titelverteidiger|Pokalsieger|Tabellenführer|Spitzenreiter|Außenseiter|Favorit|"
    r"champions?|holders|title holders|defending champions|leaders|favourites|underdogs)\s+"
    r"(?=[a-zäöü])"
)


def status_subject(state, named: str, told: str) -> bool:
    """`Im Endspiel treffen die Münchner auf Borussia Dortmund. Der Meister hatte sich am
    Dienstag bei Greuther Fürth durchgesetzt`: a side told by a standing any club may hold
    (champion, holder, leader), right after a sentence that names another club than the
    story's, may be that club, so the story's is not guessed."""
    if _STATUS_SUBJECT.search(told) is None or state.index == 0:
        return False
    others = set(state.teams_in(state.index - 1)) - {state.subject, named}
    return bool(others)
