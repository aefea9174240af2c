"""Who did it: the doer of a clause by name, pronoun ("he") or description."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.reports.clauses.scenes import Clause
from bot.reports.goals import cues as goalcues
from bot.reports.goals.backrefs import references
from bot.reports.goals.doerwords import (
    _ABSOLUTE,
    _BY_DOING,
    _BY_DOING_BEFORE,
    _NOT_DOER,
    KEEPER_ENDINGS,
)
from bot.reports.goals.frontedgoal import fronted_phrase_end
from bot.reports.goals.layoff import lays_off
from bot.reports.goals.pairdoers import paired_verb
from bot.reports.goals.partner import combined_with
from bot.reports.goals.setupfor import set_up_for
from bot.reports.goals.shouts import no_person
from bot.reports.goals.supplied import SUPPLIED_DE
from bot.reports.names.cast import Cast
from bot.reports.names.nameobjects import described_object, genitive_attribute
from bot.reports.names.namewords import ROLE_ENDINGS
from bot.reports.names.players import GOAL_NOUN_DE, PERSON_ADJECTIVES, Person

_MARKER = re.compile(
    r"(?:\bby|\bdurch|(?:Tore?|Eigentor|Siegtor|Führungstor|Ausgleichstor|Anschlusstor|"
    r"\b(?!Latten|Pfosten)\w*[Tt]reffer|Doppelpack|Dreierpack|Hattrick|goals?|brace|double|"
    r"hat[- ]trick|"
    r"header|strike|winner|equali[sz]er|opener|came|arrived|penalty|spot[- ]kick|volley|"
    r"free[- ]kick|finish|Elfmeter|Foulelfmeter|Strafstoß|Kopfball)\s+(?:von|of|from)|"
    r"\b(?:first|second|third|fourth|fifth|sixth|another)\s+from)\s+"
    r"(?:substitute\s+|Joker\s+)?$"
)
"""`the winner from X`, `Treffer von X`: X scored (not `Lattentreffer von X`: X hit the bar)."""
_MARKER_ENDS = ("by", "durch", "von", "of", "from", "substitute", "Joker")
_DEFLECTED_SHOT = re.compile(
    r"\babgefälschte[rnm]?\s+(?:\w*[Ss]chuss|Kopfball|Freistoß)\s+(?:von|des)\s+$"
)
"""`brachte ein abgefälschter Schuss von Mercado die Argentinier in Führung`: a deflected
shot is the shooter's goal (a keeper's spill of a shot, `lässt einen Schuss von X
prallen`, is not: another player's rebound follows)."""
_AWARDED = re.compile(
    r"\b(?:won|earned|awarded|given|conceded|gave away|denied|refused|bekam|erhielt|holte)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:penalty|spot[- ]kick|free[- ]kick|Elfmeter|Foulelfmeter|Strafstoß)\s+"
    r"(?:from|von)\s+$",
    re.I,
)
_SUFFERED_BY = re.compile(
    r"(?:\b(?:was|were|been|being|got|getting|is|are|gets|get)\s+"
    r"(?!scored|headed|netted|converted|struck|followed|matched|answered|cancell?ed|"
    r"equall?ed|bettered|topped)"
    r"[a-z]+(?:\s+down)?|\b(?:foul|challenge|tackle|trip|handball))\s+by\s+$"
)
_LED_BY = re.compile(
    r"\b(?:coached|managed|led|trained|owned|captained|trainiert|betreut|angeführt)\s+"
    r"(?:by|von)\s+$"
)
_AFTER_NOT_DOER = re.compile(
    r"^\s*(?:vorbei|'s\s+(?:cutback|pass|cross|shot|corner|free)|(?:had|stood) no chance|"
    r"was (?:helpless|powerless|left helpless)|could do nothing|"
    r"(?:war|blieb) (?:machtlos|chancenlos|ohne (?:Abwehr)?[Cc]hance)|"
    r"hatte keine (?:Abwehr)?[Cc]hance|"
    r"(?:einfach |locker |mühelos )?(?:stehen|aussteigen|alt aussehen)\b|"
    r"(?:for dead|standing|trailing|in his wake)\b)"
)


