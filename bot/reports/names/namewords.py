"""Word lists that tell names from other capitalised words, in both languages."""

from __future__ import annotations

PARTICLES = frozenset("de da di van von der den ter ten dos das del la le du".split())
GERMAN_WORDS = frozenset("von der den das la le da".split())
DEMONYMS_EN = frozenset(
    """brazilian belgian dutch french spanish german english argentine argentinian
    portuguese italian croatian serbian polish danish swedish norwegian austrian swiss
    turkish russian ukrainian japanese korean american mexican colombian uruguayan
    chilean egyptian senegalese ivorian ghanaian nigerian cameroonian moroccan algerian
    scottish welsh irish hungarian czech slovak slovenian georgian canadian venezuelan
    peruvian ecuadorian paraguayan australian spaniard dane swede scot englishman
    frenchman dutchman croat serb pole brazilians european african asian""".split()
)
DEMONYMS_DE = frozenset(
    """spanier schweizer franzose brasilianer argentinier niederländer holländer engländer
    belgier italiener portugiese pole kroate serbe däne schwede norweger österreicher
    türke russe ukrainer japaner koreaner amerikaner us-amerikaner mexikaner kolumbianer
    uruguayer chilene ägypter senegalese ivorer ghanaer nigerianer kameruner marokkaner
    algerier schotte waliser ire ungar tscheche slowake slowene georgier kanadier
    venezolaner peruaner ecuadorianer paraguayer australier deutsche""".split()
)
DEMONYMS = {"en": DEMONYMS_EN, "de": DEMONYMS_DE}
LEADING_PARTICLES = frozenset("de di van ter ten dos del".split())
STOP = frozenset(
    """the a an in at on with after before then but and his her its their he she it they we
    i that this those these when while as for from by to of so yet even only still both no
    not maybe also meanwhile however instead despite following although though if once since until
    down up inside outside ahead here there now later earlier what who why how where nobody none
    neither nothing one two three four five six seven eight nine ten
    everyone several many most all each every some captain substitute coach manager
    goalkeeper keeper defender midfielder striker forward winger referee midfield
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december feb jan aug sept oct nov dec
    champions league europa cup world club final liga bundesliga premier mls concacaf uefa
    fifa var ballon or conference super copa pokal dfb game games stadium arena park
    reuters agencies
    der die das den dem des ein eine einen einem einer im am beim zum zur vom ins mit nach
    vor bei gegen für durch doch aber dann danach damit dort da als auch noch schon erst nur
    kurz lange bereits immerhin zwar denn es er sie wir ihr sein seine ihre dieser diese
    dieses nun jetzt heute gestern trainer torhüter torwart kapitän schiedsrichter stürmer
    angreifer verteidiger mittelfeldspieler joker halbzeit pause minute minuten tor tore
    treffer führung ausgleich elfmeter strafstoß foulelfmeter eigentor rot gelb karte ball
    netz kopf fuß schuss flanke ecke pfosten latte nachspielzeit verlängerung
    elfmeterschießen hinspiel rückspiel finale halbfinale viertelfinale achtelfinale
    spiel partie sieg niederlage gäste gastgeber mannschaft team während wegen trotz seit
    bis um über unter zwischen ohne gegenüber dank wie wo was wer ob wenn weil dass zu von
    an auf aus schließlich letztlich zunächst anschließend plötzlich endlich wieder
    erneut allerdings jedoch somit also damals zuvor später vorher insgesamt gar
    innerhalb außerhalb binnen
    tore platzverweise platzverweis zuschauer gelbe rote spielverlauf aufstellung
    nein ja stattdessen trotzdem dennoch zudem außerdem daraufhin dabei dadurch deshalb
    direkt gleich früh spät unmittelbar knapp mitten genau
    deswegen darum folglich tatsächlich jedenfalls yes instead still anyway moments
    video videobeweis assistent abseits gelb-rot gelb-rote ausgerechnet sogar ebenfalls
    natürlich ironically fittingly naturally sicht perspektive
    viele einige manche alle wenige andere beide keiner keine jeder jede mehrere etliche
    zahlreiche niemand jemand
    zuerst anfangs erstmals zweitens drittens zuletzt sodann kurzerhand prompt sofort
    postwendend kaum firstly secondly initially first soon eventually finally afterwards
    hinterher abermals nochmals""".split()
)
ROLE_ENDINGS = (
    "trainer",
    "torhüter",
    "torwart",
    "keeper",
    "kapitän",
    "stürmer",
    "spieler",
    "verteidiger",
    "schiedsrichter",
    "coach",
    "profi",
    "joker",
    "captain",
    "manager",
    "striker",
    "midfielder",
    "defender",
    "forward",
    "winger",
    "substitute",
    "referee",
    "meister",
    "star",
    "talent",
    "youngster",
    "routinier",
    "angreifer",
    "neuzugang",
    "kollege",
)
NOUN_ENDINGS = (
    "ung",
    "heit",
    "keit",
    "schaft",
    "tion",
    "tät",
    "chen",
    "nis",
    "ismus",
    "ment",
    "tor",
    "treffer",
    "schuss",
    "ball",
    "spiel",
    "zeit",
    "pause",
    "minute",
    "elfmeter",
    "stoß",
    "karte",
    "linie",
    "raum",
    "flanke",
    "netz",
    "vorlage",
    "pass",
    "seite",
    "hälfte",
    "wechsel",
    "stadion",
    "abend",
    "nacht",
    "sieg",
    "stand",
    "runde",
    "finale",
    "wettbewerb",
)
DETERMINERS = frozenset(
    """der die das dem den des ein eine einem einen einer eines im ins am ans zum zur vom
    beim aufs seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer kein keine
    keinem keinen dieser diese diesem diesen dieses jeder jede jedem jeden per mit
    unser unsere""".split()
)
JOINERS = frozenset(
    """und oder sondern beide beiden nachdem ehe bevor obwohl sobald sodass or either
    neither under over against without within between""".split()
)
"""Capitalised only at a sentence start ("Und als ...", "Per Kopf ...", "Under Klopp"):
never a name alone, and dropped from the front of a name run ("Und Müller traf")."""
NEVER_ALONE = JOINERS | {"per"}
"""Also "Per" ("Per Kopf traf ..."), which may still open a name ("Per Mertesacker")."""
COACHS_TEAM_DE = frozenset("Elf Mannschaft Team Truppe Auswahl Schützlinge Equipe".split())
"""`Diego Simeones Elf`: a name in the genitive before one of these names a coach's team,
not a person."""
