"""Country names, nationality adjectives and capital metonyms → ISO 3166-1 alpha-2.

A participant's country comes from the words around the name ("Russian Deputy Defense
Minister", "Syria's Deputy Minister", "Kremlin spokesman"); this table is the only place those
words are known. Lookups are case-insensitive, ignore accents, a leading "the" and a formal
name's "Republic of", "Kingdom of".
"""

from __future__ import annotations

import functools
import re
import unicodedata

# code: names and adjectives, "|"-separated; one country a line keeps the table reviewable.
_TABLE = """
AF: Afghanistan|Afghan
AL: Albania|Albanian
DZ: Algeria|Algerian
AD: Andorra|Andorran
AO: Angola|Angolan
AG: Antigua and Barbuda|Antigua|Antiguan
AR: Argentina|Argentine|Argentinian
AM: Armenia|Armenian
AU: Australia|Australian
AT: Austria|Austrian
AZ: Azerbaijan|Azerbaijani|Azeri
BS: Bahamas|Bahamian
BH: Bahrain|Bahraini
BD: Bangladesh|Bangladeshi
BY: Belarus|Belarusian
BB: Barbados|Barbadian
BE: Belgium|Belgian
BJ: Benin|Beninese
BZ: Belize|Belizean
BT: Bhutan|Bhutanese
BO: Bolivia|Bolivian
BA: Bosnia|Bosnia and Herzegovina|Bosnian
BW: Botswana|Botswanan|Motswana
BR: Brazil|Brazilian
BN: Brunei|Bruneian
BG: Bulgaria|Bulgarian
BF: Burkina Faso|Burkinabe
BI: Burundi|Burundian
CV: Cape Verde|Cabo Verde|Cape Verdean|Cabo Verdean
KH: Cambodia|Cambodian
CM: Cameroon|Cameroonian
CA: Canada|Canadian
CF: Central African Republic
TD: Chad|Chadian
CL: Chile|Chilean
CN: China|Chinese|Beijing|People's Republic of China
CO: Colombia|Colombian
KM: Comoros|Comorian
CD: Democratic Republic of the Congo|DR Congo|DRC|Congolese
CG: Republic of the Congo|Congo-Brazzaville
CR: Costa Rica|Costa Rican
HR: Croatia|Croatian
CU: Cuba|Cuban
CY: Cyprus|Cypriot
CZ: Czech Republic|Czechia|Czech
DK: Denmark|Danish
DJ: Djibouti|Djiboutian
DM: Dominica
DO: Dominican Republic|Dominican
EC: Ecuador|Ecuadorian
EG: Egypt|Egyptian
SV: El Salvador|Salvadoran
GQ: Equatorial Guinea|Equatoguinean
ER: Eritrea|Eritrean
EE: Estonia|Estonian
SZ: Eswatini|Swaziland|Swazi
ET: Ethiopia|Ethiopian
FJ: Fiji|Fijian
FI: Finland|Finnish
FO: Faroe Islands|Faroese
FR: France|French|Elysee|Élysée
GA: Gabon|Gabonese
GM: Gambia|Gambian
GE: Georgia|Georgian
DE: Germany|German
GH: Ghana|Ghanaian
GR: Greece|Greek
GD: Grenada|Grenadian
GT: Guatemala|Guatemalan
GY: Guyana|Guyanese
GN: Guinea|Guinean
GW: Guinea-Bissau|Bissau-Guinean
HT: Haiti|Haitian
HN: Honduras|Honduran
HU: Hungary|Hungarian
IS: Iceland|Icelandic
IN: India|Indian
ID: Indonesia|Indonesian
IR: Iran|Iranian
IQ: Iraq|Iraqi
IE: Ireland|Irish
IL: Israel|Israeli
IT: Italy|Italian
CI: Ivory Coast|Cote d'Ivoire|Ivorian
JM: Jamaica|Jamaican
JP: Japan|Japanese
JO: Jordan|Jordanian
KZ: Kazakhstan|Kazakh
KE: Kenya|Kenyan
KI: Kiribati|I-Kiribati
XK: Kosovo|Kosovar|Kosovan
KW: Kuwait|Kuwaiti
KG: Kyrgyzstan|Kyrgyz
LA: Laos|Lao|Laotian
LV: Latvia|Latvian
LB: Lebanon|Lebanese
LS: Lesotho|Basotho
LR: Liberia|Liberian
LI: Liechtenstein|Liechtensteiner
LY: Libya|Libyan
LT: Lithuania|Lithuanian
LU: Luxembourg|Luxembourgish
MG: Madagascar|Malagasy
MW: Malawi|Malawian
MY: Malaysia|Malaysian
MV: Maldives|Maldivian
ML: Mali|Malian
MT: Malta|Maltese
MH: Marshall Islands|Marshallese
MR: Mauritania|Mauritanian
MU: Mauritius|Mauritian
MX: Mexico|Mexican
FM: Micronesia|Federated States of Micronesia|Micronesian
MD: Moldova|Moldovan
MC: Monaco|Monegasque
MN: Mongolia|Mongolian
ME: Montenegro|Montenegrin
MA: Morocco|Moroccan
MZ: Mozambique|Mozambican
MM: Myanmar|Burma|Burmese
NA: Namibia|Namibian
NP: Nepal|Nepalese|Nepali
NR: Nauru|Nauruan
NL: Netherlands|Holland|Dutch
NZ: New Zealand|New Zealander
NI: Nicaragua|Nicaraguan
NE: Niger|Nigerien
NG: Nigeria|Nigerian
KP: North Korea|North Korean|Pyongyang
MK: North Macedonia|Macedonia|Macedonian
NO: Norway|Norwegian
OM: Oman|Omani
PK: Pakistan|Pakistani
PW: Palau|Palauan
PS: Palestine|Palestinian|Palestinian Authority
PA: Panama|Panamanian
PG: Papua New Guinea
PY: Paraguay|Paraguayan
PE: Peru|Peruvian
PH: Philippines|Philippine|Filipino
PL: Poland|Polish
PT: Portugal|Portuguese
QA: Qatar|Qatari
RO: Romania|Romanian
RU: Russia|Russian|Russian Federation|Kremlin|Moscow
RW: Rwanda|Rwandan
KN: Saint Kitts and Nevis|St Kitts and Nevis|St. Kitts and Nevis|Kittitian
LC: Saint Lucia|St Lucia|St. Lucia|Saint Lucian|St Lucian
VC: Saint Vincent and the Grenadines|St Vincent and the Grenadines|St. Vincent and the Grenadines|Vincentian
WS: Samoa|Samoan
SM: San Marino|Sammarinese
SA: Saudi Arabia|Saudi|Saudi Arabian|Riyadh
ST: Sao Tome and Principe|São Tomé and Príncipe|Santomean
SN: Senegal|Senegalese
RS: Serbia|Serbian
SC: Seychelles|Seychellois
SL: Sierra Leone|Sierra Leonean
SG: Singapore|Singaporean
SK: Slovakia|Slovak
SI: Slovenia|Slovenian
SB: Solomon Islands|Solomon Islander
SO: Somalia|Somali
ZA: South Africa|South African
KR: South Korea|South Korean|Republic of Korea|Korea|Korean|Seoul
SS: South Sudan|South Sudanese
ES: Spain|Spanish
LK: Sri Lanka|Sri Lankan
SD: Sudan|Sudanese
SR: Suriname|Surinamese
SE: Sweden|Swedish
CH: Switzerland|Swiss
SY: Syria|Syrian
TW: Taiwan|Taiwanese
TJ: Tajikistan|Tajik
TZ: Tanzania|Tanzanian
TH: Thailand|Thai
TL: Timor-Leste|East Timor|East Timorese|Timorese
TG: Togo|Togolese
TO: Tonga|Tongan
TV: Tuvalu|Tuvaluan
TT: Trinidad and Tobago|Trinidad|Trinidadian
TN: Tunisia|Tunisian
TR: Turkey|Türkiye|Turkish
TM: Turkmenistan|Turkmen
UG: Uganda|Ugandan
UA: Ukraine|Ukrainian|Kyiv
AE: United Arab Emirates|UAE|Emirati
GI: Gibraltar|Gibraltarian
GB: United Kingdom|UK|U.K.|Britain|Great Britain|British|Downing Street|Whitehall|England|English|Scotland|Scottish|Wales|Welsh|Northern Ireland
US: United States|United States of America|US|U.S.|USA|U.S.A.|America|American|White House|Pentagon
UY: Uruguay|Uruguayan
UZ: Uzbekistan|Uzbek
VU: Vanuatu|Ni-Vanuatu
VA: Vatican|Holy See
VE: Venezuela|Venezuelan
VN: Vietnam|Vietnamese
YE: Yemen|Yemeni
ZM: Zambia|Zambian
ZW: Zimbabwe|Zimbabwean
"""


