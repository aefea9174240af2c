"""Goal, penalty, own-goal, miss and card vocabulary shared by goals and cards."""

from __future__ import annotations

import re

from bot.reports.goals.awayrule import AWAY_RULE, AWAY_RULE_KEYS
from bot.reports.goals.drovehome import KEYS as POWERED_KEYS
from bot.reports.goals.drovehome import POWERED_HOME
from bot.reports.goals.finishcues import FINISH_CUES_EN
from bot.reports.goals.layoff import LAID_OFF_DE, LAID_OFF_EN
from bot.reports.goals.leadgrew import KEYS as LEAD_KEYS
from bot.reports.goals.leadgrew import LEAD_GREW, NOUN_FROM, NOUN_KEYS
from bot.reports.goals.setupfor import CUES as SET_UP_CUES
from bot.reports.patterns.keyed import Keyed

GOAL_KEYS = {
    "en": "scor|goal|head|nett|nets|finish|convert|equali|made it|make it|making it|lead|"
    "opened|tap|fired|lash|slott|poke|turned|own |penalty|spot|free kick|free-kick|hat|brace|"
    "a double|struck|"
    "drove|volley|curled|chipped|rifled|smashed|bundled|gave |put |pulled|doubled|added |"
    " by|sent |beat |net|minute|past|'s|’s|nodded|tucked|slid|scrambled|flicked|steered|"
    "guided|glanced|prodded|stabbed|side-footed|whipped|lobbed|blasted|drilled|restored|swept|"
    "regained|deficit|sealed|won it|leveled|levelled|tied|mistake|winner|back|corner|empty|"
    "deadlock|struck|equali|opener|found the|came|arrived|followed|front through|"
    "open net|dinked|squeezed|replied|responded|hit back|drew level|set up|teed up|level|to ",
    "de": "treffer|brauchte|traf|trifft|getroffen|tor|netz|erzielte|köpf|schob|schieb|staubte|"
    "vollendete|verwandelte|erhöhte|glich|ausgleich|anschluss|:|führung|strafstoß|elfmeter|"
    "netzte|markierte|linie|doppel|erfolgreich|zur stelle|hämmerte|jagte|punkt|eröffnete|"
    "torreigen|schloss|einschoss|versenkte|verwertete|nickte|legte|verkürzte|schlusspunkt|"
    "endstand|sorgte|abstauber|eck|maschen|latte|erlöste|entschied|schoss|deckel|alles klar|"
    "vollstreckte|front|lupfte|chippte|spitzelte|bugsierte|schlenzte|zirkelte|"
    "belohnte|drehte|kasten|keine chance|keine abwehrchance|ausgeglichen|zweite|dritte|vierte|"
    "torschützenliste|schlug|schlägt|landete",
}
GOAL = {
    "en": re.compile(
        r"\b(?:scor(?:e|ed|es|ing)\b(?!board)|"
        r"(?<!back to )(?<!backs to )(?<!back to the )"
        r"goals?\b(?!keeper|post|line|-line|kick| (?:up|down|ahead|behind)\b)|"
        r"headers?\b|headed\b" + LAID_OFF_EN + r"|head(?:s|ed)? (?:in|home)|netted|nets\b|"
        r"(?<!looked )(?<!looks )(?<!seemed )(?<!seems )(?<!appeared )"
        r"(?<!his )(?<!her )(?<!their )(?<!the )(?<!poor )finish(?:ed|es|ing)\b|"
        r"convert(?:ed|s|ing)\b|(?<=\bto )convert\b|"
        r"equali[sz](?:ed|er|es|ing)|made it \d|make it \d|"
        r"making it \d|\d-\d lead|opened the scoring|tapped (?:in|home)|tap-in|"
        r"fir(?:ed|es|ing) (?:in|home|past)|lash(?:ed|es|ing)|"
        r"complet(?:ed|es|ing) (?:the|his) (?:rout|comeback|scoring|hat[- ]trick|turnaround)|"
        r"slotted|poked|poke\b|turned (?:the ball |it )?(?:in|home)\b|" + FINISH_CUES_EN + r"|"
        r"own net|own goal|penalty kick|spot[- ]kick|penalty spot|from the spot|"
        r"(?<!\bfrom a )(?<!\bfrom a long )(?<!\bafter a )(?<!\bfrom an early )free kick|"
        r"(?<!scorer of a )(?<!scorer of the )(?:hat[- ]trick|brace\b)|a double from\b|"
        r"struck (?:again|twice|home)|drove\b.{0,40}\bpast|"
        r"(?:hit|struck|smashed|curled|drilled|placed|rolled|steered|sent|lashed|rifled) "
        r"(?:a|an|his) (?:[\w-]+ ){0,3}?(?:shot|strike|effort|drive|volley|finish) "
        r"past\b(?! the (?:near |far )?(?:post|upright|bar|crossbar))|"
        r"(?:head|heads|headed|nod|nods|nodded) (?:the ball |it )?past\b"
        r"(?! the (?:near |far )?(?:post|upright|bar|crossbar))|"
        r"(?:when|as|before|after|until) (?-i:[A-Z][\w'’-]+ ){1,3}struck\b(?! (?:the|a|an|his|off|"
        r"against|down|up|by|out)\b)|"
        r"volleyed|curled (?:in|home)|chipped (?:in|home)|rifled|smashed|bundled|"
        r"(?:gave|given|giving|gives) (?:[\w'’]+ ){1,3}(?:a|an|the) (?:\d-\d )?"
        r"(?:lead|start|advantage)|"
        r"(?:put|curled|fired|headed|nodded|shot|volleyed|drilled|poked|slotted|swept) "
        r"(?:[\w'’]+ ){1,3}(?:ahead|in front|up \d-\d|\d-\d up)|pulled one back|doubled the lead|"
        r"added (?:the|a|another|one|two|his|her|their)\b(?! (?:time|minutes))|"
        r"(?:first|second|third|last|latest|final|winning|opening) (?:of them |one |goal )?by\b|"
        r"put the (?:match|game) away|sent (?:his|the) (?:spot kick|penalty|shot)|"
        r"beat \w+(?: \w+)? (?:inside|at) the (?:far|near) post|into the net|in the net|"
        r"beat (?-i:[A-Z]\w+ ){1,2}with (?:a|an|his) (?:[\w-]+ ){0,2}"
        r"(?:shot|strike|drive|volley|finish)\b|"
        r"into the (?:top |bottom |far |near |empty |lower |upper )?(?:left |right )?corner|"
        r"into (?:an|the) (?:empty|open|unguarded|gaping) (?:net|goal)\b|"
        r"into the (?:roof|back|bottom|top|side|corner) of the (?:net|goal)\b|"
        r"(?:needed|took) (?:only |just )?\w+ (?:minutes?|seconds) to|"
        r"(?:forc|bundl|squeez)(?:ed|es) (?:the ball |it )?(?:in|home|over the line)\b|"
        r"(?:nodded|tucked|slid|scrambled|flicked|steered|guided|glanced|prodded|stabbed|"
        r"side-footed|whipped) (?:\w+ )?(?:in|home|away)\b|lobbed|blasted|drilled|"
        r"(?:restored|regained) (?:the|their|its|his team's) (?:lead|advantage)|"
        r"(?:lifted|chipped|dinked|clipped|scooped|lobbed|floated) (?:it|the ball|his shot) "
        r"over (?:the )?(?:[\w-]+ )?(?:goalkeeper|keeper)\b(?! (?:but|and) (?:hit|struck|"
        r"rattled|clipped) the (?:post|bar|crossbar|woodwork))|"
        r"(?:cut|halved|reduced) the deficit|found the (?:back of the )?net|"
        r"hit the back of the net|sealed (?:it|the win|the victory)|won it\b|"
        r"head(?:ing|s|ed)? (?:it |the ball )?(?:in|home)\b|made no mistake|"
        r"(?:headed|fired|struck|scored|got|grabbed|netted|hit|snatched|produced|smashed|"
        r"slotted|curled|drilled|poked|tapped|volleyed|added) (?:the|a|an)(?: [\w-]+){0,2} "
        r"(?:winner|equali[sz]er|opener)\b|(?:broke|broken|breaks|breaking) the deadlock|"
        r"(?:replied|responded|hit back) (?:in|on) the (?:\d{1,3}(?:st|nd|rd|th)|"
        r"(?!first\b|second\b)[a-z]+(?:-[a-z]+)?(?:st|nd|rd|th))\b"
        r"(?! (?:half|round|leg|game|match|period|tier|place))|"
        r"(?<!was )(?<!were )(?<!been )(?<!being )struck "
        r"(?=(?:in|on|after|early|late|first|just|shortly|moments|again)\b)|"
        r"found the (?:far |near |bottom |top )?(?:left |right )?(?:corner|net)\b|"
        r"(?:winner|winning goal|equali[sz]er|opener|decider) (?:came|arrived|fell)\b|"
        r"\b(?:his|her|their|(?-i:[A-Z])[\w'’-]+['’]s) (?:first|second|third|fourth|fifth) "
        r"(?:goal |of the (?:night|game|match|day|evening|afternoon),? )?"
        r"(?:came|arrived|followed)\b|"
        r"pulled (?:a goal|one) back|doubled (?:the|their|his team's|its) (?:lead|advantage)|"
        + SET_UP_CUES
        + r"|"
        r"doubled it\b|"
        r"(?:leveled|levelled|tied) (?:it|the score|the game|the match|for|the series|the tie|"
        r"things|matters|"
        r"the aggregate)\b|drew level|"
        r"(?:were|was|got|pulled) level\b(?=[^.;]{0,40}?\bthrough (?-i:[A-Z]))|"
        r"level(?:l)?ed(?=\s+(?:in|on|for|after|through|just|early|"
        r"late|shortly|soon|midway|moments|again)\b|\s*[,.;])|"
        r"(?:'s|’s) (?:[\w-]+ ){0,2}?(?:penalty|spot[- ]kick|strike|header|effort|finish|volley|"
        r"free[- ]kick|equali[sz]er|winner|opener)\b|"
        r"\b(?:a|an) (?-i:[A-Z][\w'’-]+ ){1,3}(?:penalty|header|strike|volley|free[- ]kick)\b"
        r"(?! (?:was|had been|is|were) (?:saved|blocked|denied|disallowed|ruled out))|"
        r"(?:'s|’s|\bwhose) (?:[\w-]+ ){0,2}?(?:shot|drive|low drive|long-range shot|header|"
        r"strike|volley|effort)\b[^,;.]{0,50}?"
        r"\b(?:beat|flew past|flew into|went in|found the net|crept in|nestled)\b"
        r"(?! the (?:wall|offside|first))|"
        r"(?:fired|drove|struck|rifled|curled|placed|slotted|stroked|smashed|sent|steered|"
        r"glanced|headed|nodded|guided|lifted|chipped|lobbed|volleyed|tucked|poked|prodded|"
        r"swept|rolled|clipped|bent|hammered|thumped|lashed|side-footed|slid|drilled|dinked|"
        r"squeezed)\b"
        r"[^,;]{0,40}\bpast\b|hooked (?:the ball |it |a (?:[\w-]+ )?(?:shot|volley|finish) )?"
        r"(?:past|home|into the (?:net|corner))\b)",
        re.I,
    ),
    "de": re.compile(
        r"(?:\b\w*[Tt]reffer\w*|\bbrauchten? (?:nur |gerade )?\w+ (?:Minuten|Sekunden))|"
        r"\b(?:traf(?:en)?\b|trifft|getroffen|(?<!Rücken zum )\w*[Tt]ore?\b(?!hüter|wart|schuss)|"
        r"Toren\b|ins Netz|ins Tor|eigene[ns]? (?:Tor|Netz|Kasten)|Eigentor|erzielte\w*|"
        r"köpfte" + LAID_OFF_DE + r"|geköpft|"
        r"einköpfte|schob\b|einschob|einschieben|einzuschieben|einköpfen|einzuköpfen|staubte|vollendete|verwandelte|"
        r"erhöhte(?!\s+(?:\w+\s+)?(?:das Tempo|den Druck|die Schlagzahl))|glich\b|ausglich\b|"
        r"Ausgleich\w*|(?<!war )(?<!verlief )(?<!sehr )ausgeglichen\b|Anschluss\w*|"
        r"(?:zum|zur|fürs|auf|das|stand es) \d:\d|"
        r"\d:\d-\w*(?:[Ff]ührung|[Pp]ausenstand|[Ee]ndstand)|Führung\b|Strafstoß|Foulelfmeter|"
        r"Handelfmeter|netzte|markierte|über die Linie|doppelt\b|Doppelpack|erfolgreich|"
        r"vollstreckte|in Front\b|"
        r"belohnte\b|drehte\b(?:\s+[\w-]+){0,3}?\s+(?:die Partie|das Spiel)\b(?!\s+(?:nicht|kaum))|"
        r"war\b(?:\s+[A-ZÄÖÜ][\w'’-]+){0,3}(?:\s+(?:im (?:Strafraum|Fünfmeterraum|Sechzehner)|"
        r"am (?:langen |kurzen |zweiten )?Pfosten|vor dem (?:leeren )?Tor))?\s+zur Stelle|"
        r"lupfte|chippte|spitzelte|bugsierte|schlenzte|zirkelte|"
        r"hämmerte|jagte\b.{0,40}\bins\b|vom Punkt|eröffnete|Torreigen|"
        r"schloss\b.{0,50}\bab\b|abschloss|einnetzte|einschoss|versenkte|verwertete|nickte|"
        r"legte\b(?:.{0,30}\bnach\b(?!\s+(?:rechts|links|innen|außen|vorn|vorne|hinten)\b)|(?:[^.;:]|(?<=\d)\.){0,90}?\bnach(?=\s*(?:[,.;(]|$)))|"
        r"nachlegte|verkürzte|Schlusspunkt|Endstand|Abstauber|"
        r"in die Torschützenliste|"
        r"(?:schlug|schlägt|landete)\b[^.;:]{0,40}?\b(?:im|ins) (?:\w+ )?(?:Eck|Netz|Tor|Winkel|"
        r"Kreuzeck)\b(?:\s+ein\b)?|"
        r"\b(?:[Ss]ein|[Ii]hr)e?[rs]? (?:zweite|dritte|vierte)[rs]? (?:fiel|folgte|kam)\b|"
        r"ins (?:lange |kurze |linke |rechte )?Eck|in die Maschen|unter die Latte|"
        r"sorgte\w*\b.{0,30}\bfür (?:das|die|den) (?:\d:\d|Entscheidung|Führung|Ausgleich)|"
        r"für (?:das|die|den) (?:\d:\d|Entscheidung|Führung|Ausgleich)\w*\b.{0,20}\b"
        r"(?:sorgte|gesorgt)|erlöste\b|entschied\b.{0,30}\b(?:Partie|Spiel|Finale)|"
        r"schoss\b.{0,40}\b(?:ein\b|zum Sieg|in Führung)|"
        r"machte\b(?:[^.;]|(?<=\d)\.){0,60}\b(?:alles klar|den Deckel drauf)|"
        r"ließ\b(?:\s+[A-ZÄÖÜ][\w'’-]+){1,3}\s+(?:in der \d{1,3}\. Minute\s+)?"
        r"keine (?:Chance|Abwehrchance))"
    ),
}
KEEPER_GOAL = re.compile(
    r"\b(?:in|into|at|from|between|on|toward|towards) (?:the |his |its )?"
    r"(?!own\b)(?!(?<=into the )(?:empty|open|unguarded|gaping) goal\b)"
    r"(?:[\w-]+ )?goal\b|"
    r"\b(?:his|her|their) (?:side|team|club)['’]s (?:[\w-]+ )?(?:own )?goals?\b|"  # the side's
    r"\b(?:Eigentor|Gegentor|Tor|Treffer)\w* (?:(?:seiner|ihrer) (?:Mannschaft|Elf)|"
    r"(?:seines|ihres) (?:Teams|Klubs|Vereins))\b",
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
        r"Strafstoß|Foulelfmeter|Handelfmeter|Elfmeter(?!schie)|\bFE\b|vom Punkt|auf den Punkt"
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
        r"wide of|over the bar|off the line|kept out|parried|failed to|could not|couldn't|"
        r"past the (?:near |far )?(?:post|upright)|"
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
MULTIPLE = {
    "en": re.compile(
        r"\b(?:(?P<two>twice|two (?:(?-i:[A-Z][\w'’-]+ ){1,3})?(?:goals|headers|strikes|penalties)|"
        r"a brace|a double|both goals)|"
        r"(?P<three>hat[- ]trick|three (?:(?-i:[A-Z][\w'’-]+ ){1,3})?(?:goals|headers|strikes)|"
        r"three times))\b",
        re.I,
    ),
    "de": re.compile(
        r"\b(?:(?P<two>doppelt|zwei Tore\w*|zwei Treffer\w*|zwei Kopfb[aä]ll\w*|zweimal|"
        r"Doppelpack|beide Tore|beide Treffer)|"
        r"(?P<three>dreimal|drei Tore\w*|drei Treffer\w*|"
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
_DIGIT_PAIR = re.compile(r"\d\s?[:-]\s?\d")


def running_score(text: str) -> tuple[int, int] | None:
    """The running score a goal clause states ("zum 2:1", "made it 3-1"), if exactly one."""
    if not _DIGIT_PAIR.search(text):
        return None
    found = list(SCORE_AFTER.finditer(text))
    if len(found) != 1:
        return None
    groups = [g for g in found[0].groups() if g is not None]
    return int(groups[0]), int(groups[1])


GOAL["en"] = re.compile("|".join((GOAL["en"].pattern, POWERED_HOME, LEAD_GREW, NOUN_FROM)), re.I)
GOAL_KEYS["en"] += "|" + "|".join((POWERED_KEYS, LEAD_KEYS, NOUN_KEYS))
GOAL = {lang: Keyed(pattern, GOAL_KEYS[lang], starts=True) for lang, pattern in GOAL.items()}
MISS = {
    "en": Keyed(
        MISS["en"],
        "save|miss|post|upright|bar|woodwork|denied|blocked|cleared|wide of|off the line|"
        "kept out|parried|"
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
KEEPER_GOAL = Keyed(KEEPER_GOAL, f"goal|seiner|ihrer|seines|ihres|{AWAY_RULE_KEYS}")
OTHER_EVENT = Keyed(
    re.compile(
        r"\b(?:red card|sent off|yellow|booked|dismissed|injur\w*|came off|went off|limped|"
        r"came on|brought on|replaced|substitut(?:ed|ion|ions|ing)\b|Karte|Rot\b|Gelb|verwarnt|"
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
PENALTY["de"] = Keyed(PENALTY["de"], "Strafstoß|elfmeter|Elfmeter|FE|Punkt", cased=True)
OWN_GOAL["de"] = Keyed(OWN_GOAL["de"], "Eigentor|eigene|ET", cased=True)