def _coached(text: str, at: int) -> bool:
    near = text[max(0, at - 40) : at]
    return ("ed by" in near or "t vo" in near) and _COACHED.search(near) is not None


_COACHED = re.compile(
    r"(?:(?:trainiert|gecoacht|betreut) vo[nm]|(?:coached|managed) by)\s+(?:[\w-]+\s+){0,2}$"
)
"""`Monterrey, trainiert vom erfahrenen Vucetich, ... schlug einmal zu`: the coach a side
is told with is not who scored for it."""
"""`and Pickford had no chance`, `Neuer war machtlos`: the beaten keeper is no doer; nor
is the defender left standing (`ließ Ljungberg John Terry stehen`, `left Terry for dead`)."""
SUPPLIED = re.compile(
    r"\s+(?:cross|corner|pass|free[- ]kick|through[- ]ball|cut-?back|delivery|lay-?off|"
    r"knock-?down|flick-?on)\b"
)
"""`a David Beckham corner`, `from a Sergi Roberto cross`: the name of one who supplied the
ball, told before the noun, is neither the doer nor whom a later `he` means."""
_DEFLECTED = re.compile(
    r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:shot|effort|drive|strike|header|cross)\s+"
    r"(?:struck|hit|clipped|deflected off|took a deflection off|glanced off|bounced off|"
    r"ricocheted off|cannoned off|flicked off)\s+[A-Z]"
)
"""`Loftus-Cheek's shot struck Kane on the heel and flew in`: a shot turned in off another
player may be that player's goal, so the one who shot is not taken as the scorer."""
_GOAL_NOUN = re.compile(
    r"^(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:goal|(?:two|three|both) goals|strike|header|"
    r"penalty|spot[- ]kick|effort|shot|finish|volley|drive|curler|chip|lob|tap-in|"
    r"free[- ]kick|equali[sz]er|winner|opener|brace|double|hat[- ]trick)\b|"
    r"^(?:'s|’s)\s+(?:late |early |own |belated )?(?:reply|consolation)\s+"
    r"(?:came|arrived)\b|"
    r"^(?:'s|’s)\s+(?:first|second|third|fourth|fifth)(?:\s+of the (?:night|game|match|day|"
    r"evening|afternoon))?,?\s+(?:came|arrived|followed)\b|"
    r"^s" + GOAL_NOUN_DE
)
_FRONTED = re.compile(
    r"\s*(?:[Nn]ach|[Aa]fter|[Ff]ollowing)\s+(?:[\w-]+\s+){1,4}?(?:von|of|from)\s+$"
)
TIMED_INVERSION = re.compile(
    r"\s*(?:(?:[Bb]ereits|[Ss]chon|[Dd]ann|[Dd]och|[Uu]nd)\s+)?"
    r"(?:[Ii]n der \d{1,3}\.(?:\s*Minute)?|[Nn]ach \S+ Minuten|\S+ Minuten (?:später|danach|"
    r"darauf|vor dem (?:Ende|Abpfiff|Schlusspfiff)|nach (?:der Pause|dem Seitenwechsel))|"
    r"[Kk]urz (?:darauf|danach|vor der Pause|nach der Pause|vor Schluss|vor dem Ende))"
    r"\s+(?!(?:er|sie|es|man|der|die|das|den|dem)\s)[a-zäöüß]+\s+(?:sich\s+)?$"
)
"""`In der 41. Minute setzte sich Luan ... durch`, `Bereits in der 5. Minute ließ Sancho
zwei Leipziger aussteigen`: after a time that opens the clause and its verb (and `sich`)
the first name is the inverted subject, whatever the verb."""
_INVERTING_VERBS = frozenset(
    """kam war hatte hat stand traf köpfte schoss schob legte erhöhte verkürzte glich sorgte machte
    brachte erzielte markierte gelang nutzte vollendete verwandelte staubte netzte lupfte
    chippte spitzelte bugsierte drückte schlenzte zirkelte""".split()
)
_FINISHING_VERBS = _INVERTING_VERBS - frozenset(
    "kam war hatte hat stand legte sorgte machte brachte gelang nutzte".split()
)
"""`... und Maguire köpfte den Siegtreffer`: a capitalised word after `und` and before one
of these verbs is its subject, a name (a German noun there would have its article)."""
SUBJECT_WORDS = 4


