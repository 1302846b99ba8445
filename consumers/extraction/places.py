"""Words that name places: buildings a meeting is held at, and nouns a place's name follows."""

VENUES = {"house", "palace", "hall", "residence", "kremlin", "building", "buildings", "hotel", "castle",
          "centre", "center", "headquarters", "ministry", "office", "chancellery", "mansion",
          "assembly", "parliament", "embassy", "villa", "lodge", "estate", "camp", "base",
          "matignon", "élysée", "elysee", "quirinale", "istana", "station", "airport"}
# "the Black Sea resort of Sochi", "the port city of Aden": the name after "of" is the place.
PLACE_NOUNS = {"city", "town", "resort", "port", "capital", "village", "region", "province", "island", "state"}
