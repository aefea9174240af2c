"""More cities for the venue reader: South American, MLS and other home towns, kept apart
from venues.py so that module stays small. Same forms as there: city names (first is
the key) and the clubs based in a city whose names do not carry it."""

from __future__ import annotations

MORE_CITIES = """
porto alegre
belo horizonte
asuncion|asunción
rosario
montevideo
avellaneda
la plata
medellin|medellín
santiago|santiago de chile
curitiba
chester
harrison
commerce city
frisco
sandy
foxborough|foxboro
carson
kansas city
saint paul|st. paul|st paul
bridgeview
sinsheim
warsaw|warschau|warszawa
donetsk|donezk
saitama
riyadh|riad
jeddah|dschidda
bursa
trabzon
sivas
konya
antalya
kayseri
samsun
denizli
eskisehir|eskişehir
edinburgh|edinburg
""".strip().splitlines()

MORE_CLUB_CITIES = {
    "porto alegre": "gremio internacional",
    "belo horizonte": "atletico-mineiro cruzeiro america-mineiro",
    "asuncion": "olimpia cerro-porteno club-libertad club-guarani nacional-asuncion",
    "rosario": "newells rosario-central",
    "montevideo": "penarol nacional",
    "avellaneda": "racing-club independiente",
    "la plata": "estudiantes gimnasia-la-plata",
    "medellin": "atletico-nacional independiente-medellin",
    "santiago": "colo-colo universidad-de-chile universidad-catolica",
    "curitiba": "athletico-paranaense coritiba",
    "chester": "philadelphia-union",
    "harrison": "ny-red-bulls",
    "commerce city": "colorado-rapids",
    "frisco": "fc-dallas",
    "sandy": "real-salt-lake",
    "foxborough": "new-england",
    "carson": "la-galaxy",
    "kansas city": "sporting-kc",
    "saint paul": "minnesota-united",
    "bridgeview": "chicago-fire",
    "sinsheim": "tsg-hoffenheim",
    "saitama": "urawa",
    "riyadh": "al-hilal al-nassr",
    "jeddah": "al-ittihad",
    "bursa": "bursaspor",
    "trabzon": "trabzonspor",
    "sivas": "sivasspor",
    "konya": "konyaspor",
    "antalya": "antalyaspor",
    "kayseri": "kayserispor",
    "samsun": "samsunspor",
    "denizli": "denizlispor",
    "eskisehir": "eskisehirspor",
    "edinburgh": "hearts hibernian",
}

NATIONAL_CITIES = """
IRL dublin
ENG wembley
POL gdansk|danzig
AUT vienna|wien
CZE prague|prag|praha
HUN budapest
GRE athens|athen|athina
SWE stockholm|solna
NOR oslo
FIN helsinki|helsingfors
ISL reykjavik|reykjavík
WAL cardiff
NIR belfast
ROU bucharest|bukarest|bucuresti|bucurești
BUL sofia
SVK bratislava|pressburg
SVN ljubljana|laibach
UKR kyiv|kiew|kiev|kyjiw
BLR minsk
GEO tbilisi|tiflis
AZE baku
ARM yerevan|eriwan
EST tallinn
LVA riga
LTU vilnius|wilna
CYP nicosia|nikosia
MKD skopje
ALB tirana
MNE podgorica
BIH sarajevo|zenica
MDA chisinau|chișinău|kischinau
LIE vaduz
NZL wellington|auckland
BHR manama|riffa
OMA muscat|maskat
KUW kuwait city|kuwait-stadt
UAE abu dhabi
IRQ baghdad|bagdad
TRI port of spain
HON tegucigalpa|san pedro sula
""".strip().splitlines()
"""Capitals and national grounds (country code, then the names they go by), for the
national team only: it plays at home there (`the first leg in Dublin` for the Republic
of Ireland) even where the team list places none of that country's clubs. For a pair of
clubs these towns say nothing, as before."""