def _rows(table: str) -> list[tuple[str, list[str]]]:
    """(code, [names]) per line of a "code: name|name" table."""
    return [(code, [n.strip() for n in names.split("|")])
            for code, names in (line.split(":", 1) for line in table.strip().splitlines())]


def _key(words: str) -> str:
    """The lookup form of a name: lowercase, plain apostrophes and letters ("Côte" as "cote"), no
    leading "the"."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", words) if not unicodedata.combining(c))
    return plain.strip().lower().replace("’", "'").removeprefix("the ")


_CODES: dict[str, str] = {_key(name): code for code, names in _rows(_TABLE) for name in names}
# A state's formal name: "the Republic of Senegal", "the Kingdom of Norway", "the State of Qatar".
_FORMAL = re.compile(r"^(?:(?:federal|islamic|democratic|united|arab|people's|hashemite|cooperative|plurinational|"
                     r"bolivarian|socialist) )*(?:republic|kingdom|state|sultanate|emirate|principality|"
                     r"commonwealth|federation|grand duchy) of (?:the )?")
_NAMES: dict[str, str] = {code: names[0] for code, names in _rows(_TABLE)}


# Capitals (and seats of government), read only as the place a visit went to ("a visit to New
# Delhi" is a visit to India, while "Delhi police" or "London-based" says nothing of a country)
# and as the city "the Chinese capital" names. (Not Victoria, Seychelles: a state and many towns
# share its name; nor "Male" unaccented, an English word.)
_CAPITALS = """
AF: Kabul
AL: Tirana
DZ: Algiers
AO: Luanda
AR: Buenos Aires
AM: Yerevan
AU: Canberra
AT: Vienna
AZ: Baku
BH: Manama
BD: Dhaka
BY: Minsk
BE: Brussels
BO: La Paz
BA: Sarajevo
BR: Brasilia|Brasília
BG: Sofia
KH: Phnom Penh
CA: Ottawa
CN: Beijing
CO: Bogota|Bogotá
CD: Kinshasa
HR: Zagreb
CU: Havana
CY: Nicosia
CZ: Prague
DK: Copenhagen
EG: Cairo
EE: Tallinn
ET: Addis Ababa
FI: Helsinki
FR: Paris
GE: Tbilisi
DE: Berlin
GH: Accra
GR: Athens
HU: Budapest
IS: Reykjavik
IN: New Delhi|Delhi
ID: Jakarta
IR: Tehran
IQ: Baghdad
IE: Dublin
IL: Jerusalem|Tel Aviv
IT: Rome
JP: Tokyo
JO: Amman
KZ: Astana
KE: Nairobi
KI: Tarawa|South Tarawa|Bairiki
XK: Pristina
KG: Bishkek
LA: Vientiane
LV: Riga
LB: Beirut
LT: Vilnius
LY: Tripoli
MY: Kuala Lumpur
ML: Bamako
MX: Mexico City
FM: Palikir
MD: Chisinau
MN: Ulaanbaatar|Ulan Bator
ME: Podgorica
MA: Rabat
MZ: Maputo
MM: Naypyidaw|Yangon|Rangoon
NP: Kathmandu
NR: Yaren
NL: Amsterdam|The Hague
NI: Managua
NG: Abuja
KP: Pyongyang
MK: Skopje
NO: Oslo
OM: Muscat
PK: Islamabad
PS: Ramallah
PE: Lima
PH: Manila
PL: Warsaw
PT: Lisbon
QA: Doha
RO: Bucharest
RU: Moscow
RW: Kigali
SA: Riyadh
SN: Dakar
RS: Belgrade
SK: Bratislava
SI: Ljubljana
SO: Mogadishu
ZA: Pretoria
KR: Seoul
SS: Juba
ES: Madrid
LK: Colombo
SD: Khartoum
SE: Stockholm
CH: Bern|Berne
SY: Damascus
TW: Taipei
TJ: Dushanbe
TZ: Dodoma|Dar es Salaam
TH: Bangkok
TN: Tunis
TR: Ankara
UG: Kampala
UA: Kyiv|Kiev
AE: Abu Dhabi
GB: London
US: Washington
UY: Montevideo
UZ: Tashkent
VE: Caracas
VN: Hanoi
YE: Sanaa|Sana'a
ZM: Lusaka
ZW: Harare
AD: Andorra la Vella
BB: Bridgetown
BF: Ouagadougou
BI: Gitega|Bujumbura
BJ: Porto-Novo|Cotonou
BN: Bandar Seri Begawan
BS: Nassau
BT: Thimphu
BW: Gaborone
BZ: Belmopan
CF: Bangui
CG: Brazzaville
CI: Yamoussoukro|Abidjan
CL: Santiago
CM: Yaoundé|Yaounde
CR: San José|San Jose
CV: Praia
DJ: Djibouti
DO: Santo Domingo
EC: Quito
ER: Asmara
FJ: Suva
FO: Tórshavn|Torshavn
GA: Libreville
GM: Banjul
GN: Conakry
GQ: Malabo
GT: Guatemala City
GW: Bissau
GY: Georgetown
HN: Tegucigalpa
HT: Port-au-Prince
JM: Kingston
KM: Moroni
KW: Kuwait City
LI: Vaduz
LR: Monrovia
LS: Maseru
LU: Luxembourg
MC: Monaco
MG: Antananarivo
MR: Nouakchott
MT: Valletta
MU: Port Louis
MV: Malé
MW: Lilongwe
NA: Windhoek
NE: Niamey
NZ: Wellington
PA: Panama City
PG: Port Moresby
PW: Ngerulmud
PY: Asunción|Asuncion
SB: Honiara
MH: Majuro
SG: Singapore
SL: Freetown
SM: San Marino
SR: Paramaribo
SV: San Salvador
SZ: Mbabane|Lobamba
TD: N'Djamena|Ndjamena
TG: Lomé|Lome
TL: Dili
TM: Ashgabat
TO: Nuku'alofa
TV: Funafuti
TT: Port of Spain
VA: Vatican City
VU: Port Vila
WS: Apia
DM: Roseau
KN: Basseterre
LC: Castries
VC: Kingstown
"""

# (Keyed without a leading "the", as looked up: "The Hague" as "hague". Accents stay, so "Malé" is
# no "male".)
_CAPITAL_CODES: dict[str, str] = {name.lower().removeprefix("the "): code for code, names in _rows(_CAPITALS)
                                  for name in names}


_CAPITAL_NAMES: dict[str, str] = {code: names[0] for code, names in _rows(_CAPITALS)}


def capital_of(code: str) -> str | None:
    return _CAPITAL_NAMES.get(code)


def is_capital(place: str) -> bool:
    """Whether ``place`` is a country's capital ("Dakar"), whatever a model tagged it."""
    return _key(place) in _CAPITAL_CODES


