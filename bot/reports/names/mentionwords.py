"""Words that tell a team's name from what stands beside it: function words, role
nouns and calendar words before a capital (no person's first name), and the
prepositions and articles that govern a name."""

from __future__ import annotations

_FUNCTION = frozenset(
    "the a an in at on for when but and after before with then as against both by "
    "from to of if while though although so yet or nor since until under over "
    "what where who why how this that these those his her its their our my your "
    "der die das den dem des ein eine einen einem einer im am beim bei gegen auch "
    "doch aber für mit nach vor und als dass weil zwar denn ob wenn damit dann da "
    "so nur schon noch erst gleich dort hier nun wie wo was wer es sie er wir ihr "
    "vom zum zur ins ans aufs durch ohne um über unter zwischen seit bis trotz "
    "dank wegen gegenüber neben hinter auf aus von zu in an".split()
)
_ROLES = frozenset(
    "gastgeber gegner meister rekordmeister titelverteidiger tabellenführer "
    "spitzenreiter vizemeister pokalsieger aufsteiger absteiger klub verein club "
    "gäste gaeste champion champions favorit außenseiter schlusslicht bundesligist "
    "zweitligist drittligist rivale nachbar finalgegner holders leaders hosts "
    "visitors rivals champion giants side league liga cup pokal final finale "
    "halbfinale viertelfinale spitzenklub traditionsklub werkself mannschaft "
    "glance home away wembley stadion stadium".split()
)
_ARTICLES = frozenset(
    "der die das den dem des ein eine einen einem einer am im vom zum zur beim ins "
    "the a an this that".split()
)
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch "
    "donnerstag freitag samstag sonntag sonnabend january february march april may june "
    "july august september october november december januar februar märz mai juni juli "
    "oktober dezember".split()
)
_NOUN_ENDINGS = ("er", "ist", "ger", "eur", "ent", "ung", "schaft", "heit", "keit", "ion")
_GOVERNING = frozenset(
    "gegen bei beim über von vom im in auf an den dem des der die das gegenüber zu zum zur "
    "mit aus nach at against to over past by from with of vs versus the".split()
)
