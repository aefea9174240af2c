"""Word cues around a score: which leg, which stage, home or away, extra time,
who won. Each cue found in a sentence is given to the score nearest to it.
(The goal reader's vocabulary lives in goalcues.py.)"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.reports.matches.rounds import (  # noqa: F401  (re-exported: the cue modules ask cues)
    _AHEAD_BEFORE,
    _STANDS_IN,
    STAGE,
    STAGE_ORDER,
    _ahead,
    in_aside,
    on_the_way,
    previous_stage,
    scan,
    stage_at,
    told_rounds,
)
from bot.reports.patterns.alternations import regrouped
from bot.reports.patterns.keyed import Keyed
from bot.reports.patterns.spots import Either


class Remembered(Keyed):
    """A Keyed cue whose whole-text search is remembered per text: several steps ask
    the same sentence for it (the match found is the same object each time)."""

    def search(self, text: str, *span: int) -> re.Match | None:
        return Keyed.search(self, text, *span) if span else _search(self, text)


@lru_cache(maxsize=4096)
def _search(cue: Keyed, text: str) -> re.Match | None:
    return Keyed.search(cue, text)


LEG = Remembered(
    re.compile(
        r"\b(?:(?P<one>first[- ]leg|opening leg|series opener|[\w-]*hinspiel\w*)|"
        r"(?P<two>second[- ]leg|return leg|return match|[\w-]*rückspiel\w*|"
        r"(?:in|on|won|lost|drew) the return"
        r"(?! of\b| from\b| trip\b| journey\b| flight\b|"
        r" to (?:form|fitness|action|play|the|europe|training)\b)))\b",
        re.IGNORECASE,
    ),
    "first leg|first-leg|opening leg|series opener|hinspiel|second leg|second-leg|return leg|"
    "return match|rückspiel|the return",
)
"""`3-0 in the return`, `lost the return 1-0`: `the return` after a preposition or a verb
of the result is the second leg (not `the return of Ribéry`, `the return to form`)."""
LEG.folded = Either(
    LEG.folded,
    re.compile(
        LEG.folded.pattern.replace(r"|[\w-]*hinspiel\w*", "").replace(r"|[\w-]*rückspiel\w*", "")
    ),
    ("hinspiel", "rückspiel"),
    tuple(key for key in LEG.keys if key not in ("hinspiel", "rückspiel")),
)
r"""LEG's `[\w-]*hinspiel\w*` tries every word to its end and back: a text that holds
neither compound word is searched without those alternatives."""
AWAY = Keyed(
    re.compile(
        r"\b(?:auswärts|away from home|on the road|als gast|als gäste)\b|"
        r"(?:(?<=\d )|(?<=ost )|(?<=won )|(?<=rew )|(?<=ten )|(?<=win )|(?<=eat )|(?<=oss )|"
        r"(?<=raw ))away (?=(?:to|at)\s)|"
        r"(?<=\d )away(?=\s*[,.;]|\s+(?:and|before|then|but)\b)",
        re.IGNORECASE,
    ),
    "auswärts|away from home|on the road|als gast|als gäste|away",
)
"""`lost 2-1 away to Lyon`, `winning 4-1 away and 4-0 at home`: a score's own `away`
(the side it is told from played at the other's ground)."""
HOME = Keyed(
    re.compile(
        r"\b(?:at home|zu hause|daheim|im eigenen stadion|in der eigenen arena|"
        r"aus dem eigenen stadion|"
        r"(?:in der|im|in ihrer|in seiner|in ihrem|in seinem) eigenen "
        r"(?:[A-ZÄÖÜ][\w-]*\s+){0,2}[\w-]*(?:arena|stadion|park|stadium)|"
        r"im heimischen stadion|in heimischer arena|vor eigenem publikum|vor eigenen fans|"
        r"at its own|at their own|in front of (?:its|their) own|home win|home victory|"
        r"at (?:its|their) (?:[\w'’-]+\s+){0,2}home|"
        r"home defeat|home loss|in front of (?:its|their|his) home (?:fans|crowd|supporters)|"
        r"vor heimischem publikum|vor heimischer kulisse)\b",
        re.IGNORECASE,
    ),
    "home|hause|daheim|eigene|own|heimisch",
)
AT_PLACE = re.compile(
    r"(?P<prep>[abiABI](?<!\w.)(?:(?<=a)(?:t|n der|t the)|(?<=i)(?:n|m|n der|n the)|"
    r"(?<=b)(?:ei|eim)|(?<![\w,;] .)(?:(?<=I)(?:n|m)|(?<=A)(?:t|n der)|(?<=B)(?:ei|eim))))"
    r"\s+(?:(?:a\s+)?(?:ausverkauften|vollbesetzten|voll besetzten|packed|sold-out|"
    r"rain-soaked)\s+)?"
    r"(?P<place>(?:[A-ZÄÖÜ][\w'’.-]*)"
    r"(?:\s+(?:de |da |des |del )?[A-ZÄÖÜ][\w'’.-]*){0,3})"
)
"""`at|in|bei|beim|im|in der|an der|in the|at the` after a word boundary (and a crowd's
adjective: `im ausverkauften Maracanã`, `at a packed Sukru Saracoglu`), or a capital
`In|At|Bei|Beim|Im|An der` not after a word (or `,`/`;`) and a space, written to open
on the first letter (so `re` skips ahead to one in C) with the word boundary and that
look-behind checked after it: the same matches, each letter's words in the same order."""
EXTRA_TIME = Keyed(
    re.compile(
        r"\b(?:after extra time|in extra time|aet|a\.e\.t\.|n\.\s?V\.|nach verlängerung|"
        r"in der verlängerung|nach 120 minuten|(?:after|through) 120 minutes|extra 30 minutes|"
        r"through extra time|after extra-time|in extra-time|following extra[- ]time|"
        r"(?:end|half|minute|stages?) of extra[- ]time|(?:ende|hälfte|minute) der verlängerung|"
        r"(?<!not )(?<!never )(?<!almost )(?<!nearly )(?:needed|required|forced|went (?:in)?to) "
        r"extra[- ]time)",
        re.IGNORECASE,
    ),
    "extra|aet|a.e.t.|v.|verlängerung|120 minut",
)
NEUTRAL = Keyed(
    re.compile(
        r"\b(?:neutral(?:em|en)? (?:boden|ground|venue|site|platz)|finalturnier|neutral venue|"
        r"ohne heimvorteil|without (?:a |any )?home advantage)\b",
        re.IGNORECASE,
    ),
    "neutral|finalturnier|heimvorteil|home advantage",
)
"""`auf neutralem Platz`, `ein Viertelfinale ... ohne Rückspiel, ohne Heimvorteil`: the
report's own match, one whose home side the text does not settle, was on neutral ground."""
WIN = Keyed(
    regrouped(
        re.compile(
            r"\b(?:beat|beats|beating|(?:had|have|has|having) beaten|defeated|defeats|defeating|"
            r"edged|edges|edging|downed|thrashed|thrashing|thrashes|thumped|thumping|hammering|"
            r"crushing|trouncing|drubbed|walloped|walloping|battered|battering|mauled|"
            r"routed|routing|routs|demolished|demolishing|trounced|outclassed|outclassing|"
            r"crushed|hammered|stunned|stuns|stunning|held off|holds off|holding off|"
            r"saw off|sees off|seeing off|see off|upset|upsets|upsetting|humbled|dumped|bested|"
            r"overcame|overpowered|overwhelmed|outplayed|brushed aside|brushing aside|outlasted|"
            r"eliminated|eliminating|knocked out|dispatched|swept|topped|past|won|win|wins|"
            r"winning|victory|triumph\w*|"
            r"gewann|gewannen|gewinnt|gewonnen|siegte|siegten|sieg|siegt|erfolg|überrollt\w*|"
            r"besiegt\w*|schlug|schlugen|ausgeschaltet|ausschaltete|durchgesetzt|durchsetzte|"
            r"vorführten|vorführte|vorgeführt|"
            r"setzte sich|setzt sich|bezwang|bezwangen|bezwungen|entschieden|triumphierte|"
            r"(?:took|taken|taking) the (?:first|opening|home|away) leg|"
            r"(?:took|taking|takes|tore|tearing|tears|ripped|ripping|rips)"
            r"(?= (?:[\w.'’-]+ ){1,4}?apart\b))\b",
            re.IGNORECASE,
        )
    ),
    "beat|defeat|edg|downed|thrash|rout|demolish|trounc|outclass|crush|hammer|stun|thump|"
    "drubb|wallop|batter|maul|"
    "held off|holds off|holding off|see off|"
    "saw off|sees off|seeing off|upset|humbled|dumped|bested|overcame|overpowered|outlasted|"
    "overwhelmed|outplayed|brushed aside|brushing aside|eliminat|knocked out|dispatched|swept|"
    "topped|past|won|win|victory|triumph|gewann|gewinnt|"
    "gewonnen|sieg|erfolg|überrollt|schlug|ausgeschaltet|ausschaltete|durchgesetzt|durchsetzte|"
    "setzt|bezwang|bezwungen|entschieden|took|taken the|taking|takes|tore|tear|ripp|rips|"
    "vorführt|vorgeführt",
)
"""`having already taken the first leg 2-0`: a leg taken is a leg won; `taking AC Milan
apart 4-0`, `tore Porto apart`: a side taken apart is beaten."""
LOSE = Keyed(
    regrouped(
        re.compile(
            r"\b(?:lost|lose|loses|losing|loss|defeat|fell|falls|"
            r"(?:was|were|been|be|being|is|are|got|getting) beaten|went down|"
            r"verlor\w*|niederlage|pleite|unterlag\w*|kassierte|geschlagen geben)\b",
            re.IGNORECASE,
        )
    ),
    "lost|lose|losing|loss|defeat|fell|falls|beaten|went down|verlor|niederlage|pleite|unterlag|"
    "kassierte|geschlagen geben",
)
_COPULA_THROUGH = (
    r"(?:ebenfalls|auch|ebenso) weiter (?:ist|sind)|(?:ist|sind) ebenfalls weiter(?=\s*[.;])|"
    r"(?:ist|sind) (?:auch |ebenfalls |nun |jetzt )?weiter(?=,? nach\b| dank\b)|"
    r"(?:are|is) (?:also |now )?through(?= after\b| despite\b| thanks to\b)"
)
"""`Ebenfalls weiter ist Aston Villa nach einem 3:0`, `Villa ist ebenfalls weiter.`, `Villa
are also through after a 3-0 win`: a side that is through; not `weiter Tabellenführer`,
`Weiter ist unklar`, `was through on goal`."""
_ADVANCE_KEYS = (
    "advanc|went through|going through|go through|through|knocked out|knocking out|"
    "eliminat|ousted|"
    "durchgesetzt|durchsetzte|ausgeschaltet|ausschaltete|weitergekommen|zog|eliminiert|"
    "rausgeworfen|warf|reach|weiter"
)
ADVANCE = Remembered(
    regrouped(
        re.compile(
            r"\b(?:advanc\w+|went through|going through|go through|through to|knocked out|"
            r"knocking out|"
            r"eliminat\w+|ousted|durchgesetzt|durchsetzte|ausgeschaltet|ausschaltete|"
            r"weitergekommen|zog \w+ ins|eliminiert|rausgeworfen|warf \w+ raus|"
            r"kam(?:en)? (?:gegen|bei|beim) (?:[\w.-]+ ){1,4}?weiter|" + _COPULA_THROUGH + "|"
            r"reach\w* the (?:[\w-]+ ){1,5}?by (?:beating|defeating|overcoming|ousting|"
            r"edging(?: out)?|seeing off))\b",
            re.IGNORECASE,
        )
    ),
    _ADVANCE_KEYS,
)
PENALTIES = Keyed(
    re.compile(
        r"\b(?:on penalties|penalty shootout|shootout|on spot kicks|im elfmeterschießen|"
        r"nach elfmeterschießen|i\.\s?E\.)",
        re.IGNORECASE,
    ),
    "penalt|shootout|spot kicks|elfmeterschießen|i.",
    led=True,
)
FUTURE = Keyed(
    regrouped(
        re.compile(
            r"\b(?:steigt|findet|statt|will|is set|are set|trifft|treffen|face|faces|meet|"
            r"meets)\b",
            re.IGNORECASE,
        )
    ),
    "steigt|findet|statt|will|is set|are set|trifft|treffen|face|meet",
)
"""`The final will be played in May`: a round or fixture ahead."""
SHOOTOUT_LOSS = re.compile(
    r"\b(?:lost|lose|loses|losing|(?:were|was|been|be|are|is|got) beaten|went out|go out|"
    r"goes out|going out|bowed out|fell|went down|verlor\w*|unterlag\w*)"
    r"(?:\s+(?:the\s+)?(?:shoot-?out|penalty shoot-?out|elfmeterschießen))?"
    r"(?:\s+(?:to|against|gegen)\s+[^,.;]{1,40}?)?\s+(?:mit\s+)?$",
    re.IGNORECASE,
)
"""`were beaten 4-2 on penalties`, `lost the shoot-out 4-3`: the side the sentence is
about took the lower number of the shoot-out."""
SHOOTOUT_WIN = re.compile(
    r"\b(?:won|win|wins|winning|took|prevailed|triumphed|edged|advanced|progressed|"
    r"went through|goes through|go through|going through|beat|beats|beating|defeated|"
    r"defeating|overcame|knocked out|eliminated)"
    r"(?:\s+(?:the\s+)?(?:shoot-?out|penalty shoot-?out))?"
    r"(?:\s+(?:(?:over|against)\s+)?(?P<beaten>[^,.;]{1,40}?))?\s+$",
    re.IGNORECASE,
)
"""`won the shootout 3-1`, `beating Porto 5-4 on penalties`: the side the clause is
about took the higher number of the shoot-out; `beaten` is the side named as losing it."""
OTHER_TIE = Keyed(
    re.compile(
        r"\b(?:(?:the|the weekend's|the round's|the night's|the day's) other (?:tie|"
        r"quarter-?final|semi-?final|last-16 tie)|im (?:anderen|zweiten) (?:Halbfinale|"
        r"Viertelfinale|Achtelfinale|Duell)|das andere "
        r"(?:Halbfinale|Viertelfinale|Achtelfinale)|ebenfalls weiter (?:ist|sind)|"
        r"(?:ist|sind) ebenfalls weiter(?=\s*[.;]))\b",
        re.IGNORECASE,
    ),
    "other|andere|zweiten|ebenfalls weiter",
)
"""`in the weekend's other tie`, `im anderen Halbfinale`: a result of the main match's round."""
FIXTURE_AHEAD = Keyed(
    regrouped(
        re.compile(
            r"\b(?:gegner (?:im|in der|ist)|next opponents?|will (?:face|meet|play|host)|"
            r"(?:trifft|treffen) (?:\w+ ){0,10}auf|wartet|warten|awaits?|faces? \w+ next|"
            r"next up|as? (?:next|kommenden?) gegner|empfängt|empfangen die|gastiert|gastieren|"
            r"findet \w+ statt|will (?:host|visit|travel|continue|resume)|(?:spielt|spielen) am|"
            r"will (?:be without|miss|have to do without)|(?:muss|müssen) (?:\w+ ){1,8}verzichten|"
            r"geht es (?:[\w-]+ ){0,12}weiter|geht es (?:[\w-]+ ){0,8}gegen|"
            r"(?:and|who|now|also|then|they) faces? (?!of\b|up\b)(?:\w+ ){1,3}(?:in|at|on))\b",
            re.IGNORECASE,
        )
    ),
    "gegner|next|will|trifft|treffen|warte|await|empf|gastier|findet|spielt am|spielen am|geht es|"
    "face|verzichten",
)
"""`Gegner im Viertelfinale ist am Freitag Spanien, das ...`, `Am Dienstag geht es gegen
Frankreich weiter`, `who ... face Hull City in the final on Saturday`, `will be without
Suárez for Tuesday's semi-final`, `muss am Dienstag auf X verzichten`: a clause telling a
fixture still to come, whose round and day are not
those of a result after it."""
EARLIER = Keyed(
    re.compile(
        r"\b(?:a year ago|last season|last year|im vergangenen jahr|vergangene saison|"
        r"in der (?:vergangenen|vorigen) saison|in der vorsaison|im vorjahr)\b",
        re.IGNORECASE,
    ),
    "year ago|last season|last year|vergangenen jahr|vergangene saison|vergangenen saison|"
    "vorigen saison|vorsaison|vorjahr",
)
YEAR = Keyed(
    re.compile(
        r"\b(?:in|im jahr|of|the|das|die|der|since(?=\s+\d{4},?\s+when\b)|"
        r"seit(?=\s+\d{4},?\s+als\b))\s+(19[5-9]\d|20[0-4]\d)\b(?!\s*[-/]\d)",
        re.IGNORECASE,
    ),
    "19|20",
)
"""`in 2014`, `the 2014 final`, and `since 2014, when they clinched it with a 1-1 draw`
(the clause after `when` tells that year's game; `the first win since 2014` alone does not)."""


def nearest(offset: int, candidates: list[int]) -> int | None:
    """Index of the candidate offset closest to `offset`."""
    if not candidates:
        return None
    return min(range(len(candidates)), key=lambda i: abs(candidates[i] - offset))