def country_name(code: str) -> str:
    """The country's short name ("China" for CN), as the table's first entry gives it."""
    return _NAMES[code]


def visited_country(place: str) -> str | None:
    """ISO code of the country a visit to ``place`` (a country or its capital) went to, else None."""
    return country_code(place) or _CAPITAL_CODES.get(_key(place))


@functools.lru_cache(maxsize=65536)  # asked of most words of a parsed article
def country_code(words: str) -> str | None:
    """ISO code for a country name, adjective or metonym ("Syria", "Syrian", "Kremlin"), else None."""
    key = _key(words).removesuffix("'s").strip()
    return _CODES.get(key) or _CODES.get(_FORMAL.sub("", key, count=1))


# A country named after these in a title is the one the holder is posted to or deals with
# ("Commissioner to Guyana", "special representative for Afghanistan", "ambassador in Riyadh").
_ABROAD = {"to", "for", "in", "with", "at", "from", "on"}


def title_country(title: str | None) -> str | None:
    """The one country a title names as its holder's ("Bank of Zambia Governor", "Minister of
    Foreign Affairs of the Republic of Yemen"), if any."""
    words = re.sub(r"['’]s\b", "", title or "").replace(",", " ").split()
    codes, abroad, i = set(), False, 0
    while i < len(words):
        abroad = words[i].lower() in _ABROAD or (abroad and words[i].lower() != "of")
        found = next(((n, code) for n in (4, 3, 2, 1) if words[i][0].isupper()
                      and (code := country_code(" ".join(words[i:i + n])))), (1, None))
        if found[1] and not abroad:
            codes.add(found[1])
        i += found[0]
    return codes.pop() if len(codes) == 1 else None
