"""Words that name places: buildings a meeting is held at, and nouns a place's name follows."""

import re

VENUES = {"house", "palace", "hall", "residence", "kremlin", "building", "buildings", "hotel", "castle",
          "centre", "center", "headquarters", "ministry", "office", "chancellery", "mansion",
          "assembly", "parliament", "embassy", "villa", "lodge", "estate", "camp", "base",
          "station", "airport", "pentagon", "department", "treasury", "court",
          # Where two states' officials meet on the line between them ("at the Mwami border post").
          "post", "crossing", "checkpoint",
          # Legislatures, met at as buildings ("at the Congress of Deputies", "at the Bundestag").
          "congress", "senate", "capitol", "bundestag", "reichstag", "knesset", "duma", "sejm", "storting",
          # Seats of government known by their own name or in their own language ("the Palácio do
          # Planalto", "the Primature", "Rashtrapati Bhavan", "the Kantei").
          "matignon", "élysée", "elysee", "quirinale", "istana", "palais", "palazzo", "palacio", "palácio",
          "primature", "moncloa", "chigi", "bhavan", "durbar", "akorda", "kantei", "zhongnanhai", "chequers", "itamaraty",
          "qasr", "diwan", "serail", "saray",
          # Malay and Indonesian for a building ("Wisma Putra", the foreign ministry in Putrajaya).
          "wisma"}
# Met on rather than in: "on the Friendship Bridge", "aboard the USS Ronald Reagan".
DECKS = {"bridge", "ship", "yacht", "train", "vessel", "carrier", "frigate", "cruiser", "boat"}
# "the Black Sea resort of Sochi", "the port city of Aden": the name after "of" is the place.
PLACE_NOUNS = {"city", "town", "resort", "port", "capital", "village", "region", "province", "island", "state"}
# Words a building's name goes on with past its head word: "the Great Hall of the People", "the
# Palácio do Planalto".
NAME_LINKS = {"of", "for", "the", "do", "da", "dos", "das", "de", "des", "du", "del", "della", "di", "la", "le"}
# Places whose article is part of their name: "in The Hague" stays "The Hague".
_OWN_ARTICLE = {"the hague", "the gambia", "the bahamas"}
# A full stop the model took into a place's name at a sentence's end ("the Great Hall of the
# People."), not an abbreviation's ("Washington, D.C.").
_STOP_TAKEN_IN = re.compile(r"(?<=[a-z])\.$")


def place_name(text: str) -> str:
    """A place as a meeting's location, without the article or the full stop the model took into
    its name ("the Kremlin" gives "Kremlin"), unless the article is the name's own, nor the words
    after it the model ran on with ("at the Palais Rose the Minister of State …": a name never
    goes on with "the" but after a link)."""
    text = _STOP_TAKEN_IN.sub("", text)
    words = text.split(" ")
    cut = next((i for i in range(1, len(words)) if words[i] == "the" and words[i - 1].lower() not in NAME_LINKS | {"and"}),
               None)
    text = " ".join(words[:cut])
    if text.lower() in _OWN_ARTICLE:
        return "The" + text[3:]
    return text.removeprefix("the ").removeprefix("The ")
