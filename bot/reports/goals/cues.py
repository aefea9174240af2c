"""Goal, penalty, own-goal, miss and card vocabulary shared by goals and cards."""

from __future__ import annotations

import re

from bot.reports.goals.awayrule import AWAY_RULE, AWAY_RULE_KEYS
from bot.reports.goals.consolation import CONSOLATION
from bot.reports.goals.consolation import KEYS as CONSOLATION_KEYS
from bot.reports.goals.drovehome import KEYS as POWERED_KEYS
from bot.reports.goals.drovehome import POWERED_HOME
from bot.reports.goals.goalwords import GOAL, GOAL_KEYS
from bot.reports.goals.leadgrew import KEYS as LEAD_KEYS
from bot.reports.goals.leadgrew import LEAD_GREW, NOUN_FROM, NOUN_KEYS
from bot.reports.goals.madesure import KEYS as MADE_SURE_KEYS
from bot.reports.goals.madesure import MADE_SURE
from bot.reports.goals.restoredgap import KEYS_DE as RESTORED_KEYS_DE
from bot.reports.goals.restoredgap import KEYS_EN as RESTORED_KEYS_EN
from bot.reports.goals.restoredgap import RESTORED_DE, RESTORED_EN
from bot.reports.goals.shotwentin import KEYS as SHOT_KEYS
from bot.reports.goals.shotwentin import SHOT_WENT_IN
from bot.reports.goals.sweptin import FLICKED_PAST, SWEPT_IN
from bot.reports.goals.sweptin import KEYS as SWEPT_KEYS
from bot.reports.patterns.keyed import Keyed
from bot.reports.patterns.spots import Folded
from bot.reports.text.digits import DIGIT_PAIR