@dataclass
class Candidate:
    start: int
    end: int
    name: str | None
    eligible: bool = True
    marked: bool = False
    fronted: bool = False


def candidates(cast: Cast, clause: Clause) -> list[Candidate]:
    """Names and references in a clause, in text order, each marked if it may be the doer."""
    text = cast.doc.text
    lang = cast.doc.lang
    found: list[Candidate] = []
    for person in cast.within(clause.start, clause.end):
        if no_person(text, person):
            continue
        after = text[person.end : person.end + 30]
        eligible = person.before not in _NOT_DOER and not _AFTER_NOT_DOER.match(after)
        if eligible and person.before in _BY_DOING:
            near = max(0, person.start - 20)
            eligible = _BY_DOING_BEFORE.search(text, near, person.start) is None
        eligible = eligible and not SUPPLIED.match(after) and not _wrong_way(person, text)
        eligible = eligible and not ("hand" in after and _HANDLED.match(after))
        if not eligible and person.before in _ABSOLUTE and _doing(after, lang):
            eligible = not combined_with(text, person.start)
        if not eligible and person.before == "for" and after.startswith(" to "):
            eligible = _doing(after[4:], lang)
        if person.before.endswith(KEEPER_ENDINGS):
            eligible = bool(_OWN_NET_AFTER.match(text, person.end))
        eligible = eligible and not cast.team_word(person)
        if person.possessive:
            eligible = person.before not in _STOPPED and bool(_GOAL_NOUN.match(after))
            eligible = eligible and not cast.team_word(person)
            eligible = eligible and not _DEFLECTED.match(text, person.end, person.end + 60)
        if person.before == "the" and " " not in person.name:
            eligible = False
        if eligible and lang == "de" and not cast.familiar(person):
            eligible = len(text[clause.start : person.start].split()) <= 1 or (
                person.before in PERSON_ADJECTIVES or person.before in _INVERTING_VERBS
            )
            if not eligible and person.before in ("und", "aber", "doch", "dann"):
                following = text[person.end : person.end + 20].split()
                eligible = bool(following) and following[0] in _FINISHING_VERBS
        if lang == "de" and not eligible and not found and person.before.isalpha():
            eligible = _timed_inversion(text, clause.start, person)
        eligible = eligible and not _role_object(text, person)
        if lang == "de" and eligible and genitive_attribute(text, person.start):
            eligible = False
        eligible = eligible and not described_object(text, person.start)
        eligible = eligible and not _coached(text, person.start)
        lead = text[max(clause.start, person.start - 60) : person.start]
        # `_MARKER`, `_SUFFERED_BY` and `_LED_BY` end on a word and white space
        last = lead.rstrip() if lead[-1:].isspace() else ""
        marked = last.endswith(_MARKER_ENDS) and (
            bool(_MARKER.search(lead[-24:])) or bool(_DEFLECTED_SHOT.search(lead))
        )
        fronted = marked and bool(_FRONTED.match(text, clause.start, person.start))
        if marked and (_AWARDED.search(lead) or (person.possessive and not eligible)):
            marked = False
        if last.endswith("by") and _SUFFERED_BY.search(lead[-40:]):
            marked = eligible = False
        if last.endswith(("by", "von")) and _LED_BY.search(lead[-30:]):
            marked = eligible = False
        if last.endswith("through") and _THROUGH.search(lead) and not person.possessive:
            marked = True  # `they doubled the lead through Greenwood`
        if last.endswith(("up", "for")) and set_up_for(text, person.start, person.end):
            marked = True  # `Hazard set up Pedro for the second`, `for Gallas to head in`
        found.append(
            Candidate(person.start, person.end, person.name, eligible or marked, marked, fronted)
        )
    for start, end in references(clause.text, cast.doc.lang):
        after = clause.start + end  # `seine Hereingabe verwertete X`: the supplier
        supplier = SUPPLIED.match(text, after) or SUPPLIED_DE.match(text, after)
        found.append(Candidate(clause.start + start, after, None, supplier is None))
    found.sort(key=lambda c: c.start)
    for c in found:
        c.eligible = c.eligible and not lays_off(text, c.end)
    front = fronted_phrase_end(text, clause.start, clause.end, lang)
    if front is not None and any(c.start >= front and c.eligible for c in found):
        for c in found:
            if c.start < front:
                c.eligible = c.marked = False
    return found


