"""Words that name places: buildings a meeting is held at, and nouns a place's name follows."""

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