KEEPER_GOAL = re.compile(
    r"\b(?:in|into|at|from|between|on|toward|towards) (?:the |his |its )?"
    r"(?!own\b)(?!(?<=into the )(?:empty|open|unguarded|gaping) goal\b)"
    r"(?!(?<=\bon )(?:a|an) goal (?:from|by)\b)"
    r"(?:[\w-]+ )?goal\b|"
    r"\b(?:his|her|their) (?:side|team|club)['’]s (?:[\w-]+ )?(?:own )?goals?\b|"  # the side's
    r"\b(?:press(?:ed|ing)?|attack(?:ed|ing)?|besieg(?:ed|ing)|laid siege to|bombard(?:ed|ing)|"
    r"pepper(?:ed|ing)|threaten(?:ed|ing)|hammer(?:ed|ing) at|knock(?:ed|ing) on) "
    r"(?-i:(?:[A-Z][\w.-]+ ){0,2}[A-Z][\w.-]*)['’]s goal\b|"  # `pressed Dino Zoff's goal`
    r"\b(?:Eigentor|Gegentor|Tor|Treffer)\w* (?:(?:seiner|ihrer) (?:Mannschaft|Elf)|"
    r"(?:seines|ihres) (?:Teams|Klubs|Vereins))\b|"
    # the goalmouth a keeper leaves or comes out of: `verließ sein Tor zu früh`
    r"\b(?:verließ|verlässt|verlassen) (?:sein|ihr|das) Tor\b|"
    r"\b(?:sein|ihr|das) Tor (?:\w+ ){0,2}verl(?:assen|ieß)\b|"
    r"\baus (?:seinem|ihrem) Tor\b|\b(?:out|off) of (?:his|her) goal\b",
    re.I,
)
GOALS_LINE = re.compile(r"^\s*(?:Tore?|Torschützen|Goals?|Scorers?)\s*:", re.I)
PENALTY = {
    "en": re.compile(
        r"\bpenalty\b(?! (?:shootout|shoot-out|area|box|appeal|claim|call|shout)\b)|"
        r"\bspot[- ]kick|\bfrom the spot\b|\bpen\.|\bpenalty kick|\bpoint(?:ed|s)? to the spot\b",
        re.I,
    ),
    "de": re.compile(
        r"Strafsto(?:ß|ss)|Strafstö(?:ß|ss)e|Foulelfmeter|Handelfmeter|Elfmeter(?!schie)|\bFE\b|"
        r"vom Punkt|auf den Punkt"
    ),
}
OWN_GOAL = {
    "en": re.compile(r"\bown[- ]goal|\bown net\b|\binto his own\b|\bpast his own\b", re.I),
    "de": re.compile(r"Eigentor|eigene[ns]? (?:Tor|Netz|Kasten)|\bET\b"),
}
MISS = {
    "en": re.compile(
        r"\b(?:saved|saves|missed|misses|hit the (?:post|bar|crossbar|woodwork)|"
        r"struck the (?:post|bar|crossbar|woodwork)|woodwork|denied|blocked|cleared|"
        r"wide of|over the bar|off the line|off target|kept out|parried|failed to|could not|"
        r"couldn't|"
        r"past the (?:near |far )?(?:post|upright)|"
        r"(?:onto|on to|against) the (?:post|bar|crossbar|upright)(?! and (?:in|into)\b)|"
        r"unable to|wasted|squandered|should have|shot over|fired over|went wide|shot wide|"
        r"fired wide|headed wide|headed over|no (?:more |further )?goals?|without scoring|"
        r"goal difference|(?:one|two|three)-goal (?:margin|deficit|cushion)|tried to|trying to|"
        r"looked for|looking for|searching for|in search of|chasing (?:a|an|the)|"
        r"turned (?:it |the ball )?away|tipped (?:it |the ball )?(?:over|away|round|onto)|"
        r"(?:claw|palm|push|punch|fist)(?:ed|ing)? (?:it |the ball |the header |the shot )?"
        r"(?:away|out|clear))\b",
        re.I,
    ),
    "de": re.compile(
        r"\b(?:parier\w*|(?:ge)?scheiter\w*|verschoss|verschießt|vergab|vergibt|vergeben|"
        r"(?<!ersten )(?<!zweiten )(?<!langen )(?<!kurzen )(?<!hinteren )Pfosten|"
        r"(?<!unter die )Latte|Aluminium|klärte|abgewehrt|prüfte|Parade|"
        r"(?:hielt|hält) den (?!\w+ (?:im Rennen|am Leben|im Spiel|in der Partie)\b)|"
        r"kein(?:e|en)? (?:\w+ )?(?:Tore?|Treffer)\b|(?:Tore?|Treffern?) Unterschied|Tordifferenz|"
        r"versuchte|auf der Suche|ohne (?:\w+ )?(?:Tor|Treffer)|"
        r"hält \w*elfmeter|vereitelt\w*|über das Tor|übers Tor|über den Kasten|am Tor vorbei|"
        r"auf (?:sein|ihr)e?n? (?:[\w-]+-)?(?:Tor|Kasten)\b|"
        r"neben das Tor|verfehlte\w*|"
        r"(?:auf (?:das|den) (?:[\w-]+-)?(?:Tor|Kasten)|aufs (?:[\w-]+-)?Tor)\b(?! zu\b)|"
        r"(?:kratzte|fischte|faustete|lenkte|boxte)\b[^.;]{0,40}?\b(?:weg|heraus|raus|"
        r"aus dem (?:Winkel|Eck)|über die Latte|um den Pfosten))"
    ),
}
SUBSTITUTION = {
    "en": re.compile(
        r"\b(?:came on|brought on|on for|replaced|substituted|subbed on|introduced)\b", re.I
    ),
    "de": re.compile(
        r"(?<![Dd]er )(?<![Dd]ie )(?<![Dd]en )(?<![Dd]em )(?<![Dd]es )(?<![Ee]in )"
        r"(?<![Ee]inen )(?:eingewechselt|ausgewechselt)\w*|gekommen\b|kam für|ersetzte"
    ),
}
CARD = re.compile(
    r"\b(?:red card|sent off|sending-off|second yellow|booked|yellow card|dismissed|"
    r"Rote[n]? Karte|Rot\b|Gelb-Rot\w*|Gelb-Rote[n]? Karte|Platzverweis\w*|vom Platz|"
    r"Gelbe[n]? Karte|verwarnt|marching orders|red-carded|vom Feld|Feldverweis\w*|Ampelkarte)",
    re.I,
)
_WORDS_EN = (
    r"(?:(?-i:[A-Z][\w'’-]+ ){1,3}|(?:(?!(?:without|of|in|for|from|and|or|with|to|since|"
    r"after|before|against|than|games|matches|minutes|seasons|years|months|weeks|days)\b)"
    r"(?-i:[a-z][\w'’-]+) ){1,2})?"
)
_WORDS_DE = (
    r"(?:(?!(?:ohne|und|oder|mit|seit|nach|vor|gegen|von|in|aus|für)\b)"
    r"(?-i:[a-zäöü][\w-]+) ){0,2}"
)
"""Words before the goals a number counts (`two Messi goals`, `two late goals`, `zwei
sehenswerte Tore`), not those that make it no count (`two games without goals`)."""
MULTIPLE = {
    "en": re.compile(
        r"\b(?:(?P<two>twice|two " + _WORDS_EN + r"(?:goals|headers|strikes|penalties)|"
        r"a brace|a double|both goals)|"
        r"(?P<three>hat[- ]trick|three " + _WORDS_EN + r"(?:goals|headers|strikes)|"
        r"three times))\b",
        re.I,
    ),
    "de": re.compile(
        r"\b(?:(?P<two>doppelt|zwei " + _WORDS_DE + r"(?:Tore\w*|Treffer\w*)|"
        r"zwei Kopfb[aä]ll\w*|zweimal|Doppelpack|beide Tore|beide Treffer)|"
        r"(?P<three>dreimal|drei " + _WORDS_DE + r"(?:Tore\w*|Treffer\w*)|"
        r"dreifach|Dreierpack|Hattrick))\b",
        re.I,
    ),
}
OWN_GOALS_LISTED = re.compile(
    r"\b(?:two|both|three|zwei|beide|drei) (?:own[- ]goals|Eigentore)\b[^.;:]*:\s*[^:]*$", re.I
)
"""`conceding two own goals: X turned ... and Y deflected ...`: every goal listed after the
colon is an own goal; the text before the clause ends on the list's opening."""
SHARE = re.compile(r"\b(?:each|jeweils|je)\b")
ONE_OF_THEM = re.compile(r"\b(?:one of them|one on|einmal davon|einer davon|davon einmal)\b", re.I)
SCORE_AFTER = re.compile(
    r"(?:\b(?:made it|make it|making it|zum|zur|fürs|auf|das|stand es|stand es (?:\w+ )?)\s*"
    r"(\d{1,2})\s?[:-]\s?(\d{1,2})(?![\d:])(?!\s*(?:on )?aggregate|\s*in the series)"
    r"|\b(?:a|an)\s+(\d{1,2})-(\d{1,2})\s+lead)",
    re.I,
)
_DIGIT_PAIR = DIGIT_PAIR  # `\d\s?[:-]\s?\d`, found from its mark (text/digits)
_SCORE_AFTER_LOW = Folded(SCORE_AFTER)
"""SCORE_AFTER run as its lower-cased form on the lower-cased text (see spots.Folded): its
re.I alternatives after `\\b`, tried at every word, cost several times more."""