def _timed_inversion(text: str, start: int, person: Person) -> bool:
    """The inverted subject after a time and its verb: one word, or a longer name the text
    uses elsewhere too (not `Musiala Nübel`, subject and object run together)."""
    if not TIMED_INVERSION.match(text, start, person.start):
        return False
    return " " not in person.name or text.count(person.name) > 1


def _doing(after: str, lang: str) -> bool:
    """ "with Vinicius scoring ...": the name is followed at once by a goal verb (not
    "with Giroud and finished", where the verb is the subject's)."""
    verb = paired_verb(after)  # `with X and Y scoring`: both are doers
    if verb:
        return goalcues.GOAL[lang].search(verb) is not None
    words = after.split()[:2]
    if words and words[0].lower() in ("and", "und"):
        return False
    return bool(words) and goalcues.GOAL[lang].search(" ".join(words)) is not None


def pick(found: list[Candidate], cue_at: int) -> Candidate | None:
    """The doer: a `by X` name, else the nearest one before the verb, else the first after."""
    usable = [c for c in found if c.eligible]
    marked = [c for c in usable if c.marked and not _outranked(c, usable, cue_at)]
    if marked:
        return marked[0]
    before = [c for c in usable if c.start < cue_at]
    if before:
        return before[-1]
    return usable[0] if usable else None


def _outranked(marked: Candidate, usable: list[Candidate], cue_at: int) -> bool:
    """ "Nach einem missglückten Kopfball von X lief Y allein auf das Tor zu und schob ein":
    a header by X in a phrase that opens the clause came before the goal; the name after
    it, before the goal verb, is the scorer's."""
    return marked.fronted and any(not c.marked and marked.end <= c.start < cue_at for c in usable)


def _role_object(text: str, person: Person) -> bool:
    """ "grätschte den Ball vor Verteidiger X über die Linie": a role word between a
    preposition and the name makes the name that preposition's object, not the doer."""
    if not person.before.endswith(ROLE_ENDINGS):
        return False
    words = text[max(0, person.start - 60) : person.start].split()
    if len(words) < 2 or words[-2].lower() not in _NOT_DOER:
        return False
    return not _MARKER.search(" ".join(words[-4:-1]) + " ")


_THROUGH = re.compile(
    r"\b(?:lead|ahead|front|level|levell?ed|equali[sz]ed|it|advantage|back|deficit|one|"
    r"replied|responded)\s+(?:[\w-]+\s+){0,4}?through\s+$"
)
"""`they extended it on the night through Nilsson`, `went ahead through X`: the side's goal
told with `through` and a name: that player scored it, whatever pronoun came before."""
_OWN_NET_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,5}?(?:into|in|ins)\s+(?:his|her|their|the)?\s*"
    r"(?:own|eigene)\s+(?:net|goal|Tor|Netz|Kasten)\b"
)
"""`Villa's goalkeeper Mark Bunn turned the fourth into his own net`: a keeper named after
his role word is otherwise the one beaten, but here the subject of his own goal."""
_HANDLED = re.compile(r"\s+(?:handled|handballed)\b")
_STOPPED = frozenset(("handled", "blocked", "saved", "parried", "cleared", "stopped"))
"""`Dossena handled Ivanovic's header in the area`: neither the one who handled nor the
one whose header he stopped scored."""
_SENT = frozenset(("sent", "sends", "send", "sending", "schickte", "schickt", "schickten"))
_WRONG_WAY = re.compile(r"\s+(?:the wrong way|(?:[\w.-]+\s+){0,3}?in die falsche Ecke)\b")


def _wrong_way(person, text: str) -> bool:
    """`Kane sent Kobel the wrong way`, `schickte Kobel in die falsche Ecke`: the keeper
    the penalty taker sent the wrong way is no doer."""
    return person.before in _SENT and bool(_WRONG_WAY.match(text, person.end))