def running_score(text: str) -> tuple[int, int] | None:
    """The running score a goal clause states ("zum 2:1", "made it 3-1"), if exactly one."""
    if not _DIGIT_PAIR.search(text):
        return None
    found = list(_SCORE_AFTER_LOW.finditer(text))
    if len(found) != 1:
        return None
    groups = [g for g in found[0].groups() if g is not None]
    return int(groups[0]), int(groups[1])


GOAL["en"] = re.compile(
    "|".join(
        (
            GOAL["en"].pattern,
            POWERED_HOME,
            LEAD_GREW,
            NOUN_FROM,
            SHOT_WENT_IN,
            SWEPT_IN,
            FLICKED_PAST,
            CONSOLATION,
            MADE_SURE,
            RESTORED_EN,
        )
    ),
    re.I,
)
GOAL["de"] = re.compile(f"{GOAL['de'].pattern}|{RESTORED_DE}")
GOAL_KEYS["en"] += "|" + "|".join(
    (
        POWERED_KEYS,
        LEAD_KEYS,
        NOUN_KEYS,
        SHOT_KEYS,
        SWEPT_KEYS,
        CONSOLATION_KEYS,
        MADE_SURE_KEYS,
        RESTORED_KEYS_EN,
    )
)
GOAL_KEYS["de"] += "|" + RESTORED_KEYS_DE
GOAL = {lang: Keyed(pattern, GOAL_KEYS[lang], starts=True) for lang, pattern in GOAL.items()}
MISS = {
    "en": Keyed(
        MISS["en"],
        "save|miss|post|upright|bar|woodwork|denied|blocked|cleared|wide of|off the line|"
        "off target|kept out|parried|"
        "failed to|could|unable to|wasted|squandered|should have|over|wide|no goal|no more|"
        "no further|without scoring|goal difference|goal margin|goal deficit|goal cushion|"
        "tried to|trying to|looked for|looking for|searching for|in search of|chasing|"
        "turned|tipped|claw|palm|push|punch|fist",
    ),
    "de": Keyed(
        MISS["de"],
        "parier|scheiter|verschoss|verschießt|vergab|vergibt|vergeben|pfosten|latte|aluminium|"
        "klärte|abgewehrt|hält|prüfte|parade|kein|unterschied|tordifferenz|vereitelt|"
        "versuchte|suche|ohne|über das tor|übers tor|über den kasten|am tor vorbei|auf sein|"
        "auf ihr|"
        "neben das tor|verfehlte|auf das|auf den|aufs|hielt den|kratzte|fischte|faustete|"
        "lenkte|boxte",
    ),
}
CARD = Keyed(
    CARD,
    "red card|sent off|sending-off|yellow|booked|dismissed|rot|karte|platz|verwarnt|marching|"
    "red-carded|feld|ampel",
)
KEEPER_GOAL = re.compile(f"{KEEPER_GOAL.pattern}|{AWAY_RULE}", re.I)
# the goalmouth alternatives keyed on their own words (`verließ sein Tor`, `das Tor zu früh
# verlassen`, `aus seinem Tor`), not on `verl` and `aus `, which most German clauses hold
KEEPER_GOAL = Keyed(
    KEEPER_GOAL,
    f"goal|seiner|ihrer|seines|ihres|verließ|verlässt|verlassen|seinem tor|ihrem tor|"
    f"{AWAY_RULE_KEYS}",
)
OTHER_EVENT = Keyed(
    re.compile(
        r"\b(?:red card|sent off|yellow|booked|dismissed|injur\w*|came off|went off|limped|"
        r"came on\b|brought on\b|replaced|substitut(?:ed|ion|ions|ing)\b|Karte|Rot\b|Gelb|verwarnt|"
        r"verletz\w*|ausgewechselt|(?<!den )(?<!der )(?<!dem )eingewechselt|musste raus|humpelte|"
        r"marching orders|vom Feld|Feldverweis|Ampelkarte)",
        re.I,
    ),
    "red|sent off|yellow|booked|dismissed|injur|came off|went off|limped|came on|brought on|"
    "replaced|substitut|karte|rot|gelb|verwarnt|verletz|gewechselt|musste raus|humpelte|"
    "marching|feld|ampel",
)
DENIAL = Keyed(
    re.compile(
        r"\b(?:ruled out|disallowed|offside|chalked off|did not count|didn't count|"
        r"overturned|taken off the board|aberkannt|zurückgenommen|annulliert|nicht gegeben|"
        r"Abseits\w*|zählte\b[^.]{0,40}\bnicht)",
        re.I,
    ),
    "ruled out|disallowed|offside|chalked off|count|overturned|off the board|aberkannt|"
    "zurückgenommen|annulliert|nicht gegeben|abseits|zählte",
)

PENALTY["en"] = Keyed(PENALTY["en"], "penalty|spot|pen.")
MULTIPLE = {
    "en": Keyed(MULTIPLE["en"], "twice|two |brace|double|both goals|hat-trick|hat trick|three "),
    "de": Keyed(MULTIPLE["de"], "doppel|zwei|beide tore|beide treffer|drei|hattrick"),
}
OWN_GOAL["en"] = Keyed(OWN_GOAL["en"], "own")
PENALTY["de"] = Keyed(PENALTY["de"], "Strafsto|Strafstö|elfmeter|Elfmeter|FE|Punkt", cased=True)
OWN_GOAL["de"] = Keyed(OWN_GOAL["de"], "Eigentor|eigene|ET", cased=True)
